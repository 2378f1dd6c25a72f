"""Generate and build synthetic corpora made from the seed articles; print the figures.

    python benchmarks/bench.py [--lunr] [--no-pdf] [SIZES...]      (default: 100 1000 10000)

Each synthetic article is a seed with its own headline and a publication date
spread over 2018-2025, so listings, slugs and the search index grow as with a
real corpus. Figures: generate time, build time, time per article, size of
site/, regenerating with nothing changed and after adding one article (both
served from the per-article cache), after adding an alias to one registry
entry (named by a fifth of the articles, which are redone) and after editing
its description (no article redone, only the pages showing it), the build after one more article (only the
pages it changed, and the search index), and search: the whole Pagefind bundle, and what a reader's first query
downloads and how long it takes to show results (measured in Chromium when
/usr/bin/chromium exists). --lunr also builds with Material's built-in search
to print the size of its single index, for comparison.
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
from generator.extract import extract  # noqa: E402

DATE_LABELS = ["기사입력", "입력", "승인", "등록"]
# A registry entry named in one seed in five: editing it should redo a fifth of the corpus, not all of it.
GENOSCO = "description: 보스턴에 진출한 한인 바이오기업."


def synthesise(seeds: list[str], count: int, target: Path, prefix: str = "synthetic") -> None:
    rng = random.Random(count)
    start = dt.datetime(2018, 1, 1)
    headlines = [extract(text).headline or "" for text in seeds]
    for n in range(count):
        text = seeds[n % len(seeds)]
        lines = text.split("\n")
        stamp = start + dt.timedelta(minutes=rng.randrange(8 * 365 * 24 * 60))
        label = DATE_LABELS[n % len(DATE_LABELS)]
        # A distinct headline (from the seed's own, as the generator reads it: a seed's first line
        # may be its section or a weather widget's date) and a stated date on top; the seed's own
        # header lines follow and are recognised as deck lines, repeats or furniture as usual.
        head = [f"보스턴 바이오 동향 {n:05d}: {headlines[n % len(seeds)][:40]}", f"{label} {stamp:%Y.%m.%d %H:%M}"]
        # A line of its own, so no two synthetic articles are exact duplicates.
        own = f"이 기사는 합성 기사 {prefix} {n:05d}번으로, 벤치마크를 위해 만들어졌다."
        at = next(i for i, line in enumerate(lines) if len(line) > 80) + 1  # after the lead paragraph
        (target / f"{prefix}_{n:05d}.txt").write_text("\n".join(head + lines[:at] + [own] + lines[at:]) + "\n", "utf-8")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(count: int, seeds: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        shutil.copytree(ROOT / "site_templates", project / "site_templates")
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        shutil.copy(ROOT / "entities.yml", project / "entities.yml")
        (project / "seeds").mkdir()
        synthesise(seeds, count, project / "seeds")
        t0 = time.perf_counter()
        assert main(["-C", str(project), "generate", "-q"]) == 0
        t1 = time.perf_counter()
        assert main(["-C", str(project), "generate", "-q"]) == 0  # nothing changed: all from the cache
        t2 = time.perf_counter()
        synthesise(seeds[1:2], 1, project / "seeds", prefix="added")
        t_add = time.perf_counter()
        assert main(["-C", str(project), "generate", "-q"]) == 0  # one new article
        incremental = time.perf_counter() - t_add
        registry = project / "entities.yml"
        text = registry.read_text("utf-8")
        assert GENOSCO in text, "the benchmark's registry edits no longer apply; update GENOSCO"
        registry.write_text(text.replace(GENOSCO, GENOSCO + "\n    aliases: [제노스코 보스턴]"), "utf-8")
        t_edit = time.perf_counter()
        assert main(["-C", str(project), "generate", "-q"]) == 0  # one entry's names edited: its articles redone
        registry_edit = time.perf_counter() - t_edit
        text = registry.read_text("utf-8")
        registry.write_text(text.replace(GENOSCO, GENOSCO[:-1] + " (편집)."), "utf-8")
        t_edit = time.perf_counter()
        assert main(["-C", str(project), "generate", "-q"]) == 0  # its description edited: only pages redone
        description_edit = time.perf_counter() - t_edit
        t2 += incremental  # the build below is timed on its own, after these small changes
        from generator.config import load
        from generator.site import build_site

        t_build = time.perf_counter()
        assert build_site(load(project)) is None, "the first build must build every page"
        t3 = time.perf_counter()
        # One more article, then the build that follows it: only the pages it changed, and the search index.
        synthesise(seeds[3:4], 1, project / "seeds", prefix="late")
        assert main(["-C", str(project), "generate", "-q"]) == 0
        t_rebuild = time.perf_counter()
        assert build_site(load(project)), "a build after one new article rebuilds some pages, not all"
        rebuild = time.perf_counter() - t_rebuild
        first_kb, first_ms = first_query(project / "site")
        pdf_s = pdf_time(project) if count <= PDF_MAX and "--no-pdf" not in sys.argv else float("nan")
        return {
            "articles": count,
            "generate_s": t1 - t0,
            "regenerate_unchanged_s": t2 - t1 - incremental,
            "incremental_s": incremental,
            "registry_edit_s": registry_edit,
            "description_edit_s": description_edit,
            "build_s": t3 - t_build,
            "rebuild_s": rebuild,
            "ms_per_article": (t1 - t0 + t3 - t_build) / count * 1000,
            "site_mb": folder_size(project / "site") / 1e6,
            "pagefind_mb": (folder_size(project / "site" / "pagefind") + folder_size(project / "site" / "pagefind-shards")) / 1e6,
            "first_query_kb": first_kb,
            "first_query_ms": first_ms,
            "lunr_mb": lunr_size(project) if "--lunr" in sys.argv else float("nan"),
            "pdf_s": pdf_s if "--no-pdf" not in sys.argv else float("nan"),
        }


PDF_MAX = 1000  # a whole-corpus PDF of 10,000 articles is no briefing anyone prints


def pdf_time(project: Path) -> float:
    """Seconds for `briefing pdf` of the whole corpus (read, enrich, lay out, write)."""
    start = time.perf_counter()
    assert main(["-C", str(project), "pdf", "-q"]) == 0
    return time.perf_counter() - start


def first_query(site: Path, query: str = "보스턴") -> tuple[float, float]:
    """KB downloaded and ms taken by a reader's first search, in Chromium."""
    if not Path("/usr/bin/chromium").exists():
        return float("nan"), float("nan")
    import functools
    import http.server
    import threading

    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
            sizes: list[int] = []
            page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"]) if "/pagefind" in r.url else None)  # the hub and the year bundles
            page.locator("[data-briefing-search]").first.click()
            page.keyboard.type(query[:-1])
            start = time.perf_counter()  # from the last keystroke to the first result
            page.keyboard.type(query[-1])
            page.locator("#briefing-search a.pagefind-ui__result-link").first.wait_for(state="attached", timeout=60000)
            elapsed = (time.perf_counter() - start) * 1000
            page.wait_for_timeout(500)
            browser.close()
        return sum(sizes) / 1e3, elapsed
    finally:
        server.shutdown()


