"""`briefing build` rebuilds only the pages whose source changed, and gives the site a clean build gives."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from generator import search_index
from generator.__main__ import main
from generator.site import SITE_STATE, changed_docs
from tests.conftest import FIXTURES, copy_project


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(project: Path, *flags: str) -> str:
    assert main(["-C", str(project), "build", "--strict", "--no-pdf", "-q", *flags]) == 0
    return (project / "build" / SITE_STATE).read_text("utf-8")


def _clean_build(project: Path, tmp_path: Path) -> dict[str, bytes]:
    other = tmp_path / "clean"
    shutil.rmtree(other, ignore_errors=True)
    shutil.copytree(project, other, ignore=shutil.ignore_patterns("site", "build"))
    _build(other)
    return _tree(other / "site")


@pytest.fixture
def built(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    _build(project)
    return project


def _mtimes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*.html")}


def _page(doc: str) -> str:
    """The HTML file MkDocs makes of a Markdown doc (use_directory_urls)."""
    folder = doc.removesuffix(".md")
    if folder == "index" or folder.endswith("/index"):
        folder = folder.removesuffix("index")
    return f"{folder.rstrip('/')}/index.html".lstrip("/")


def test_a_new_article_rebuilds_only_the_pages_whose_source_changed(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs_before = json.loads((built / "build" / SITE_STATE).read_text("utf-8"))["docs"]
    before = _mtimes(built / "site")
    shutil.copy(FIXTURES / "same_story_outlet_a.txt", built / "seeds" / "new_a.txt")
    capsys.readouterr()
    docs_after = json.loads(_build(built))["docs"]
    changed = {_page(doc) for doc, digest in docs_after.items() if doc.endswith(".md") and docs_before.get(doc, [""])[0] != digest[0]}
    after = _mtimes(built / "site")
    rebuilt = {page for page, mtime in after.items() if before.get(page) != mtime} - {"404.html"}
    assert f"({len(changed)} changed pages)" in capsys.readouterr().err
    assert "index.html" in changed and any(page.startswith("articles/") for page in changed - before.keys())
    assert rebuilt == changed
    assert len(rebuilt) < len(after) / 2
    assert _tree(built / "site") == _clean_build(built, tmp_path)


def test_a_hand_written_page_and_a_registry_edit_give_a_clean_builds_site(built: Path, tmp_path: Path) -> None:
    (built / "content" / "notes.md").write_text("# 메모\n\n[보스턴](entities/boston.md) 관련 메모.\n", "utf-8")
    _build(built)
    registry = built / "entities.yml"
    registry.write_text(registry.read_text("utf-8").replace("한국보건산업진흥원", "한국보건산업진흥원(KHIDI)", 1), "utf-8")
    _build(built)
    assert (built / "site" / "notes" / "index.html").exists()
    assert _tree(built / "site") == _clean_build(built, tmp_path)


def test_a_page_changed_under_an_old_modification_time_is_rebuilt(built: Path) -> None:
    """MkDocs' dirty build goes by modification times; a file put back from a backup has an old one."""
    note = built / "content" / "notes.md"
    note.write_text("# 메모\n\n첫 판.\n", "utf-8")
    _build(built)
    note.write_text("# 메모\n\n둘째 판.\n", "utf-8")
    os.utime(note, (946684800, 946684800))
    _build(built)
    assert "둘째 판." in (built / "site" / "notes" / "index.html").read_text("utf-8")


def test_nothing_changed_builds_nothing(built: Path) -> None:
    before = _tree(built / "site")
    mtimes = _mtimes(built / "site")
    _build(built)
    assert _tree(built / "site") == before and _mtimes(built / "site") == mtimes


