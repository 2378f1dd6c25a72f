"""Which run first saw each input, so the home page can say what is new.

The record is itself a generated file (content/data/arrivals.json): each run
reads the previous one and writes it again with any new inputs under the
next batch number. Running twice without new inputs changes nothing, so
`generate --check` stays stable; a fresh content/ starts again at batch 1.
"""

from __future__ import annotations

import json
from pathlib import Path

PATH = "data/arrivals.json"


def previous(content: Path) -> dict[str, int]:
    try:
        data = json.loads((content / PATH).read_text("utf-8"))
        return {str(k): int(v) for k, v in data["batches"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # no record (or a damaged one): everything counts as the first batch


def batches(sources: list[str], before: dict[str, int]) -> dict[str, int]:
    present = set(sources)
    kept = {s: n for s, n in before.items() if s in present}
    new = sorted(s for s in sources if s not in kept)
    batch = max(before.values(), default=0) + 1
    return dict(sorted({**kept, **{s: batch for s in new}}.items()))


def newest(batch_of: dict[str, int]) -> set[str]:
    if not batch_of:
        return set()
    top = max(batch_of.values())
    return {s for s, n in batch_of.items() if n == top}
