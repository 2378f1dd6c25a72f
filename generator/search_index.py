"""The search index: Pagefind bundles, one for each year of articles and one for every other page.

Pagefind cannot update an index, only make one afresh, and one index of a
10,000-article site took about a minute, so a new article cost a minute of
indexing. Split by the year of each article's date, a change re-indexes the
years it touches and the hub (entity pages, quotes, the home page), and a full
build indexes the bundles side by side on every core. What changes along with
an article (its pager neighbours, the other outlets' versions of its story)
is close to it in date, so a new article rarely touches two years.

The split costs the reader: the first search loads every bundle's entry and
its chunk of the query's word (at 100 articles, 352 KB and 0.85 s against
109 KB and 0.29 s in one bundle). So a site is split only from BY_YEAR_FROM
articles on, where one index takes long enough to be the wait of a rebuild;
a smaller site keeps everything in the one bundle.

The hub is the primary bundle at site/pagefind/ (the search UI's own files
live there); each year's bundle is at site/pagefind-shards/<year>/, undated
articles' at site/pagefind-shards/undated/. site/pagefind/shards.js lists
the year bundles, and the reader's search merges them (Pagefind's mergeIndex).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from generator.config import Config
from generator.errors import BuildError

HUB = ""  # the shard of every page that is not an article
UNDATED = "undated"
PRIMARY = "pagefind"
SHARDS = "pagefind-shards"
STAGE_PREFIX = "search-stage-"
SHARD_LIST = "shards.js"  # a script, not JSON: the page loads it with the search UI, no fetch to wait for
ENTRY = "pagefind-entry.json"  # in every bundle: what a reader's search loads first
BY_YEAR_FROM = 2000  # articles; one index of 2,000 takes ~10 s here
EXCLUDE = [".headerlink", ".md-source-file", ".search-aids-label"]
ARTICLE_DOC = re.compile(r"articles/(?!index\.md$|README\.md$)[^/]+\.md")
# The attribute in a tag: text that names it is escaped (&lt;) and does not match.
BODY_MARK = re.compile(rb"<[^<>]*\sdata-pagefind-body[\s>=/]")
# YYYY-MM-DD as the front matter states it, quoted (as the generator writes it) or not (by hand).
FRONT_MATTER_YEAR = re.compile(rb"^date:[ \t]*['\"]?(\d{4})-\d{2}-\d{2}", re.MULTILINE)


def is_article(doc: str) -> bool:
    """Whether a doc under content/ is an article's page, by its path."""
    return ARTICLE_DOC.fullmatch(doc) is not None


def shard_of(doc: str, data: bytes) -> str:
    """The bundle a doc under content/ is indexed in, from its path and its bytes."""
    if not is_article(doc):
        return HUB
    front_matter = data.split(b"\n---", 1)[0] if data.startswith(b"---") else b""
    year = FRONT_MATTER_YEAR.search(front_matter)
    return year.group(1).decode() if year else UNDATED


def _html(doc: str) -> str:
    """The page MkDocs makes of an article doc (use_directory_urls)."""
    return doc.removesuffix(".md") + "/index.html"


def _bundle(site: Path, shard: str) -> Path:
    return site / PRIMARY if shard == HUB else site / SHARDS / shard


def _split(shards: dict[str, str]) -> bool:
    return sum(shard != HUB for shard in shards.values()) >= BY_YEAR_FROM


def _effective(shards: dict[str, str]) -> dict[str, str]:
    """Each doc's bundle: its year shard when the site is split, else the primary."""
    return shards if _split(shards) else dict.fromkeys(shards, HUB)


def missing(site: Path, shards: dict[str, str]) -> set[str]:
    """The bundles not (all) in site/: a stopped build, or a hand deletion."""
    found = {shard for shard in {HUB, *_effective(shards).values()} if not (_bundle(site, shard) / ENTRY).is_file()}
    if not (site / PRIMARY / SHARD_LIST).is_file():
        found.add(HUB)
    return found


