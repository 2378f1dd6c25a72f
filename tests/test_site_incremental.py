"""`briefing build` rebuilds only the pages whose source changed, and gives the site a clean build gives."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

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


def test_a_removed_page_or_a_changed_setup_means_a_full_build(tmp_path: Path) -> None:
    docs = {"a.md": ["1", 10, 100], "b.md": ["2", 10, 100]}
    assert changed_docs(
        {"setup": "s", "docs": docs}, {"setup": "s", "docs": {**docs, "b.md": ["3", 10, 200], "c.md": ["4", 10, 100]}}
    ) == ["b.md", "c.md"]
    assert changed_docs({"setup": "s", "docs": docs}, {"setup": "s", "docs": {**docs, "b.md": ["2", 10, 300]}}) == []
    assert changed_docs({"setup": "s", "docs": docs}, {"setup": "s", "docs": {"a.md": ["1", 10, 100]}}) is None
    assert changed_docs({"setup": "s", "docs": docs}, {"setup": "t", "docs": docs}) is None
    assert changed_docs({}, {"setup": "s", "docs": docs}) is None


def test_a_removed_input_leaves_no_page_of_it_in_the_site(built: Path, tmp_path: Path) -> None:
    page = built / "site" / "articles" / "002-67abb6c4b3a5d6e3" / "index.html"
    assert page.exists()
    (built / "seeds").joinpath(next(p.name for p in (built / "seeds").glob("002*"))).unlink()
    _build(built)
    assert not page.exists()
    assert _tree(built / "site") == _clean_build(built, tmp_path)


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
