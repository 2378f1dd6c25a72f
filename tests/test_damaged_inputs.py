"""Inputs damaged the ways copies get damaged (cut short, lines lost, doubled or out of order,
stray furniture, control and invisible characters pasted in): reading, cleaning, extracting and
enriching never fail on them, and nothing is read that the text does not give."""

from __future__ import annotations

import html
import unicodedata
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.compose import compose
from generator.enrich import Enricher
from generator.errors import InputError
from generator.read import parse_bytes
from generator.registry import load as load_registry
from tests.conftest import FIXTURES, ROOT

COPIES = sorted(p.name for p in FIXTURES.glob("*.txt")) + sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
STRAY = ["", " ", "\t", "입력", "기자", "사진", "▶", "|", "ⓒ", "2024.", "오후 3:00", "[속보]", "<", "&", "#", "- ", "* ", "1.",
         "```", "---", "===", "\u200b", "\ufeff", "(", "“", "…", "■", "※", "=", "@", "http://", "\r", "\x0b", "\x0c"]


@cache
def _enricher() -> Enricher:
    return Enricher(load_registry(ROOT / "entities.yml"))


def _copy(name: str) -> str:
    path = FIXTURES / name if (FIXTURES / name).is_file() else ROOT / "seeds" / name
    return path.read_text("utf-8")


@st.composite
def damaged(draw: st.DrawFn) -> str:
    lines = _copy(draw(st.sampled_from(COPIES))).split("\n")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        line = lines[at] if lines else ""
        cut = draw(st.integers(0, len(line)))
        match draw(st.sampled_from(["cut file", "drop", "double", "stray line", "stray text", "cut line", "shuffle", "no spaces"])):
            case "cut file":
                lines = lines[: draw(st.integers(0, len(lines)))]
            case "drop" if lines:
                del lines[at]
            case "double" if lines:
                lines.insert(at, lines[draw(st.integers(0, len(lines) - 1))])
            case "stray line":
                lines.insert(at, draw(st.sampled_from(STRAY)))
            case "stray text" if lines:
                lines[at] = line[:cut] + draw(st.sampled_from(STRAY)) + line[cut:]
            case "cut line" if lines:
                lines[at] = line[:cut]
            case "shuffle":
                lines = draw(st.permutations(lines))
            case "no spaces" if lines:
                lines[at] = line.replace(" ", "")
    return "\n".join(lines)


def _plain(text: str) -> str:
    """The text as the stages see it: its character references read ("&amp;" is "&"), without the
    invisible and control characters cleaning drops, and (for comparing) without spaces and the
    bars that set a copied table's cells apart (tabs become " | ")."""
    text = html.unescape(text)
    kept = "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cc") or c == "\n")
    return kept.replace(" ", "").replace("|", "").lower()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_a_damaged_copy_is_read_or_refused_and_nothing_is_made_up(text: str) -> None:
    try:
        raw = parse_bytes(text.encode("utf-8"), Path("damaged.txt"), "seeds/damaged.txt")
    except InputError:
        return  # refused with a reason: the report shows it
    composed = compose(raw, "damaged", None, "damaged.meta.yml")
    if composed.article is None:
        assert any(issue.level == "error" for issue in composed.issues)
        return
    article, _ = _enricher()(composed.article)
    plain = _plain(text)
    if article.date and article.date_source == "stated":
        assert article.date[:4] in plain or article.date[2:4] in plain
    for name in article.reporters:
        assert _plain(name) in plain
    if article.outlet:
        assert _plain(article.outlet) in plain
    assert _plain(article.title)[:10] in plain
