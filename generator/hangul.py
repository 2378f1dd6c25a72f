"""Korean ordering: names sorted ㄱ, ㄴ, ㄷ … with Latin and other names after them."""

from __future__ import annotations

CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
# Index headings merge the tense consonants into their plain ones, as dictionaries do.
_PLAIN = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}


def initial(name: str) -> str:
    """The index heading a name sorts under: a Hangul initial consonant, or 'A–Z' / '기타'."""
    ch = name[:1]
    if "가" <= ch <= "힣":
        jamo = CHOSEONG[(ord(ch) - 0xAC00) // 588]
        return _PLAIN.get(jamo, jamo)
    if ch.isascii() and ch.isalpha():
        return "A–Z"
    return "기타"


def sort_key(name: str) -> tuple[int, str]:
    ch = name[:1]
    group = 0 if "가" <= ch <= "힣" else 1 if ch.isascii() and ch.isalpha() else 2
    return group, name.casefold()
