"""Text from an input, made safe to put into Markdown so it renders exactly as written.

Syntax characters are backslash-escaped (Python-Markdown honours its own list,
plus '|' with the tables extension); '<' and an entity-looking '&' become
entities, so no HTML from an input ever reaches the site as markup.
"""

from __future__ import annotations

import re

# Escaped wherever they stand: they open emphasis, code, links or attribute lists.
_ALWAYS = re.compile(r"([\\`*_{}\[\]|])")
# Escaped only at the start of a line, where they open a heading, list or quote.
_LINE_START = re.compile(r"^(#|[-+]|\d+(?=[.)]))")
_ENTITY = re.compile(r"&(?=#|\w+;)")  # Markdown completes "&#1" into an entity itself


def escape(text: str, line_start: bool = True) -> str:
    """One line of plain text -> Markdown source that renders as that text.

    Escapes only what Markdown would read as syntax, so the generated Markdown
    stays readable ("2020.01.22", "24일(현지 시간)" are left alone). A piece
    that continues a line (line_start=False) keeps its edge spaces and needs
    no line-start escapes.
    """
    text = re.sub(r"\s+", " ", text)
    if line_start and not text.strip():
        return ""
    if line_start:
        text = text.lstrip()
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;")
    text = _ALWAYS.sub(r"\\\1", text)
    if not line_start:
        return text
    if text.startswith(">"):
        text = "&gt;" + text[1:]
    m = _LINE_START.match(text)
    if m:
        token = m.group(1)
        text = (token + "\\" + text[len(token):]) if token[0].isdigit() else "\\" + text
    return text


class Raw(str):
    """Markdown the templates built themselves (links, paths); not escaped again."""


def finalize(value: object) -> str:
    """Jinja's finalize hook: every {{ value }} is escaped unless it is Raw."""
    if value is None:
        return ""
    if isinstance(value, Raw):
        return value
    return escape(str(value))


def raw(value: object) -> Raw:
    return Raw(str(value))
