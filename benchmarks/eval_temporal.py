"""How korean-datetime alone, and our resolver on top of it, do on the case table.

    python benchmarks/eval_temporal.py

The table is tests/data/temporal_cases.yml (every relative expression in the
seeds plus roll-over, range, plan and skip cases). A case counts as right when
the whole list of [value, precision] pairs matches; expression text and the
plan flag are scored separately, since the plain library has no plan flag.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml
from korean_datetime import Cycle, ParseOptions, parse_all

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.enrich.temporal import _value, resolve  # noqa: E402


def plain(sentence: str, published: dt.date) -> list[list[object]]:
    now = dt.datetime.combine(published, dt.time(12))
    out = []
    for expr in parse_all(sentence, now=now, options=ParseOptions(cycle=Cycle.NEAREST)):
        resolved = _value(expr.start, expr.grain)
        if resolved:
            out.append([resolved[0], resolved[1]])
    return out


def main() -> None:
    cases = yaml.safe_load((ROOT / "tests/data/temporal_cases.yml").read_text("utf-8"))
    scores = {"korean-datetime (cycle=nearest)": 0, "our resolver": 0, "our resolver, with plan flags": 0}
    for case in cases:
        want = [[str(w[1]), w[2]] for w in case["want"]]
        ours = resolve(case["text"], case["date"])
        scores["korean-datetime (cycle=nearest)"] += plain(case["text"], case["date"]) == want
        scores["our resolver"] += [[t.value, t.precision] for t in ours] == want
        scores["our resolver, with plan flags"] += [[t.value, t.precision, t.is_plan] for t in ours] == [
            [str(w[1]), w[2], w[3]] for w in case["want"]
        ]
    for name, score in scores.items():
        print(f"{name:34} {score:3d} / {len(cases)} cases right")


if __name__ == "__main__":
    main()
