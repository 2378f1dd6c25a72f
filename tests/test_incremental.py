"""Runs after a change redo only what the change touches, and give exactly what a run from scratch gives."""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path

import pytest

from generator import cache, pipeline, write
from generator.__main__ import main
from generator.config import load as load_config
from generator.model import Mention
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


def _redone(project: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    """Inputs a run reads and enriches again, and pages it renders again (rather than reuses).
    One worker, so that both are seen here."""
    enriched: list[str] = []
    rendered: list[str] = []
    real_process, real_render = pipeline._process_fresh, pipeline.render

    def process(data, path, source, slug, enricher):  # type: ignore[no-untyped-def]
        enriched.append(source)
        return real_process(data, path, source, slug, enricher)

    def render(env, page, markup_env=None):  # type: ignore[no-untyped-def]
        rendered.append(page.path)
        return real_render(env, page, markup_env)

    monkeypatch.setattr(pipeline, "_process_fresh", process)
    monkeypatch.setattr(pipeline, "render", render)
    assert main(["-C", str(project), "-j", "1", "generate", "-q"]) == 0
    monkeypatch.undo()
    return enriched, rendered


# Rendered on every run (page_memo.PageKeys: keying it costs as much); the writer finds it
# unchanged when it is. The data export is keyed like a page (made when rendered).
ALWAYS = "data/arrivals.json"


def _rendered(project: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Pages rendered again, besides the arrivals."""
    rendered = _redone(project, monkeypatch)[1]
    assert ALWAYS in rendered
    return [page for page in rendered if page != ALWAYS]


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
        lambda: _add_entity(seeded, "벤처캐피털"),
        lambda: _edit_description(seeded, "genosco", "보스턴 인근에 연구소를 둔 한인 바이오기업."),
        # Outlet names merged after the cache: the pages must follow all the same.
        lambda: (seeded / "entities.yml").write_text(
            (seeded / "entities.yml").read_text("utf-8") + "\noutlets:\n  - {name: 서울경제신문, aliases: [서울경제]}\n", "utf-8"
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
    assert "articles/new-a.md" in rendered and "data/briefing.json" in rendered
    assert 0 < len(rendered) < len(pages) / 2
    # An article page is rendered again only when something on it changed (a neighbour, its listing).
    untouched = [p for p in rendered if p.startswith("articles/") and p != "articles/new-a.md"]
    assert len(untouched) <= 3


def _brief(n: int, stamp: str) -> str:
    """A wire brief of its own: its words are its own, so no two are one story."""
    sentences = " ".join(f"가상 연구소 {n}호의 {k}번째 과제는 주제{n}x{k} 분야에서 진행됐다." for k in range(8))
    return f"가상 연구소 {n}호, 보스턴 과제 발표\n입력 {stamp}\n\n{sentences}\n"


def test_a_month_s_listing_growing_a_page_renders_only_the_pages_that_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article page links back to its month's listing page; that the listing now runs to
    two pages is not on it. Every article page of the month was rendered again."""
    project = copy_project(tmp_path, seeds=False, registry=False)
    size = load_config(project).page_size
    for n in range(size):
        (project / "seeds" / f"brief_{n:03d}.txt").write_text(_brief(n, f"2024-03-{n % 28 + 2:02d} 10:{n % 60:02d}"), "utf-8")
    assert main(["-C", str(project), "generate", "-q"]) == 0
    (project / "seeds" / "oldest.txt").write_text(_brief(size, "2024-03-01 09:00"), "utf-8")  # the month's last: page 2
    rendered = _rendered(project, monkeypatch)
    assert {"archive/2024-03.md", "archive/2024-03-2.md"} <= set(rendered)
    # The new article, and its neighbour in reading order, which now links to it.
    assert sorted(p for p in rendered if p.startswith("articles/")) == ["articles/brief-000.md", "articles/oldest.md"]


def test_a_page_edited_by_hand_is_rendered_again(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = seeded / "content" / "articles" / "001-7919fbaac4a69bba.md"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"title:", b"title: x", 1))
    assert _rendered(seeded, monkeypatch) == ["articles/001-7919fbaac4a69bba.md"]
    assert main(["-C", str(seeded), "generate", "-q"]) == 0
    assert page.read_bytes() == original


def _add_entity(project: Path, name: str) -> None:
    registry = project / "entities.yml"
    registry.write_text(registry.read_text("utf-8") + f"\n  - id: added\n    type: organisation\n    name: {name}\n", "utf-8")


def _edit_description(project: Path, entity_id: str, text: str) -> None:
    registry = project / "entities.yml"
    lines = registry.read_text("utf-8").split("\n")
    at = lines.index(f"  - id: {entity_id}")
    end = next(i for i in range(at + 1, len(lines)) if lines[i].startswith("  - id:"))
    lines[at:end] = [line if not line.startswith("    description:") else f"    description: {text}" for line in lines[at:end]]
    registry.write_text("\n".join(lines), "utf-8")


def test_a_registry_edit_redoes_only_the_articles_it_can_change(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = sorted((seeded / "seeds").glob("*.txt"))
    # 제노스코 is named in one seed only: a new description reaches that article's page, nothing else,
    # and no article is enriched again (enrichment never reads a description).
    assert [p.name for p in seeds if "제노스코" in p.read_text("utf-8")] == ["004_c190484ef61c86e9.txt"]
    _edit_description(seeded, "genosco", "보스턴 인근에 연구소를 둔 한인 바이오기업.")
    enriched, rendered = _redone(seeded, monkeypatch)
    assert enriched == []
    assert [p for p in rendered if p.startswith("articles/")] == ["articles/004-c190484ef61c86e9.md"]
    assert "보스턴 인근에 연구소를 둔" in (seeded / "content/articles/004-c190484ef61c86e9.md").read_text("utf-8")
    # A new alias is looked for in the text: the article that names the entry is enriched again.
    registry = seeded / "entities.yml"
    registry.write_text(registry.read_text("utf-8").replace("    name: 제노스코\n", "    name: 제노스코\n    aliases: [제노스코 보스턴]\n", 1), "utf-8")
    assert "aliases: [제노스코 보스턴]" in registry.read_text("utf-8")
    enriched, _ = _redone(seeded, monkeypatch)
    assert enriched == ["seeds/004_c190484ef61c86e9.txt"]
    # A new entry is looked for in every article, but only the one whose text has its name is enriched again.
    assert [p.name for p in seeds if "벤처캐피털" in p.read_text("utf-8")] == ["003_1b17a908ff56e5ab.txt"]
    _add_entity(seeded, "벤처캐피털")
    enriched, _ = _redone(seeded, monkeypatch)
    assert enriched == ["seeds/003_1b17a908ff56e5ab.txt"]
    assert "- added" in (seeded / "content/articles/003-1b17a908ff56e5ab.md").read_text("utf-8")


def _read(project: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Inputs a run reads from disk."""
    read: list[str] = []
    real = pipeline.load_bytes

    def load_bytes(path, max_bytes):  # type: ignore[no-untyped-def]
        read.append(path.name)
        return real(path, max_bytes)

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "load_bytes", load_bytes)
        assert main(["-C", str(project), "generate", "-q"]) == 0
    return read


@pytest.fixture
def not_racy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inputs written a moment ago count as settled (the tests write them just before a run)."""
    monkeypatch.setattr(cache, "RACY_NS", 0)


def test_unchanged_inputs_are_not_read_again(seeded: Path, monkeypatch: pytest.MonkeyPatch, not_racy: None) -> None:
    assert len(_read(seeded, monkeypatch)) == 5  # the seeds were stamped by no earlier run
    assert _read(seeded, monkeypatch) == []
    shutil.copy(FIXTURES / "same_story_outlet_a.txt", seeded / "seeds" / "new_a.txt")
    assert _read(seeded, monkeypatch) == ["new_a.txt"]
    (seeded / "seeds" / "new_a.meta.yml").write_text("outlet: 편집자 매체\n", "utf-8")
    assert _read(seeded, monkeypatch) == ["new_a.txt"]  # a new sidecar is a change to its input
    assert "outlet: 편집자 매체" in (seeded / "content" / "articles" / "new-a.md").read_text("utf-8")


def test_an_input_rewritten_under_its_old_size_and_time_is_read_again(seeded: Path, monkeypatch: pytest.MonkeyPatch, not_racy: None) -> None:
    # As a copy that keeps times (cp -p, rsync -t, an unzip) leaves it: same size, same
    # modification time, other text. Its change time and inode still tell.
    _read(seeded, monkeypatch)
    source = seeded / "seeds" / "004_c190484ef61c86e9.txt"
    before = source.stat()
    text = source.read_text("utf-8")
    assert "제노스코" in text
    replacement = seeded / "replacement.tmp"
    replacement.write_text(text.replace("제노스코", "제노스크", 1), "utf-8")
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, source)
    assert (source.stat().st_size, source.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert _read(seeded, monkeypatch) == ["004_c190484ef61c86e9.txt"]
    assert "제노스크" in (seeded / "content" / "articles" / "004-c190484ef61c86e9.md").read_text("utf-8")


def test_an_input_changed_just_before_a_run_is_read_again_next_time(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Its stamp could miss a second write of the same size within the file system's time grain.
    monkeypatch.setattr(cache, "RACY_NS", 3600 * 10**9)
    assert len(_read(seeded, monkeypatch)) == 5
    assert len(_read(seeded, monkeypatch)) == 5


def test_stamps_from_another_version_of_the_generator_are_not_trusted(seeded: Path, monkeypatch: pytest.MonkeyPatch, not_racy: None) -> None:
    _read(seeded, monkeypatch)
    monkeypatch.setattr(pipeline, "code_fingerprint", lambda: "another version")
    read = _read(seeded, monkeypatch)
    assert sorted(read) == sorted(p.name for p in (seeded / "seeds").glob("*.txt"))


def test_a_run_leaves_what_it_made_to_reference_counting(seeded: Path) -> None:
    """The collector is back on after a run, and does not walk the run's objects again
    (the first collection after a 10,000-article run walked them all to free nothing)."""
    gc.unfreeze()
    before = gc.get_freeze_count()
    result = pipeline.run(load_config(seeded))
    assert gc.isenabled()
    assert gc.get_freeze_count() > before + len(result.files)
    with pipeline.collector_paused():
        with pipeline.collector_paused():
            pass
        assert not gc.isenabled()  # an inner pause does not end the outer one
    assert gc.isenabled()


def test_the_cache_in_memory_follows_what_is_written(tmp_path: Path) -> None:
    """`briefing add` reads the corpus, then generates in the same process from what it read:
    a result made again under a key already read must replace the copy in memory."""
    first = cache.ArticleCache(tmp_path, "salt")
    first.put("k" * 64, ("old",))
    again = cache.ArticleCache(tmp_path, "salt")
    assert again.get("k" * 64) == ("old",)
    again.put("k" * 64, ("new",))
    assert again.get("k" * 64) == ("new",)
    assert cache.ArticleCache(tmp_path, "salt", loaded=again.loaded).get("k" * 64) == ("new",)
    assert cache.ArticleCache(tmp_path, "salt").get("k" * 64) == ("new",)  # and on disk


def test_articles_read_back_from_the_cache_are_the_articles_made_fresh(seeded: Path) -> None:
    """Mentions are kept as plain tuples on disk (model.Mentions) and come back as Mention records."""
    config = load_config(seeded)
    fresh = pipeline.read_corpus(config, use_cache=False).articles
    cached = pipeline.read_corpus(config).articles
    assert cached == fresh
    mentions = [m for a in cached for m in a.mentions]
    assert len(mentions) == sum(len(a.mentions) for a in fresh) > 100
    assert all(isinstance(m, Mention) for m in mentions)
    assert [(m.entity, m.field, m.index, m.start, m.end, m.text, m.generic) for m in mentions] == [
        tuple(m) for a in fresh for m in a.mentions
    ]


def test_a_preview_regenerates_from_the_articles_it_holds(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`briefing serve` keeps the articles it read from one run to the next: on a change,
    only the new input is looked up in the cache (at 10,000, reading them all again took
    about a second of each regenerate)."""
    from generator import __main__ as cli

    read: list[str] = []
    real_read = cache.ArticleCache._read
    monkeypatch.setattr(cache.ArticleCache, "_read", lambda self, key: read.append(key) or real_read(self, key))
    polls: list[int] = []

    class Preview:  # stands for the `mkdocs serve` process
        def poll(self) -> int | None:
            polls.append(1)
            if len(polls) == 1:  # the first run is done: an article arrives
                read.clear()
                shutil.copy(FIXTURES / "story_pair_press_release_a.txt", seeded / "seeds" / "arrived.txt")
                return None
            return 0

        def terminate(self) -> None:
            pass

        def wait(self) -> None:
            pass

    monkeypatch.setattr(cli, "start_preview", lambda config, address: Preview())
    monkeypatch.setattr(cli.time, "sleep", lambda seconds: None)
    assert main(["-C", str(seeded), "serve"]) == 0
    assert len(polls) == 2
    assert len(read) == 1  # the new input: looked up, not there
    assert (seeded / "content" / "articles" / "arrived.md").is_file()


def test_pruning_the_cache_drops_what_it_holds_in_memory_too(tmp_path: Path) -> None:
    """A preview keeps the entries it read from run to run: those no input uses any more go,
    on disk and in memory, or a long preview would hold every version of every edited input."""
    held = cache.ArticleCache(tmp_path, "salt")
    held.put("a" * 64, ("a",))
    held.put("b" * 64, ("b",))
    held.prune({"a" * 64})
    assert list(held.loaded) == ["a" * 64]
    assert cache.ArticleCache(tmp_path, "salt").get("b" * 64) is None