def test_a_changed_setup_means_a_full_build_and_a_removed_page_rebuilds_the_hand_written(tmp_path: Path) -> None:
    docs = {"a.md": ["1", "", 10, 100], "b.md": ["2", "2021", 10, 100]}
    assert changed_docs(
        {"setup": "s", "docs": docs}, {"setup": "s", "docs": {**docs, "b.md": ["3", "2021", 10, 200], "c.md": ["4", "", 10, 100]}}
    ) == ["b.md", "c.md"]
    assert changed_docs({"setup": "s", "docs": docs}, {"setup": "s", "docs": {**docs, "b.md": ["2", "2021", 10, 300]}}) == []
    # b.md removed: listed (its page goes, its search bundle is made again), and a.md, written by hand, rebuilt.
    assert changed_docs({"setup": "s", "docs": docs}, {"setup": "s", "docs": {"a.md": ["1", "", 10, 100]}}, ["a.md"]) == ["a.md", "b.md"]
    assert changed_docs({"setup": "s", "docs": docs}, {"setup": "s", "docs": {"a.md": ["1", "", 10, 100]}}) == ["b.md"]
    assert changed_docs({"setup": "s", "docs": docs}, {"setup": "t", "docs": docs}) is None
    assert changed_docs({}, {"setup": "s", "docs": docs}) is None
    # A record of the form before search shards ([sha256, *stamp]) is not trusted.
    old_form = {doc: [entry[0], *entry[2:]] for doc, entry in docs.items()}
    assert changed_docs({"setup": "s", "docs": old_form}, {"setup": "s", "docs": docs}) is None


def test_a_removed_input_leaves_no_page_of_it_in_the_site(built: Path, tmp_path: Path) -> None:
    page = built / "site" / "articles" / "002-67abb6c4b3a5d6e3" / "index.html"
    assert page.exists()
    (built / "seeds").joinpath(next(p.name for p in (built / "seeds").glob("002*"))).unlink()
    _build(built)
    assert not page.exists()
    assert _tree(built / "site") == _clean_build(built, tmp_path)


