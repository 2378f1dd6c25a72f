"""The indexed scanner (generator/enrich/scanner_index.py) finds exactly what korean-datetime's own finds."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest
import yaml
from korean_datetime import Cycle, ParseOptions, TemporalParser

from generator.enrich.scanner_index import IndexedScanner, first_items, indexed_parser, may_begin
from tests.conftest import FIXTURES, ROOT

CASES = yaml.safe_load((Path(__file__).parent / "data" / "temporal_cases.yml").read_text("utf-8"))
# Pieces of date talk and of the words around it, for sentences no outlet wrote.
PIECES = [
    "2023년", "3월", "28일", "5일", "지난", "지난해", "작년", "올해", "올", "내년", "오는", "이번", "다음", "다음 달", "내달",
    "상반기", "하반기", "3분기", "1분기", "오전", "오후", "10시", "10:04", "30분", "월요일", "금요일", "주말", "연휴",
    "추석", "설날", "크리스마스", "부터", "까지", "중순", "말", "초", "전", "후", "3일간", "이틀", "사흘", "2020.01.22",
    "2024-04-18", "22.02.25", "(현지 시간)", "12/25", "7 p.m.", "AM", "보스턴", "바이오", "협회는", "개최한다", "밝혔다.",
    "MOU를", "체결했다", "예정이다", "한국제약바이오협회", "CIC", "·", "~", "∼", "-", ",", "“", "”", " ", " ", " ",
]


def _sentences() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text("utf-8", errors="replace") for p in sorted(FIXTURES.glob("*.txt"))]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    rng = random.Random(20261122)
    made = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(2, 12))) for _ in range(3000)]
    return lines + [case["text"] for case in CASES] + made


@pytest.mark.parametrize("cycle", [Cycle.PAST, Cycle.FUTURE])
def test_indexed_parser_finds_what_the_library_finds(cycle: Cycle) -> None:
    options = ParseOptions(cycle=cycle)
    plain, indexed = TemporalParser(options), indexed_parser(options)
    assert isinstance(indexed._scanner, IndexedScanner)  # else the speed-up is silently gone
    now = dt.datetime(2021, 10, 19, 12)
    found = 0
    for sentence in _sentences():
        want = plain.parse_all(sentence, now=now)
        assert indexed.parse_all(sentence, now=now) == want, sentence
        found += len(want)
    assert found > 1000  # the sentences hold dates to find, not only words around them


def test_first_characters_of_patterns() -> None:
    year = first_items(re.compile(r"(?<!\d)(\d{4})\s*년"))
    assert may_begin(year, 0, "2") and not may_begin(year, 0, "년") and not may_begin(year, 0, "a")
    words = first_items(re.compile(r"(?:지난|오는)?\s*(\d+)일|내일"))
    assert all(may_begin(words, 0, c) for c in "지오 7내") and not may_begin(words, 0, "가")
    assert not may_begin(first_items(re.compile(r"[월화]요일")), 0, "수")
    assert not may_begin(first_items(re.compile(r"(\d)[-./]\1")), 0, "가")  # the back-reference comes after
    # What is not worked out may begin anywhere: a pattern that can be empty, a group with flags, a negated set.
    assert first_items(re.compile(r"(?:오는)?")) is None and first_items(re.compile(r"(?i:pm)")) is None
    assert may_begin(first_items(re.compile(r"[^0-9]년")), 0, "가")
    # Under IGNORECASE a cased letter has other forms.
    upper = re.compile(r"pm", re.IGNORECASE)
    assert may_begin(first_items(upper), upper.flags, "P") and not may_begin(first_items(upper), upper.flags, "3")
