"""Sentences of a paragraph, with their offsets, so mentions can be placed in them."""

from __future__ import annotations

import re

# A sentence ends after 다./요./. and any closing quote, before a space.
_END = re.compile(r"(?<=[.!?])[”\"’']?(?=\s)")


def split(paragraph: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs covering the paragraph."""
    out, start = [], 0
    for m in _END.finditer(paragraph):
        end = m.end()
        if paragraph[start:end].strip():
            out.append((start, paragraph[start:end]))
        start = end
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    if paragraph[start:].strip():
        out.append((start, paragraph[start:]))
    return out
