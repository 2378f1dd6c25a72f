"""Runs after a change redo only what the change touches, and give exactly what a run from scratch gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import pipeline, write
from generator.__main__ import main
from generator.config import load
from tests.conftest import FIXTURES, copy_project


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _from_scratch(project: Path, tmp_path: Path, arrivals: bytes) -> dict[str, bytes]:
    """content/ from a fresh copy of the project that knows only which run first saw each input."""
    other = tmp_path / "scratch"
    shutil.rmtree(other, ignore_errors=True)
    shutil.copytree(project, other, ignore=shutil.ignore_patterns("content", "build"))
    (other / "content" / "data").mkdir(parents=True)
    (other / "content" / "data" / "arrivals.json").write_bytes(arrivals)
    (other / "content" / write.MANIFEST).write_bytes(write._manifest_bytes({"data/arrivals.json": arrivals}))
    assert main(["-C", str(other), "generate", "-q"]) == 0
    return _tree(other / "content")


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    assert main(["-C", str(project), "generate", "-q"]) == 0
    return project


def _rendered(project: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Paths of the pages a run renders (rather than reuses); one worker, so the count is seen here."""
    seen: list[str] = []
    real = pipeline.render

    def counting(env, page, markup_env=None):  # type: ignore[no-untyped-def]
        seen.append(page.path)
        return real(env, page, markup_env)

    monkeypatch.setattr(pipeline, "render", counting)
    pipeline.run(load(project, workers=1))
    return seen


def test_each_change_gives_what_a_run_from_scratch_gives(seeded: Path, tmp_path: Path) -> None:
    article = "content/articles/001-7919fbaac4a69bba.md"
    changes = [
        lambda: shutil.copy(FIXTURES / "same_story_outlet_a.txt", seeded / "seeds" / "new_a.txt"),
        lambda: (seeded / "seeds" / "new_a.meta.yml").write_text("outlet: 편집자 매체\n", "utf-8"),
        lambda: (seeded / article).write_text("edited by hand\n", "utf-8"),
        lambda: (seeded / article).unlink(),
        lambda: (seeded / "site_templates" / "article.md.j2").write_text(
            (seeded / "site_templates" / "article.md.j2").read_text("utf-8") + "\n<!-- a template edit -->\n", "utf-8"
        ),
        lambda: (seeded / "entities.yml").write_text(
            (seeded / "entities.yml").read_text("utf-8").replace("한국보건산업진흥원", "한국보건산업진흥원(KHIDI)", 1), "utf-8"
        ),
        lambda: (seeded / "seeds" / "new_a.txt").unlink(),
    ]
    for change in changes:
        arrivals = (seeded / "content" / "data" / "arrivals.json").read_bytes()
        change()
        assert main(["-C", str(seeded), "generate", "-q"]) == 0
        assert _tree(seeded / "content") == _from_scratch(seeded, tmp_path, arrivals)


def test_adding_one_article_renders_only_the_pages_it_touches(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _rendered(seeded, monkeypatch) == []  # nothing changed: every page reused
    shutil.copy(FIXTURES / "same_story_outlet_a.txt", seeded / "seeds" / "new_a.txt")
    rendered = _rendered(seeded, monkeypatch)
    pages = list((seeded / "content").rglob("*.md"))
    assert "articles/new-a.md" in rendered
    assert 0 < len(rendered) < len(pages) / 2
    # An article page is rendered again only when something on it changed (a neighbour, its listing).
    untouched = [p for p in rendered if p.startswith("articles/") and p != "articles/new-a.md"]
    assert len(untouched) <= 3


def test_a_page_edited_by_hand_is_rendered_again(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = seeded / "content" / "articles" / "001-7919fbaac4a69bba.md"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"title:", b"title: x", 1))
    assert _rendered(seeded, monkeypatch) == ["articles/001-7919fbaac4a69bba.md"]
    assert main(["-C", str(seeded), "generate", "-q"]) == 0
    assert page.read_bytes() == original
