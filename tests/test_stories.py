"""Same story from several outlets is grouped; articles that only share a topic are not."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import frontmatter
import pytest

from generator.__main__ import main
from generator.config import load
from generator.pipeline import run
from tests.conftest import FIXTURES, ROOT

EXTRA_ENTITIES = (
    "\n  - {id: gasang, type: company, name: 가상제약}\n"
    "  - {id: vba, type: organisation, name: 가상바이오협회, generic_aliases: [협회]}\n"
)

# Labelled pairs: (fixture a, fixture b, same story?)
PAIRS = [
    ("story_pair_press_release_a.txt", "story_pair_press_release_b.txt", True),
    ("same_story_outlet_a.txt", "same_story_outlet_b.txt", True),
    ("story_pair_press_release_a.txt", "story_topic_only.txt", False),
    ("story_pair_press_release_b.txt", "story_topic_only.txt", False),
    ("same_story_outlet_a.txt", "story_pair_press_release_a.txt", False),
]


def _project(tmp: Path, names: list[str], seeds: bool = False) -> Path:
    shutil.copytree(ROOT / "site_templates", tmp / "site_templates")
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    (tmp / "entities.yml").write_text((ROOT / "entities.yml").read_text("utf-8") + EXTRA_ENTITIES, "utf-8")
    if seeds:
        shutil.copytree(ROOT / "seeds", tmp / "seeds")
    else:
        (tmp / "seeds").mkdir()
    for name in names:
        shutil.copy(FIXTURES / name, tmp / "seeds" / name)
    return tmp


@pytest.mark.parametrize(("a", "b", "same"), PAIRS)
def test_labelled_pairs(tmp_path: Path, a: str, b: str, same: bool) -> None:
    articles = run(load(_project(tmp_path, [a, b]))).articles
    first, second = articles
    assert (first.story is not None and first.story == second.story) is same


def test_an_undated_copy_joins_the_story_of_its_dated_version(tmp_path: Path) -> None:
    project = _project(tmp_path, ["same_story_outlet_a.txt", "story_topic_only.txt"])
    text = (FIXTURES / "same_story_outlet_a.txt").read_text("utf-8")
    (project / "seeds" / "undated_copy.txt").write_text(text.replace("입력 2024-03-15 10:00\n", ""), "utf-8")
    story = {a.id: (a.date, a.story) for a in run(load(project)).articles}
    assert story["undated-copy"] == (None, "same-story-outlet-a") == (None, story["same-story-outlet-a"][1])
    assert story["story-topic-only"][1] is None


def test_no_seed_articles_are_grouped(tmp_path: Path) -> None:
    names = [p[0] for p in PAIRS] + [p[1] for p in PAIRS]
    articles = run(load(_project(tmp_path, sorted(set(names)), seeds=True))).articles
    assert [a.id for a in articles if a.story and a.id[:3].isdigit()] == []


def test_story_in_front_matter_and_a_box_of_versions(tmp_path: Path) -> None:
    project = _project(tmp_path, ["story_pair_press_release_a.txt", "story_pair_press_release_b.txt"])
    assert main(["-C", str(project), "generate", "-q"]) == 0
    a = frontmatter.load(project / "content/articles/story-pair-press-release-a.md")
    b = frontmatter.load(project / "content/articles/story-pair-press-release-b.md")
    assert a["story"] == b["story"] == "story-pair-press-release-a"
    assert "**같은 소식, 다른 보도** (2건)" in a.content and "story-pair-press-release-b.md" in a.content


def test_the_timeline_counts_the_story_once(tmp_path: Path) -> None:
    from generator.happenings import merge_events
    from generator.registry import load as load_registry

    project = _project(tmp_path, ["story_pair_press_release_a.txt", "story_pair_press_release_b.txt"])
    happenings = merge_events(run(load(project)).articles, load_registry(project / "entities.yml"))
    opening = [h for h in happenings if h.value == "2024-05-07"]
    assert len(opening) == 1 and len(opening[0].sources) == 2


def test_add_copies_under_safe_names_skips_duplicates_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = _project(tmp_path, ["story_pair_press_release_a.txt"])
    main(["-C", str(project), "generate", "-q"])
    incoming = tmp_path / "inbox"
    incoming.mkdir()
    shutil.copy(FIXTURES / "story_pair_press_release_b.txt", incoming / "보스턴 기사 (B).txt")
    shutil.copy(FIXTURES / "story_pair_press_release_a.txt", incoming / "again.txt")  # same text
    (incoming / "empty.txt").write_bytes(b"")
    (incoming / "notes.pdf").write_bytes(b"%PDF")
    before = {p: p.read_bytes() for p in incoming.iterdir()}
    assert main(["-C", str(project), "add", str(incoming), "--outlet", "가상일보", "-q"]) == 0
    err = capsys.readouterr().err
    assert "added: seeds/보스턴-기사-b.txt" in err
    assert "duplicate:" in err and "again.txt: same text as seeds/story_pair_press_release_a.txt" in err
    assert "same story: seeds/보스턴-기사-b.txt with seeds/story_pair_press_release_a.txt" in err
    assert "problem:" in err and "empty.txt" in err
    assert "add: 1 added, 1 duplicates skipped, 1 problems" in err
    assert (project / "seeds" / "보스턴-기사-b.txt").read_bytes() == before[incoming / "보스턴 기사 (B).txt"]
    assert (project / "seeds" / "보스턴-기사-b.meta.yml").read_text("utf-8") == "outlet: 가상일보\n"
    assert {p: p.read_bytes() for p in incoming.iterdir()} == before  # inputs untouched
    # Adding the same file again under its own name never overwrites: it is a duplicate.
    assert main(["-C", str(project), "add", str(incoming / "보스턴 기사 (B).txt"), "-q"]) == 0
    assert "add: 0 added, 1 duplicates skipped" in capsys.readouterr().err


def test_add_of_a_folder_takes_what_generate_would_read_there(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Not what is in hidden folders (a copy kept in .git/, a tool's .cache/), nor a Mac's
    ._ companion files, nor the pages a browser saved with a page: generate skips them in
    seeds/, and a copy under a plain name would not be skipped there."""
    project = _project(tmp_path, [])
    incoming = tmp_path / "inbox"
    for folder in ("nested", ".git", ".cache/deep", "기사_files"):
        (incoming / folder).mkdir(parents=True)
    shutil.copy(FIXTURES / "same_story_outlet_a.txt", incoming / "nested" / "wanted.txt")
    (incoming / "._wanted.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
    shutil.copy(FIXTURES / "story_topic_only.txt", incoming / ".git" / "kept.txt")
    shutil.copy(FIXTURES / "story_pair_press_release_a.txt", incoming / ".cache" / "deep" / "old.txt")
    (incoming / "기사.html").write_text("<html><body><p>기사</p></body></html>", "utf-8")
    (incoming / "기사_files" / "frame.html").write_text("<html><body>광고</body></html>", "utf-8")
    capsys.readouterr()
    main(["-C", str(project), "add", str(incoming), "-q"])
    err = capsys.readouterr().err
    assert sorted(p.name for p in (project / "seeds").iterdir()) == ["wanted.txt"]
    assert "기사.html: no article text left" in err  # read (too short to be an article), unlike its frame
    assert "kept.txt" not in err and "old.txt" not in err and "frame.html" not in err


def test_add_of_a_path_that_names_nothing_addable_is_a_bad_argument(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A typo, a glob the shell left as written, a .pdf: the others are still added, and the
    exit code (2, bad arguments) stops `briefing add … && publish` from going on as if all were in."""
    project = _project(tmp_path, ["story_pair_press_release_a.txt"])
    main(["-C", str(project), "generate", "-q"])
    capsys.readouterr()
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.7")
    paths = [tmp_path / "inbox" / "*.txt", FIXTURES / "story_pair_press_release_b.txt", tmp_path / "notes.pdf"]
    assert main(["-C", str(project), "add", *map(str, paths), "-q"]) == 2
    err = capsys.readouterr().err
    assert f"error: {paths[0]}: no such file or folder" in err
    assert f"error: {paths[2]}: not an article file (" in err
    assert "add: 1 added, 0 duplicates skipped, 2 problems" in err
    assert (project / "seeds" / "story-pair-press-release-b.txt").exists()
    assert not (project / "seeds" / "notes.pdf").exists()
    # A file that is there but is no article (empty) stays a bad input: reported, exit 0.
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["-C", str(project), "add", str(tmp_path / "empty.txt"), "-q"]) == 0
    assert "problem:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2024-13-01", "--date 2024-13-01: no such day"),
        ("2024-02-30", "--date 2024-02-30: no such day"),
        ("20240603", "--date must be YYYY-MM-DD, got '20240603'"),  # fromisoformat takes it; the sidecar would hold it so
        ("2024-W23-1", "--date must be YYYY-MM-DD, got '2024-W23-1'"),
        ("2024.06.03", "--date must be YYYY-MM-DD, got '2024.06.03'"),
    ],
)
def test_add_refuses_a_date_that_is_no_day_and_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], date: str, message: str
) -> None:
    project = _project(tmp_path, ["story_pair_press_release_a.txt"])
    before = sorted(os.listdir(project / "seeds"))
    assert main(["-C", str(project), "add", str(FIXTURES / "story_pair_press_release_b.txt"), "--date", date, "-q"]) == 2
    assert f"error: {message}" in capsys.readouterr().err
    assert sorted(os.listdir(project / "seeds")) == before


def test_add_reports_what_it_read_of_the_new_files_and_only_their_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each added file with the title, date and outlet read from it; a story two new files share,
    once; the notes on the files already there (two seeds state no date) left to the report file."""
    project = _project(tmp_path, [], seeds=True)
    main(["-C", str(project), "generate", "-q"])
    capsys.readouterr()
    new = [FIXTURES / "same_story_outlet_a.txt", FIXTURES / "same_story_outlet_b.txt", FIXTURES / "headline_missing.txt"]
    assert main(["-C", str(project), "add", *map(str, new)]) == 0
    err = capsys.readouterr().err
    assert "added: seeds/same-story-outlet-a.txt: 가상바이오협회, 보스턴 랩센트럴과 협약 (2024-03-15, 가상경제)" in err
    assert "added: seeds/headline-missing.txt: 바이오협회는 21일 보스턴 현지 기업과 공동연구 협약을 맺었다고 밝혔다. (날짜 미상, 매체 미상)" in err
    assert err.count("same story:") == 1 and "same story: seeds/same-story-outlet-a.txt, seeds/same-story-outlet-b.txt\n" in err
    assert "seeds/headline-missing.txt: the text states no publication date" in err  # a new file's note
    assert "seeds/001_7919fbaac4a69bba.txt" not in err  # an old one's


def test_add_makes_the_pages_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The corpus a new file is checked against is read without making its pages: only the
    generate after the copy makes them (a whole run before it took a third of `add` at 10,000)."""
    from generator import pipeline

    project = _project(tmp_path, ["story_pair_press_release_a.txt"])
    main(["-C", str(project), "generate", "-q"])
    emitted = []
    real_emit = pipeline.emit
    monkeypatch.setattr(pipeline, "emit", lambda *args: emitted.append(1) or real_emit(*args))
    assert main(["-C", str(project), "add", str(FIXTURES / "story_pair_press_release_b.txt"), "-q"]) == 0
    assert len(emitted) == 1
    assert main(["-C", str(project), "add", str(FIXTURES / "story_pair_press_release_b.txt"), "-q"]) == 0  # a duplicate
    assert len(emitted) == 1


def test_add_reads_each_cached_article_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The generate after the copy takes the articles `add` read to check the new file
    against, rather than loading them from the cache again (a third of an add at 10,000)."""
    from generator.cache import ArticleCache

    project = _project(tmp_path, ["story_pair_press_release_a.txt", "same_story_outlet_a.txt"])
    main(["-C", str(project), "generate", "-q"])
    read: list[str] = []
    real_read = ArticleCache._read
    monkeypatch.setattr(ArticleCache, "_read", lambda self, key: read.append(key) or real_read(self, key))
    assert main(["-C", str(project), "add", str(FIXTURES / "story_pair_press_release_b.txt"), "-q"]) == 0
    assert len(read) == len(set(read)) == len(list((project / "seeds").iterdir()))  # the new one: looked up, not there


def test_add_with_build_builds_the_site_from_its_own_generate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import pipeline

    project = _project(tmp_path, ["story_pair_press_release_a.txt"])
    assert main(["-C", str(project), "build", "--no-pdf", "-q"]) == 0
    emitted = []
    real_emit = pipeline.emit
    monkeypatch.setattr(pipeline, "emit", lambda *args: emitted.append(1) or real_emit(*args))
    capsys.readouterr()
    assert main(["-C", str(project), "add", str(FIXTURES / "story_pair_press_release_b.txt"), "--build", "--no-pdf", "-q"]) == 0
    assert len(emitted) == 1
    assert "site: built into site/" in capsys.readouterr().err
    assert (project / "site" / "articles" / "story-pair-press-release-b" / "index.html").is_file()
    # What `briefing build` would have made: it finds nothing left to do.
    assert main(["-C", str(project), "build", "--no-pdf", "-q"]) == 0
    assert "site: built into site/ (0 changed pages)" in capsys.readouterr().err
    # Nothing new to add, but an input edited meanwhile: the site still follows seeds/.
    (project / "seeds" / "story_pair_press_release_a.meta.yml").write_text("outlet: 편집자 매체\n", "utf-8")
    assert main(["-C", str(project), "add", str(FIXTURES / "story_pair_press_release_b.txt"), "--build", "--no-pdf", "-q"]) == 0
    assert "편집자 매체" in (project / "site" / "articles" / "story-pair-press-release-a" / "index.html").read_text("utf-8")


def test_add_never_overwrites_a_taken_name(tmp_path: Path) -> None:
    from generator.add import safe_name

    taken = {"a.txt", "a-2.txt", "b.meta.yml"}
    assert safe_name(Path("A.TXT"), taken) == "a-3.txt"
    assert safe_name(Path("b.html"), taken) == "b-2.html"
    assert safe_name(Path("../../x y.md"), taken) == "x-y.md"


def test_an_earlier_runs_decisions_give_the_stories_a_run_from_scratch_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With what an earlier run decided, only pairs with an article it did not have are
    compared; the stories are those of a run that compares every pair."""
    from generator import stories
    from generator.pipeline import read_corpus

    names = sorted({name for pair in PAIRS for name in pair[:2]})
    corpus = read_corpus(load(_project(tmp_path, names, seeds=True)))
    articles, registry, keys = corpus.articles, corpus.registry, corpus.keys
    assert keys is not None
    scratch, _ = stories.group_stories(articles, registry)  # every pair compared, nothing remembered
    assert len(set(scratch.values())) == 2  # the two labelled stories
    story, decided = stories.group_stories(articles, registry, keys)
    assert story == scratch
    compared: list[tuple[str, str]] = []
    real = stories._same_story
    monkeypatch.setattr(stories, "_same_story", lambda a, b, *rest: compared.append((a.id, b.id)) or real(a, b, *rest))
    new = {a.id for a in articles if a.source.endswith("_b.txt")}  # the second version of each story
    _, earlier = stories.group_stories([a for a in articles if a.id not in new], registry, keys)
    compared.clear()
    assert stories.group_stories(articles, registry, keys, earlier) == (scratch, decided)
    assert compared and all(new & {a, b} for a, b in compared)
    compared.clear()
    assert stories.group_stories(articles, registry, keys, decided) == (scratch, decided)
    assert compared == []  # nothing new: nothing compared
    assert stories.group_stories(articles, registry, keys, {"same": "damaged"}) == (scratch, decided)
