"""Text normalisation, done once: NFC, one kind of line end, no invisible characters."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and formatting characters that copy-paste drags along and that
# break matching ("보스턴\u200b에서" must still read as 보스턴 + 에서).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
# Every kind of space becomes a plain one; NBSP lines are how pages fake blank lines.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_MULTI_SPACE = re.compile(r" {2,}")
# A middle dot lost to a CP949 round trip comes out as "?" between two
# syllables ("교육?세미나"); a real question mark is followed by a space or ends a sentence.
_LOST_MIDDLE_DOT = re.compile(r"(?<=[가-힣])\?(?=[가-힣])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = "\n".join(_cells(line) if "\t" in line else line for line in text.split("\n"))
    text = _CONTROL.sub("", _SPACES.sub(" ", text))
    text = _LOST_MIDDLE_DOT.sub("·", text)
    return "\n".join(_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n"))


def _cells(line: str) -> str:
    """A table copied from a page comes as one row a line, its cells between tabs: the tabs keep
    the columns apart ("2018 | 7 | 사무소 위주"), or "기업 수" and its numbers ran together.
    Tabs before or after everything are indentation."""
    cells = [cell.strip() for cell in line.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    start = next((i for i, cell in enumerate(cells) if cell), len(cells))
    return " | ".join(cells[start:])


def lines(text: str) -> list[str]:
    """Non-empty, normalised lines."""
    return [line for line in normalise(text).split("\n") if line]


def blocks(text: str) -> list[list[str]]:
    """The non-empty, normalised lines of each block between blank lines (a line of
    spaces, NBSP included, is blank); blocks without a line are left out."""
    found = [[line for line in block.split("\n") if line] for block in re.split(r"\n\s*\n", normalise(text))]
    return [block for block in found if block]


def undouble(line: str) -> str:
    """A caption pasted twice on one line ("AB" + "AB") comes back as "AB"."""
    half, rest = divmod(len(line), 2)
    if rest == 0 and half >= 8 and line[:half] == line[half:]:
        return line[:half]
    return line