def index(config: Config, now: dict[str, str], before: dict[str, str], changed: list[str] | None) -> None:
    """Make afresh the bundles of the docs in `changed` (all bundles when None), and the primary.

    `now` and `before` map each doc under content/ to its shard (shard_of) in this
    build and the last: an article that moved to another year counts for both."""
    site = config.site
    shards, was = _effective(now), _effective(before)
    years = sorted(set(shards.values()) - {HUB})
    if changed is None or _split(now) != _split(before):
        todo = {HUB, *years}  # a full build, or the site has just been split or joined
    else:
        todo = {HUB} | ({shard for doc in changed for shard in (was.get(doc), shards.get(doc))} & set(years))
        todo |= missing(site, now)
    if not years:
        shutil.rmtree(site / SHARDS, ignore_errors=True)  # one bundle, or no article at all
    elif (site / SHARDS).is_dir():
        for stale in sorted(p for p in (site / SHARDS).iterdir() if p.name not in years):
            shutil.rmtree(stale)  # a year no article is dated in any more
    pages: dict[str, list[str]] = {shard: [] for shard in todo}
    articles = {_html(doc) for doc, shard in shards.items() if shard != HUB}
    for doc, shard in shards.items():
        if shard in pages and shard != HUB:
            pages[shard].append(_html(doc))
    if HUB in pages:
        pages[HUB] = indexed_of(site, [rel for rel in html_files(site) if rel not in articles])
    config.work.mkdir(parents=True, exist_ok=True)
    for left in config.work.glob(f"{STAGE_PREFIX}*"):
        shutil.rmtree(left, ignore_errors=True)  # from a build that was killed (builds take a lock)
    with tempfile.TemporaryDirectory(dir=config.work, prefix=STAGE_PREFIX) as tmp:
        jobs = [(shard, _stage(site, Path(tmp) / (shard or "hub"), files)) for shard, files in pages.items()]
        jobs.sort(key=lambda job: -len(pages[job[0]]))  # the largest first, so the last to finish is small
        with ThreadPoolExecutor(max(1, config.workers)) as pool:
            failures = [failed for failed in pool.map(lambda job: _pagefind(config, *job), jobs) if failed]
    if failures:
        raise BuildError("search indexing (pagefind) failed:\n" + "\n".join(failures))
    built = [year for year in years if (_bundle(site, year) / ENTRY).is_file()]
    paths = json.dumps([f"{SHARDS}/{year}/" for year in built])
    (site / PRIMARY / SHARD_LIST).write_text(f"window.briefingSearchShards = {paths};\n", "utf-8")


def html_files(site: Path) -> list[str]:
    """Every .html file under site/, as sorted paths relative to it. os.walk, not
    Path.rglob: a site of 10,000 articles has 20,000 folders, and rglob took 0.8 s
    to walk them with the disk cache warm (several seconds cold), in every build."""
    root = os.fspath(site)
    found = []
    for folder, _, files in os.walk(root):
        rel = folder[len(root) :].strip(os.sep).replace(os.sep, "/")
        found.extend(f"{rel}/{name}" if rel else name for name in files if name.endswith(".html"))
    return sorted(found)


def indexed_of(site: Path, files: list[str]) -> list[str]:
    """The pages of `files` that Pagefind indexes: when some have a data-pagefind-body
    element, only those (Pagefind's own rule). Listing and timeline pages have
    none, and Pagefind parsing them just to leave them out was most of the hub's
    indexing (3.4 s against 0.5 s at 10,000 articles), in every build."""
    marked = [rel for rel in files if BODY_MARK.search((site / rel).read_bytes())]
    return marked or files


def _stage(site: Path, stage: Path, files: list[str]) -> Path:
    """A folder holding only `files`, at their paths under site/ (which give
    their URLs): Pagefind indexes a folder, not a list of files. Hard links,
    so nothing is copied unless site/ and the work folder are on different disks."""
    for rel in files:
        if not (site / rel).is_file():
            continue  # a doc MkDocs was told to leave out (exclude_docs)
        target = stage / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site / rel, target)
        except OSError:
            shutil.copyfile(site / rel, target)
    return stage


def _pagefind(config: Config, shard: str, stage: Path) -> str | None:
    """Index one shard into its bundle; what went wrong, or None."""
    bundle = _bundle(config.site, shard)
    # Pagefind names its files by content and leaves old ones behind.
    shutil.rmtree(bundle, ignore_errors=True)
    if not stage.is_dir():
        return None  # none of its docs became a page
    proc = subprocess.run(
        [
            sys.executable, "-m", "pagefind", "--site", str(stage), "--output-path", str(bundle),
            "--force-language", "ko", "--quiet",
            *(arg for selector in EXCLUDE for arg in ("--exclude-selectors", selector)),
        ],
        cwd=config.root,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        return f"{shard or 'hub'}: " + (proc.stderr or proc.stdout).strip()
    return None
