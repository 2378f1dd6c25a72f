"""korean-datetime's parser with its scanner indexed by first character.

The library's scanner tries all of its ~60 rules (one regex match each) at
every position it is given, and at almost every position none of them can
match: that was a fifth of the per-article work of a run. A rule can only
match where the text holds a character its pattern may begin with, so the
rules are grouped by that, per character met, and a position is tried only
with its group. What the scanner finds does not change (tested against the
plain parser, tests/test_enrich_temporal.py).

The first characters of each pattern are read from the pattern as Python's
own regex parser parses it (re._parser). Whatever is not worked out exactly
counts as "may begin with any character", so a pattern this module does not
understand costs speed, never a match. The scanner is swapped into the
parser through two of the library's private names (TemporalParser._scanner,
Scanner._best_match/_right_ok); without them the plain parser is used.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterable
from typing import Any

from korean_datetime import ParseOptions, TemporalParser
from korean_datetime.core import Scanner, TokenRule

Start = tuple[Any, Any]  # a (opcode, argument) item of a parsed pattern that consumes one character

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_ONE_CHARACTER = {sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_CATEGORIES = {
    sre.CATEGORY_DIGIT: re.compile(r"\d"),
    sre.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    sre.CATEGORY_SPACE: re.compile(r"\s"),
    sre.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    sre.CATEGORY_WORD: re.compile(r"\w"),
    sre.CATEGORY_NOT_WORD: re.compile(r"\W"),
}


def _starts(items: Iterable[tuple[Any, Any]]) -> tuple[list[Start] | None, bool]:
    """(the one-character items a match may begin with, or None for "any
    character"; whether the sequence can match the empty string)."""
    found: list[Start] = []
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # a look-around or anchor: the match begins with what follows it
        if op in _ONE_CHARACTER:
            return [*found, (op, arg)], False
        if op == sre.SUBPATTERN and not arg[1] and not arg[2]:  # a group without flags of its own
            sub, empty = _starts(arg[3])
        elif op == sre.ATOMIC_GROUP:
            sub, empty = _starts(arg)
        elif op == sre.BRANCH:
            sub, empty = [], False
            for branch in arg[1]:
                some, may_be_empty = _starts(branch)
                if some is None:
                    return None, False
                sub.extend(some)
                empty = empty or may_be_empty
        elif op in _REPEATS:
            sub, empty = _starts(arg[2])
            empty = empty or arg[0] == 0
        else:
            return None, False  # a back-reference, a conditional, …: not worked out
        if sub is None:
            return None, False
        found.extend(sub)
        if not empty:
            return found, False
    return found, True


def first_items(pattern: re.Pattern[str]) -> list[Start] | None:
    """What a match of `pattern` may begin with; None when any character may begin it."""
    if pattern.flags & re.ASCII or not isinstance(pattern.pattern, str):
        return None
    try:
        found, empty = _starts(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # a parser that changed: the pattern may begin anywhere
        return None
    return None if empty else found


def may_begin(items: list[Start] | None, flags: int, char: str) -> bool:
    """Whether a match may begin with `char`, given first_items() of its pattern and the pattern's flags."""
    if items is None or (flags & re.IGNORECASE and char.lower() != char.upper()):
        return True  # a cased letter under IGNORECASE has other forms: not worked out
    code = ord(char)
    for op, arg in items:
        if op == sre.LITERAL:
            if arg == code:
                return True
        elif op == sre.IN:
            if _in_set(arg, char, code):
                return True
        else:  # NOT_LITERAL, ANY
            return True
    return False


def _in_set(members: list[tuple[Any, Any]], char: str, code: int) -> bool:
    for op, arg in members:
        if op == sre.LITERAL and arg == code:
            return True
        if op == sre.RANGE and arg[0] <= code <= arg[1]:
            return True
        if op == sre.CATEGORY:
            category = _CATEGORIES.get(arg)
            if category is None or category.match(char):
                return True
        if op not in (sre.LITERAL, sre.RANGE, sre.CATEGORY):
            return True  # NEGATE and anything else: not worked out
    return False


class _Group(Scanner):
    """The rules that may begin at one character; the right-boundary check
    ("does another token begin here?") still asks all of them."""

    def __init__(self, rules: list[TokenRule], whole: Scanner) -> None:
        super().__init__(rules)
        self._whole = whole

    def _right_ok(self, text: str, end: int) -> bool:
        return self._whole._right_ok(text, end)  # type: ignore[attr-defined]


class IndexedScanner(Scanner):
    def __init__(self, rules: Iterable[TokenRule]) -> None:
        super().__init__(rules)
        self._firsts = [first_items(rule.pattern) for rule in self.rules]
        self._groups: dict[str, _Group | None] = {}

    def _group(self, char: str) -> _Group | None:
        if char not in self._groups:
            rules = [r for r, items in zip(self.rules, self._firsts) if may_begin(items, r.pattern.flags, char)]
            self._groups[char] = _Group(rules, self) if rules else None
        return self._groups[char]

    def _best_match(self, text: str, pos: int, attached: bool = False) -> Any:
        group = self._group(text[pos])
        return None if group is None else group._best_match(text, pos, attached)  # type: ignore[attr-defined]


def indexed_parser(options: ParseOptions) -> TemporalParser:
    """A TemporalParser with the indexed scanner, or the plain one if the library no longer has the names it is swapped in by."""
    parser = TemporalParser(options)
    scanner = getattr(parser, "_scanner", None)
    if isinstance(scanner, Scanner) and all(callable(getattr(Scanner, name, None)) for name in ("_best_match", "_right_ok")):
        parser._scanner = IndexedScanner(scanner.rules)  # type: ignore[attr-defined]
    return parser
