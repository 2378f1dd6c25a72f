"""Any text from an input renders as exactly that text: no formatting, no markup."""

from __future__ import annotations

import html
import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.mdtext import escape

# The extensions mkdocs.yml enables that act on paragraph text.
EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc"]
SYNTAX = "\\`*_{}[]()#+-.!|<>&;:=~^ \"'/"
PIECES = list(SYNTAX) + list("가나다abc123") + ["&copy;", "&#x41;", "<b>", "http://x.y", "1. ", "- ", "{: .x}", "***"]
text = st.lists(st.sampled_from(PIECES), min_size=1, max_size=25).map(lambda p: " ".join("".join(p).split())).filter(bool)


def _rendered_text(source: str) -> str:
    out = markdown.markdown(source, extensions=EXTENSIONS)
    assert re.fullmatch(r"<p>.*</p>", out, re.S), out  # one plain paragraph, no other element
    inner = out[3:-4]
    assert "<" not in inner, out  # no tag at all inside it
    return html.unescape(inner)


@settings(max_examples=400, deadline=None)
@given(text)
def test_escaped_text_renders_as_written(value: str) -> None:
    assert _rendered_text(escape(value)) == value


def test_plain_korean_is_left_readable() -> None:
    line = "24일(현지 시간) 2020.01.22 R&D·MOU “인용”"
    assert escape(line) == line