def test_a_page_written_by_hand_that_links_to_a_removed_page_fails_the_build(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A removed page no longer means a full build; a page written by hand is rebuilt with the
    changed ones, so its link to the page that went is still found."""
    article = next(p.name for p in (built / "content" / "articles").glob("002*"))
    (built / "content" / "notes.md").write_text(f"# 메모\n\n[그 기사](articles/{article})\n", "utf-8")
    _build(built)
    (built / "seeds").joinpath(next(p.name for p in (built / "seeds").glob("002*"))).unlink()
    capsys.readouterr()
    assert main(["-C", str(built), "build", "--strict", "--no-pdf", "-q"]) != 0
    assert article in capsys.readouterr().err


def test_a_failed_build_is_followed_by_a_full_one(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = built / "content" / "notes.md"
    note.write_text("# 메모\n\n[없는 문서](missing.md)\n", "utf-8")
    assert main(["-C", str(built), "build", "--no-pdf", "-q"]) != 0
    assert "missing.md" in capsys.readouterr().err
    assert not (built / "build" / SITE_STATE).exists()
    note.write_text("# 메모\n", "utf-8")
    _build(built)
    assert "(every page)" in capsys.readouterr().err


def test_the_build_shared_out_over_workers_gives_the_same_site(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MkDocs renders one page at a time, so a large build runs one MkDocs worker per core."""
    from generator import site

    monkeypatch.setattr(site, "PAGES_PER_WORKER", 10)
    started = []
    real_popen = subprocess.Popen

    def popen(args, **kwargs):  # type: ignore[no-untyped-def]
        if "generator.mkdocs_build" in args:
            started.append(args)
        return real_popen(args, **kwargs)

    monkeypatch.setattr(site.subprocess, "Popen", popen)
    (built / "site" / ".git").mkdir()
    assert main(["-C", str(built), "-j", "2", "build", "--strict", "--no-pdf", "-q", "--clean"]) == 0
    assert len(started) == 2
    assert (built / "site" / ".git").is_dir(), "a clean build keeps dot files, as MkDocs' does"
    (built / "site" / ".git").rmdir()
    assert _tree(built / "site") == _clean_build(built, tmp_path)


@pytest.fixture
def by_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seed project built with its search index split by year, as from BY_YEAR_FROM articles on."""
    monkeypatch.setattr(search_index, "BY_YEAR_FROM", 1)
    project = copy_project(tmp_path / "project")
    _build(project)
    return project


def _bundles(site: Path) -> dict[str, tuple[int, int, int]]:
    """Each search bundle's page count and the inode and modification time of its entry file.
    A re-indexed bundle's entry is a new file; the inode alone is not proof of that, since
    the file system may give the new file the inode the deleted one had (seen in CI)."""
    entries = [site / "pagefind" / "pagefind-entry.json", *sorted((site / "pagefind-shards").glob("*/pagefind-entry.json"))]
    return {
        entry.parent.name: (
            json.loads(entry.read_text("utf-8"))["languages"]["ko"]["page_count"], entry.stat().st_ino, entry.stat().st_mtime_ns
        )
        for entry in entries
    }


def test_the_search_index_has_one_bundle_per_year_of_articles(by_year: Path) -> None:
    built = by_year
    site = built / "site"
    years = Counter(
        (re.search(r"^date: '(\d{4})", p.read_text("utf-8"), re.M) or ["", "undated"])[1]
        for p in (built / "content" / "articles").glob("*.md")
    )
    assert years == {"2019": 1, "2020": 1, "2021": 1, "undated": 2}  # the seeds: two state no date
    bundles = _bundles(site)
    assert {name: count for name, (count, *_) in bundles.items() if name != "pagefind"} == years
    listed = (site / "pagefind" / "shards.js").read_text("utf-8")
    assert re.findall(r'"pagefind-shards/([^/"]+)/"', listed) == sorted(years)
    # Entity pages are in the primary bundle; listings and the timeline in none (main.html).
    entity_pages = len(list((built / "content" / "entities").glob("*.md"))) - 1  # and entities/index.md
    assert entity_pages < bundles["pagefind"][0] < entity_pages + 20


def _docs(project: Path) -> dict[str, list[object]]:
    return json.loads((project / "build" / SITE_STATE).read_text("utf-8"))["docs"]


def _years_of_changed_pages(before: dict[str, list[object]], after: dict[str, list[object]]) -> set[str]:
    """The year bundles of every article page that changed, where it was and where it is."""
    return {
        str(entry[1])
        for doc in after
        if before.get(doc, [""])[0] != after[doc][0]
        for entry in (before.get(doc), after[doc])
        if entry and entry[1]
    }


def test_a_new_article_re_indexes_only_the_years_of_changed_pages_and_the_hub(by_year: Path) -> None:
    built = by_year
    before, docs_before = _bundles(built / "site"), _docs(built)
    shutil.copy(FIXTURES / "same_story_outlet_a.txt", built / "seeds" / "new_a.txt")  # dated 2024-03-15
    _build(built)
    after = _bundles(built / "site")
    assert after["2024"][0] == 1
    re_indexed = {name for name in after if after[name] != before.get(name)}
    # The article before it (2021) now links to it: that page changed, so its year is indexed again.
    assert re_indexed == {"pagefind", "2021", "2024"} == {"pagefind", *_years_of_changed_pages(docs_before, _docs(built))}


def test_an_article_moved_to_another_year_re_indexes_both(by_year: Path, tmp_path: Path) -> None:
    built = by_year
    for name in ("same_story_outlet_a.txt", "same_story_outlet_b.txt"):  # both dated March 2024
        shutil.copy(FIXTURES / name, built / "seeds" / name)
    _build(built)
    before, docs_before = _bundles(built / "site"), _docs(built)
    (built / "seeds" / "same_story_outlet_b.meta.yml").write_text("date: 2019-04-20\n", "utf-8")
    _build(built)
    after = _bundles(built / "site")
    assert (before["2024"][0], before["2019"][0]) == (2, 1) and (after["2024"][0], after["2019"][0]) == (1, 2)
    re_indexed = {name for name in after if after[name] != before.get(name)}
    assert {"pagefind", "2019", "2024"} <= re_indexed == {"pagefind", *_years_of_changed_pages(docs_before, _docs(built))}
    assert "undated" not in re_indexed
    assert _tree(built / "site") == _clean_build(built, tmp_path)


def test_a_year_left_without_pages_loses_its_bundle(by_year: Path) -> None:
    built = by_year
    # A page written by hand: the generator's listings do not change with it, so the build stays incremental.
    memo = built / "content" / "articles" / "memo.md"
    memo.write_text("---\ntitle: 메모\ndate: 2023-05-02\n---\n\n# 메모\n\n보스턴 출장 메모.\n", "utf-8")
    _build(built)
    assert _bundles(built / "site")["2023"][0] == 1
    memo.write_text(memo.read_text("utf-8").replace("2023-05-02", "2019-05-02"), "utf-8")
    _build(built)
    assert "2023" not in _bundles(built / "site") and not (built / "site" / "pagefind-shards" / "2023").exists()
    assert "2023" not in (built / "site" / "pagefind" / "shards.js").read_text("utf-8")


def test_a_deleted_bundle_is_made_again(by_year: Path) -> None:
    built = by_year
    shutil.rmtree(built / "site" / "pagefind-shards" / "2020")
    _build(built)
    assert _bundles(built / "site")["2020"][0] == 1


def test_a_small_site_keeps_one_search_bundle(built: Path) -> None:
    assert search_index.BY_YEAR_FROM > 5
    assert not (built / "site" / "pagefind-shards").exists()
    assert (built / "site" / "pagefind" / "shards.js").read_text("utf-8") == "window.briefingSearchShards = [];\n"
    entity_pages = len(list((built / "content" / "entities").glob("*.md"))) - 1
    assert entity_pages + 5 <= _bundles(built / "site")["pagefind"][0]  # the articles with the rest


def test_a_site_that_grows_past_the_threshold_is_split_and_joined_again(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "BY_YEAR_FROM", 6)
    single = _bundles(built / "site")["pagefind"][0]
    new = built / "seeds" / "new_a.txt"
    shutil.copy(FIXTURES / "same_story_outlet_a.txt", new)  # the sixth article
    _build(built)
    bundles = _bundles(built / "site")
    assert {name: count for name, (count, *_) in bundles.items()} == {
        "pagefind": single - 5, "2019": 1, "2020": 1, "2021": 1, "2024": 1, "undated": 2
    }
    assert _tree(built / "site") == _clean_build(built, tmp_path)
    new.unlink()
    _build(built)
    assert not (built / "site" / "pagefind-shards").exists() and _bundles(built / "site")["pagefind"][0] == single


@pytest.mark.parametrize(
    ("doc", "text", "shard"),
    [
        ("articles/a.md", "---\ntitle: x\ndate: '2024-03-15'\n---\n\n본문\n", "2024"),
        ("articles/a.md", "---\ndate: 2023-01-02\n---\n", "2023"),  # written by hand, unquoted
        ("articles/a.md", "---\ntitle: x\n---\n\ndate: '2024-03-15'\n", "undated"),  # in the text, not the front matter
        ("articles/a.md", "---\ndate: '2024'\n---\n", "undated"),  # not a date
        ("articles/index.md", "---\ndate: '2024-03-15'\n---\n", ""),
        ("entities/khidi.md", "---\ndate: '2024-03-15'\n---\n", ""),
        ("articles/sub/a.md", "---\ndate: '2024-03-15'\n---\n", ""),
    ],
)
def test_the_shard_of_a_doc(doc: str, text: str, shard: str) -> None:
    assert search_index.shard_of(doc, text.encode()) == shard


def test_a_killed_build_leaves_no_search_stage_behind(built: Path) -> None:
    left = built / "build" / f"{search_index.STAGE_PREFIX}x" / "articles" / "a"
    left.mkdir(parents=True)
    (left / "index.html").write_text("<html></html>", "utf-8")
    (built / "content" / "memo.md").write_text("# 메모\n", "utf-8")  # something to build
    _build(built)
    assert not list((built / "build").glob(f"{search_index.STAGE_PREFIX}*"))


def test_only_pages_pagefind_would_index_are_handed_to_it(tmp_path: Path) -> None:
    pages = {
        "entities/a/index.html": '<main><div class="x" data-pagefind-body>보스턴</div></main>',
        "index.html": "<div\ndata-pagefind-body=''>개요</div>",
        "archive/2024/index.html": "<main><table>기사 목록</table></main>",
        # A page whose text names the attribute: the text is escaped, so it is not a mark.
        "articles/pagefind/index.html": "<p>&lt;div data-pagefind-body&gt; 사용법</p>",
    }
    for rel, html in pages.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(html, "utf-8")
    assert search_index.indexed_of(tmp_path, sorted(pages)) == ["entities/a/index.html", "index.html"]
    # With no page marked, Pagefind indexes every page, so every page is handed to it.
    unmarked = ["archive/2024/index.html", "articles/pagefind/index.html"]
    assert search_index.indexed_of(tmp_path, unmarked) == unmarked


def test_the_site_marks_the_pages_it_wants_indexed(by_year: Path) -> None:
    """What the hub bundle is made from: entity pages, not the listings or the timeline (main.html)."""
    site = by_year / "site"
    hub = [p.relative_to(site).as_posix() for p in site.rglob("*.html") if not p.is_relative_to(site / "articles")]
    indexed = search_index.indexed_of(site, sorted(hub))
    assert "entities/kpbma/index.html" in indexed
    assert not [rel for rel in indexed if rel == "index.html" or rel.startswith(("archive/", "timeline/", "outlets/"))]
    assert _bundles(site)["pagefind"][0] == len(indexed)
