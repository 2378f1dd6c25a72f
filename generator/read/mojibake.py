"""Text that was decoded with the wrong encoding once and saved so (mojibake): a page shown
as Windows-1252 and copied ("ë³´ìŠ¤í„´" for 보스턴), or CP949 bytes read as Latin-1
("º¸½ºÅÏ"). It decodes without error, so it would be published as nonsense.

ftfy undoes the UTF-8 kind, also where only part of a text is garbled; the CP949 kind,
which ftfy does not know, is undone by encoding back to the bytes and decoding them as
CP949. A text still garbled after both is refused, never published."""

from __future__ import annotations

import re

import ftfy

from generator.errors import InputError

# What Korean text turns into when read as Latin-1 or Windows-1252.
_WRONG_DECODING = re.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]")
_HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")
_VISIBLE = re.compile(r"\S")
# Of the visible characters; clean Korean text has a few (·, ‘ ’, “ ”, ©), accented
# European text under a tenth, Korean mojibake most of them.
GARBLED_SHARE = 0.2
REPLACEMENT = "\ufffd"
# Either kind is full of Latin-1's accented letters (UTF-8's lead bytes read as ê ë ì í, CP949's as
# À Á …); clean Korean text has them only in a foreign name. A text without any is taken as it is,
# at the cost of one search (ftfy and the counts took a fifth of a small article's reading).
_SUSPECT = re.compile("[\u00c0-\u00ff]")


def garbled(text: str) -> bool:
    wrong = len(_WRONG_DECODING.findall(text))
    return wrong >= GARBLED_SHARE * len(_VISIBLE.findall(text)) and len(_HANGUL.findall(text)) < wrong


def repair(text: str) -> tuple[str, str | None]:
    """The text as written, and what was repaired (None when nothing was). Raises
    InputError for a garbled text that neither repair reads."""
    if not _SUSPECT.search(text):
        return text, None
    fixed = ftfy.fix_encoding(text)
    if fixed != text and not garbled(fixed):
        return fixed, _lost("its UTF-8 had been read as Windows-1252 or Latin-1", fixed)
    if not garbled(text):
        return text, None
    for wrong in ("latin-1", "cp1252"):
        try:
            fixed = text.encode(wrong).decode("cp949")
        except UnicodeError:
            continue
        if not garbled(fixed):
            return fixed, f"its CP949 had been read as {'Latin-1' if wrong == 'latin-1' else 'Windows-1252'}"
    raise InputError(
        "garbled", "the text is garbled (decoded with a wrong encoding and saved so) and cannot be repaired; save the page again as UTF-8"
    )


def _lost(how: str, after: str) -> str:
    """Bytes that the wrong decoding had no character for are gone (� in their place)."""
    lost = after.count(REPLACEMENT)
    return how + (f"; {lost} characters were lost in it and show as {REPLACEMENT}" if lost else "")