def lunr_size(project: Path) -> float:
    """MB of Material's single lunr index for the same content."""
    import subprocess

    config = (project / "mkdocs.yml").read_text("utf-8").replace("plugins:\n", "plugins:\n  - search\n", 1)
    (project / "mkdocs-lunr.yml").write_text(config, "utf-8")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs-lunr.yml"), "-d", str(project / "site-lunr")],
        cwd=project, check=True, capture_output=True,
    )
    return (project / "site-lunr" / "search" / "search_index.json").stat().st_size / 1e6


def host_speed() -> float:
    """Seconds for a fixed piece of pure-Python work: the machines' CPU speed drifts
    (0.9 s to 2.2 s for this within one session), and two runs' figures mean little without it."""
    start = time.perf_counter()
    total = 0
    for n in range(20_000_000):
        total += n
    return time.perf_counter() - start


def main_bench() -> None:
    sizes = [int(a) for a in sys.argv[1:] if a.isdigit()] or [100, 1000, 10000]
    seeds = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    print(f"host: a fixed loop took {host_speed():.2f} s before the runs", flush=True)
    print(
        f"{'articles':>8} {'generate s':>10} {'regen s':>8} {'+1 s':>6} {'reg. edit s':>11} {'desc. edit s':>12} {'build s':>8} {'+1 build s':>10} {'ms/article':>10} {'site MB':>8}"
        f" {'pagefind MB':>11} {'1st query KB':>12} {'1st query ms':>12} {'lunr MB':>8} {'pdf s':>7}"
    )
    for size in sizes:
        r = run(size, seeds)
        print(
            f"{r['articles']:>8} {r['generate_s']:>10.2f} {r['regenerate_unchanged_s']:>8.2f} {r['incremental_s']:>6.2f}"
            f" {r['registry_edit_s']:>11.2f} {r['description_edit_s']:>12.2f} {r['build_s']:>8.2f} {r['rebuild_s']:>10.2f}"
            f" {r['ms_per_article']:>10.2f} {r['site_mb']:>8.1f} {r['pagefind_mb']:>11.2f}"
            f" {r['first_query_kb']:>12.0f} {r['first_query_ms']:>12.0f} {r['lunr_mb']:>8.2f} {r['pdf_s']:>7.1f}",
            flush=True,
        )
    print(f"host: the same loop took {host_speed():.2f} s after the runs", flush=True)


if __name__ == "__main__":
    main_bench()
