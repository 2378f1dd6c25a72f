"""Generate and build synthetic corpora made from the seed articles; print the figures.

    python benchmarks/bench.py [SIZES...]      (default: 100 1000 10000)

Each synthetic article is a seed with its own headline and a publication date
spread over 2018-2025, so listings, slugs and the search index grow as with a
real corpus. Figures: generate time, build time, time per article, size of
site/ and of the search index.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.__main__ import main  # noqa: E402

DATE_LABELS = ["기사입력", "입력", "승인", "등록"]


def synthesise(seeds: list[str], count: int, target: Path) -> None:
    rng = random.Random(count)
    start = dt.datetime(2018, 1, 1)
    for n in range(count):
        text = seeds[n % len(seeds)]
        lines = text.split("\n")
        stamp = start + dt.timedelta(minutes=rng.randrange(8 * 365 * 24 * 60))
        label = DATE_LABELS[n % len(DATE_LABELS)]
        # A distinct headline and a stated date on top; the seed's own header
        # lines follow and are recognised as repeats or furniture as usual.
        head = [f"보스턴 바이오 동향 {n:05d}: {lines[0][:40]}", f"{label} {stamp:%Y.%m.%d %H:%M}"]
        (target / f"synthetic_{n:05d}.txt").write_text("\n".join(head + lines) + "\n", "utf-8")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(count: int, seeds: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        shutil.copytree(ROOT / "site_templates", project / "site_templates")
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        (project / "seeds").mkdir()
        synthesise(seeds, count, project / "seeds")
        t0 = time.perf_counter()
        assert main(["-C", str(project), "generate", "-q"]) == 0
        t1 = time.perf_counter()
        assert main(["-C", str(project), "generate", "-q"]) == 0  # nothing changed
        t2 = time.perf_counter()
        from generator.config import load
        from generator.site import build_site

        build_site(load(project))
        t3 = time.perf_counter()
        index = project / "site" / "search" / "search_index.json"
        return {
            "articles": count,
            "generate_s": t1 - t0,
            "regenerate_unchanged_s": t2 - t1,
            "build_s": t3 - t2,
            "ms_per_article": (t1 - t0 + t3 - t2) / count * 1000,
            "site_mb": folder_size(project / "site") / 1e6,
            "search_index_mb": index.stat().st_size / 1e6 if index.exists() else 0.0,
        }


def main_bench() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [100, 1000, 10000]
    seeds = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    print(f"{'articles':>8} {'generate s':>10} {'regen s':>8} {'build s':>8} {'ms/article':>10} {'site MB':>8} {'index MB':>8}")
    for size in sizes:
        r = run(size, seeds)
        print(
            f"{r['articles']:>8} {r['generate_s']:>10.2f} {r['regenerate_unchanged_s']:>8.2f} {r['build_s']:>8.2f}"
            f" {r['ms_per_article']:>10.2f} {r['site_mb']:>8.1f} {r['search_index_mb']:>8.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main_bench()
