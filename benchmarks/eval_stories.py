"""Precision and recall of same-story grouping on labelled article pairs.

    python benchmarks/eval_stories.py

Pairs: the labelled fixture pairs in tests/test_stories.py (differently
worded versions of one announcement, and articles that only share a topic),
plus every pair of the five seed articles (none is the same story).
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.config import load  # noqa: E402
from generator.pipeline import run  # noqa: E402
from tests.test_stories import PAIRS, _project  # noqa: E402


def main() -> None:
    names = sorted({n for a, b, _ in PAIRS for n in (a, b)})
    with tempfile.TemporaryDirectory() as tmp:
        articles = {a.source.rsplit("/", 1)[-1]: a for a in run(load(_project(Path(tmp), names, seeds=True))).articles}
    labels = {(a, b): same for a, b, same in PAIRS}
    seeds = sorted(n for n in articles if n[:3].isdigit())
    labels.update({pair: False for pair in itertools.combinations(seeds, 2)})
    tp = fp = fn = 0
    for (a, b), same in sorted(labels.items()):
        grouped = articles[a].story is not None and articles[a].story == articles[b].story
        tp += grouped and same
        fp += grouped and not same
        fn += same and not grouped
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"pairs {len(labels)}: precision {precision:.2f}, recall {recall:.2f} (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
