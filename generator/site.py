"""Running MkDocs on the generated content: a strict build, or the live preview.

A build rebuilds only the pages whose source changed since the last build
(build/site.json holds a digest of every file under content/ as last built).
It rebuilds everything when that is not safe: no record of a finished build,
or anything that shapes every page changed (mkdocs.yml, the theme overrides,
the versions of MkDocs and its extensions, the generator's code). A page
removed is taken out of site/, and the pages written by hand are rebuilt with
the changed ones, so that strict mode checks their links again. Many pages are shared out
over one MkDocs worker per core (mkdocs_build.py). A large site's search index
is in one bundle per year of articles (search_index.py): a build makes afresh
only the bundles of the years whose article pages changed, and the primary.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Collection
from importlib.metadata import version
from pathlib import Path

from generator import search_index
from generator.cache import code_fingerprint, file_stamp, files_digest, load_memo, save_memo
from generator.config import Config
from generator.errors import BuildError
from generator.write import MANIFEST, read_manifest

SITE_STATE = "site.json"
# Whatever renders the HTML around the Markdown: a new version may change every page.
SITE_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "pagefind")
# A worker costs a second or two before its first page (imports, reading the docs folder and nav).
PAGES_PER_WORKER = 200


def _setup_digest(config: Config) -> str:
    digest = hashlib.sha256(config.mkdocs_yml.read_bytes())
    digest.update(files_digest(config.templates / "overrides").encode())
    digest.update(code_fingerprint().encode())
    for package in SITE_PACKAGES:
        digest.update(f"{package}={version(package)}".encode())
    return digest.hexdigest()


def _docs_digests(content: Path, before: dict[str, list[object]]) -> dict[str, list[object]]:
    """[sha256, search shard, *file_stamp] of every file under content/. A file whose
    stamp is as recorded is not read again (the rule of page_memo.py and the article
    cache): at 10,000 articles, reading all of content/ took 13 s here."""
    digests: dict[str, list[object]] = {}
    for path in content.rglob("*"):
        stamp = file_stamp(path) if path.is_file() else None
        if stamp is None:
            continue
        doc = path.relative_to(content).as_posix()
        known = before.get(doc)
        if known is not None and known[2:] == stamp:
            digests[doc] = known
            continue
        if search_index.is_article(doc):
            data = path.read_bytes()
            digests[doc] = [hashlib.sha256(data).hexdigest(), search_index.shard_of(doc, data), *stamp]
            continue
        with path.open("rb") as handle:  # the data export alone is 30 MB at 10,000 articles
            digests[doc] = [hashlib.file_digest(handle, "sha256").hexdigest(), search_index.HUB, *stamp]
    return digests


def _recorded_docs(previous: dict[str, object]) -> dict[str, list[object]] | None:
    """The record of the last build's docs, or None if there is none or it is not
    in the current form (a record from another version means a full build)."""
    docs = previous.get("docs")
    if not isinstance(docs, dict) or not all(
        isinstance(v, list) and len(v) > 1 and isinstance(v[0], str) and isinstance(v[1], str) for v in docs.values()
    ):
        return None
    return docs


def _shards(docs: dict[str, list[object]]) -> dict[str, str]:
    return {doc: str(entry[1]) for doc, entry in docs.items()}


def changed_docs(previous: dict[str, object], now: dict[str, object], hand_written: Collection[str] = ()) -> list[str] | None:
    """The docs to rebuild and the docs removed, or None when only a full build is safe.

    A removed doc's page goes from site/ (build_site). A page that linked to it was either
    made by the generator, and then its Markdown changed with the link and it is rebuilt
    anyway, or written by hand (`hand_written`), and then it is rebuilt too, so that strict
    mode checks its links again. Before, any removal meant a full build: an outlet's year
    listing that lost its only article (a date corrected in a sidecar) cost 100 s at 10,000."""
    before, after = _recorded_docs(previous), now["docs"]
    if previous.get("setup") != now["setup"] or before is None:
        return None
    assert isinstance(after, dict)
    removed = before.keys() - after.keys()
    changed = {doc for doc, digest in after.items() if doc not in before or before[doc][0] != digest[0]}
    if removed:
        changed |= set(hand_written) & after.keys()
    return sorted(changed | removed)


def build_site(config: Config, clean: bool = False) -> int | None:
    """`mkdocs build --strict` into site/, then the search index; any MkDocs warning fails the build.

    Returns how many pages were rebuilt, or None for a full build."""
    state = config.work / SITE_STATE
    previous = load_memo(state)
    recorded = _recorded_docs(previous) or {}
    now: dict[str, object] = {"setup": _setup_digest(config), "docs": _docs_digests(config.content, recorded)}
    docs_now: dict[str, list[object]] = now["docs"]  # type: ignore[assignment]
    manifest = read_manifest(config.content)
    hand_written = [doc for doc in docs_now if doc not in manifest and doc != MANIFEST]
    changed = None if clean or not (config.site / "index.html").exists() else changed_docs(previous, now, hand_written)
    shards = _shards(docs_now)
    if changed == [] and not search_index.missing(config.site, shards):
        return 0
    # From here until the build is done, site/ matches no record: a build stopped half-way is followed by a full one.
    state.unlink(missing_ok=True)
    docs = sorted(docs_now) if changed is None else changed
    if changed is None:
        _empty(config.site)
    else:
        _remove_pages(config.site, [doc for doc in changed if doc not in docs_now])
    _run_mkdocs(config, docs)
    search_index.index(config, shards, _shards(recorded), changed)
    save_memo(state, now)
    return None if changed is None else sum(doc.endswith(".md") for doc in changed)


def _remove_pages(site: Path, docs: list[str]) -> None:
    """What MkDocs made of each of `docs` (use_directory_urls), and folders left empty by it."""
    from mkdocs.structure.files import File

    for doc in docs:
        target = Path(File(doc, src_dir=None, dest_dir=str(site), use_directory_urls=True).abs_dest_path)
        target.unlink(missing_ok=True)
        folder = target.parent
        while folder != site and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


def _empty(folder: Path) -> None:
    """What MkDocs' clean build does: dot files (a deploy's .git) are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    for child in folder.iterdir():
        if child.name.startswith("."):
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def _run_mkdocs(config: Config, docs: list[str]) -> None:
    """Build `docs` with MkDocs, shared out over one worker per core when there are many (see mkdocs_build.py)."""
    count = max(1, min(config.workers, len(docs) // PAGES_PER_WORKER))
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "docs.txt"
        listing.write_text("".join(f"{doc}\n" for doc in docs), "utf-8")
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "generator.mkdocs_build", str(config.mkdocs_yml), str(config.site), str(listing), str(n), str(count)],
                cwd=config.root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            )
            for n in range(count)
        ]
        said = [worker.communicate()[0] for worker in workers]
    if any(worker.returncode != 0 for worker in workers):
        raise BuildError("mkdocs build failed:\n" + "\n".join(text.strip() for text in said if text.strip()))


def start_preview(config: Config, address: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", address, "-f", str(config.mkdocs_yml)], cwd=config.root
    )
