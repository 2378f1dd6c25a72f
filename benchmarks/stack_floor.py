"""What the site's stack costs before any of the briefing's own work: the floor under `briefing build`.

    python benchmarks/stack_floor.py [SIZES...]      (default: 10000)

Builds N plain article pages (each seed's headline, numbered, and its body
paragraphs as the generator reads them; no front matter, links, boxes or
listings) with bare MkDocs + Material and a one-page nav, three ways:
without search, with Material's built-in search (one lunr index), and without
search followed by Pagefind over the result (the search `briefing build`
runs). Prints the wall time of each and the size of each index. No build
of the briefing's own can be faster than the build with its search here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import folder_size, host_speed  # noqa: E402
from generator.extract import extract  # noqa: E402

CONFIG = """site_name: floor
theme:
  name: material
  language: ko
  font: false
nav:
  - index.md
validation:
  nav:
    omitted_files: ignore
plugins: [{plugins}]
"""


def write_pages(docs: Path, count: int) -> None:
    articles = [extract(p.read_text("utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    (docs / "articles").mkdir(parents=True)
    (docs / "index.md").write_text("# floor\n", "utf-8")
    for n in range(count):
        article = articles[n % len(articles)]
        page = [f"# {n:05d} {article.headline or ''}", *article.body]
        (docs / "articles" / f"{n:05d}.md").write_text("\n\n".join(page) + "\n", "utf-8")


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def mkdocs(project: Path, site: str, plugins: str) -> float:
    config = project / f"{site}.yml"
    config.write_text(CONFIG.format(plugins=plugins), "utf-8")
    return timed([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", site], project)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:] if a.isdigit()] or [10000]
    print(f"host: a fixed loop took {host_speed():.2f} s before the runs", flush=True)
    print(f"{'pages':>6} {'MkDocs s':>9} {'+ lunr s':>9} {'lunr MB':>8} {'Pagefind s':>11} {'pagefind MB':>12} {'MkDocs+Pagefind s':>18}")
    for count in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = Path(tmp)
            write_pages(project / "docs", count)
            bare = mkdocs(project, "site", "")
            lunr = mkdocs(project, "site-lunr", "search")
            lunr_mb = (project / "site-lunr" / "search" / "search_index.json").stat().st_size / 1e6
            pagefind = timed([sys.executable, "-m", "pagefind", "--site", "site", "--output-path", "pagefind"], project)
            pagefind_mb = folder_size(project / "pagefind") / 1e6
            print(f"{count:>6} {bare:>9.1f} {lunr:>9.1f} {lunr_mb:>8.1f} {pagefind:>11.1f} {pagefind_mb:>12.1f} {bare + pagefind:>18.1f}", flush=True)


if __name__ == "__main__":
    main()
