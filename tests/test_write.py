"""content/ is written whole or not at all, deterministically, and never over a hand-written page."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import jsontext, write
from generator.__main__ import main
from generator.errors import GeneratorError
from tests.conftest import SEEDS


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def seeded(project: Path) -> Path:
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, project / "seeds" / path.name)
    return project


def test_two_runs_are_byte_identical(seeded: Path, tmp_path: Path) -> None:
    assert main(["-C", str(seeded), "generate", "-q"]) == 0
    first = _tree(seeded / "content")
    other = tmp_path / "other"
    shutil.copytree(seeded, other, ignore=shutil.ignore_patterns("content", "build"))
    assert main(["-C", str(other), "generate", "-q"]) == 0
    assert _tree(other / "content") == first
    assert main(["-C", str(seeded), "generate", "-q"]) == 0
    assert _tree(seeded / "content") == first


def test_check_names_out_of_date_files(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-C", str(seeded), "generate", "--check", "-q"]) == 1
    main(["-C", str(seeded), "generate", "-q"])
    assert main(["-C", str(seeded), "generate", "--check", "-q"]) == 0
    page = seeded / "content/articles/002-67abb6c4b3a5d6e3.md"
    page.write_text(page.read_text("utf-8") + "edited\n", "utf-8")
    capsys.readouterr()
    assert main(["-C", str(seeded), "generate", "--check", "-q"]) == 1
    assert "out of date: content/articles/002-67abb6c4b3a5d6e3.md" in capsys.readouterr().err
    assert main(["-C", str(seeded), "check", "-q"]) == 1
    assert page.read_text("utf-8").endswith("edited\n")  # check writes nothing


def test_removed_input_removes_only_its_generated_page(seeded: Path) -> None:
    hand = seeded / "content" / "about.md"
    hand.parent.mkdir(parents=True, exist_ok=True)
    hand.write_text("# 손으로 쓴 페이지\n", "utf-8")
    main(["-C", str(seeded), "generate", "-q"])
    (seeded / "seeds" / "004_c190484ef61c86e9.txt").unlink()
    main(["-C", str(seeded), "generate", "-q"])
    assert not (seeded / "content/articles/004-c190484ef61c86e9.md").exists()
    assert not (seeded / "content/archive/2019-04.md").exists()
    assert hand.read_text("utf-8") == "# 손으로 쓴 페이지\n"


def test_hand_written_page_in_the_way_is_kept_and_reported(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = seeded / "content" / "index.md"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("# 내 홈\n", "utf-8")
    assert main(["-C", str(seeded), "generate", "-q"]) == 1
    assert mine.read_text("utf-8") == "# 내 홈\n"
    assert "content/index.md was written by hand" in capsys.readouterr().err
    assert (seeded / "content/articles/000-c34bfae6e99c667b.md").exists()


def test_interrupted_before_commit_leaves_content_as_it_was(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main(["-C", str(seeded), "generate", "-q"])
    before = _tree(seeded / "content")
    (seeded / "seeds" / "004_c190484ef61c86e9.txt").unlink()
    shutil.copy(SEEDS / "000_c34bfae6e99c667b.txt", seeded / "seeds" / "new.txt")

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(write.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        main(["-C", str(seeded), "generate", "-q"])
    assert _tree(seeded / "content") == before


def test_interrupted_while_moving_is_finished_by_the_next_run(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main(["-C", str(seeded), "generate", "-q"])
    (seeded / "seeds" / "004_c190484ef61c86e9.txt").unlink()
    shutil.copy(SEEDS / "000_c34bfae6e99c667b.txt", seeded / "seeds" / "new.txt")
    real_replace = write.os.replace
    moved = []

    def crash_after_journal(src: object, dst: object) -> None:
        real_replace(src, dst)
        if str(dst).endswith("journal.json") or "/content/" in str(dst):  # not the caches
            moved.append(dst)
        if len(moved) == 3:  # journal committed, then two files moved
            raise KeyboardInterrupt

    monkeypatch.setattr(write.os, "replace", crash_after_journal)
    with pytest.raises(KeyboardInterrupt):
        main(["-C", str(seeded), "generate", "-q"])
    monkeypatch.setattr(write.os, "replace", real_replace)
    assert (seeded / "build" / "journal.json").exists()
    # The next run of any kind finishes the committed change first.
    assert main(["-C", str(seeded), "generate", "--check", "-q"]) == 0
    assert not (seeded / "build" / "journal.json").exists()
    assert (seeded / "content/articles/new.md").exists()
    assert not (seeded / "content/articles/004-c190484ef61c86e9.md").exists()


def test_a_second_run_at_once_is_refused_clearly(seeded: Path) -> None:
    with write.locked(seeded / "build"):
        with pytest.raises(GeneratorError, match="another briefing run"):
            with write.locked(seeded / "build"):
                pass
        assert main(["-C", str(seeded), "generate", "-q"]) == 2
    assert main(["-C", str(seeded), "generate", "-q"]) == 0


def test_not_a_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-C", str(tmp_path), "generate"]) == 2
    assert "is not a briefing project: missing seeds, site_templates, mkdocs.yml" in capsys.readouterr().err


def test_output_is_the_same_whatever_the_number_of_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import pipeline
    from generator.pipeline import PARALLEL_MIN

    monkeypatch.setattr(pipeline, "RENDER_PARALLEL_MIN", PARALLEL_MIN)  # pages are rendered by the pool too
    monkeypatch.setattr(pipeline, "SPLIT_MIN", PARALLEL_MIN)  # and made in two processes
    groups_here = []
    real_group_files = pipeline._group_files
    monkeypatch.setattr(pipeline, "_group_files", lambda *args: groups_here.append(1) or real_group_files(*args))
    trees = []
    for workers in ("1", "2"):
        project = tmp_path / f"w{workers}"
        shutil.copytree(SEEDS.parent / "site_templates", project / "site_templates")
        shutil.copy(SEEDS.parent / "mkdocs.yml", project / "mkdocs.yml")
        shutil.copy(SEEDS.parent / "entities.yml", project / "entities.yml")
        (project / "seeds").mkdir()
        seeds = sorted(SEEDS.glob("*.txt"))
        for n in range(PARALLEL_MIN + 6):  # enough inputs for the process pool to start
            shutil.copy(seeds[n % len(seeds)], project / "seeds" / f"{n:03d}_{seeds[n % len(seeds)].name}")
        assert main(["-C", str(project), "-j", workers, "generate", "-q"]) == 0
        trees.append(_tree(project / "content"))
    assert trees[0] == trees[1] and len(trees[0]) > PARALLEL_MIN
    assert len(groups_here) == 2 + 1  # with two workers, the second group of pages was made in another process


def test_cached_results_give_the_same_content_and_follow_changes(seeded: Path) -> None:
    assert main(["-C", str(seeded), "generate", "-q"]) == 0
    cold = _tree(seeded / "content")
    cached = list((seeded / "build" / "cache").rglob("*.pickle"))
    assert len(cached) == 5
    assert main(["-C", str(seeded), "generate", "--check", "-q"]) == 0  # served from the cache
    cached[0].write_bytes(b"not a pickle")  # a damaged entry is recomputed, not trusted
    (seeded / "seeds" / "001_7919fbaac4a69bba.meta.yml").write_text("date: 2021-06-25\n", "utf-8")
    assert main(["-C", str(seeded), "generate", "--check", "-q"]) == 1  # writes nothing, removes nothing
    assert set((seeded / "build" / "cache").rglob("*.pickle")) == set(cached)
    assert main(["-C", str(seeded), "generate", "-q"]) == 0
    page = (seeded / "content/articles/001-7919fbaac4a69bba.md").read_text("utf-8")
    assert "date: '2021-06-25'" in page and "date_source: override" in page
    # The entry made before the sidecar is left behind by no one: removed, not kept forever.
    now = set((seeded / "build" / "cache").rglob("*.pickle"))
    assert len(now) == 5 and len(now - set(cached)) == 1
    (seeded / "seeds" / "001_7919fbaac4a69bba.meta.yml").unlink()
    assert main(["-C", str(seeded), "generate", "-q"]) == 0
    assert _tree(seeded / "content") == cold


@pytest.mark.parametrize(
    "edit, where",
    [
        # A value the template no longer gets in the shape it expects (as after an upgrade).
        (("{{ total | count }}건", "{{ total | length }}건"), "site_templates/listing.md.j2, line 4: object of type 'int' has no len()"),
        # A syntax slip.
        (("{% if note %}", "{% if note %"), "site_templates/listing.md.j2, line 4: "),
    ],
)
def test_a_broken_template_is_named_with_its_line_and_content_is_kept(
    seeded: Path, capsys: pytest.CaptureFixture[str], edit: tuple[str, str], where: str
) -> None:
    before = _tree(seeded / "content")
    template = seeded / "site_templates" / "listing.md.j2"
    text = template.read_text("utf-8")
    assert edit[0] in text
    template.write_text(text.replace(edit[0], edit[1]), "utf-8")
    capsys.readouterr()
    assert main(["-C", str(seeded), "generate", "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {where}") and "Traceback" not in err, err
    assert "while rendering archive/" in err
    assert _tree(seeded / "content") == before


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.text(),  # the files hold no larger counts
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.text(), JSON_VALUES, max_size=5))
def test_json_files_read_back_as_written(data: dict) -> None:  # type: ignore[type-arg]
    assert json.loads(jsontext.dumps(data)) == data


RECORDS = st.lists(st.dictionaries(st.sampled_from(["id", "text", "items", "x"]), JSON_VALUES, max_size=4), max_size=5)


@given(RECORDS, RECORDS)
def test_a_list_of_records_is_one_record_a_line_whatever_they_hold(records: list, more: list) -> None:  # type: ignore[type-arg]
    """Records written in one piece and cut at their ends (jsontext._items) come out as if each
    were written on its own: with text such as '},{"' in them, lists of records inside them,
    empty ones."""
    tricky = [{"text": '},{"id": 1}, {"x": "},{"}'}, {"items": [{"id": 1}, {"id": 2}]}, {}]
    for values in (records, records + more, records + tricky, tricky + records):
        one_by_one = b",\n  ".join(orjson.dumps(v, option=orjson.OPT_SORT_KEYS) for v in values)
        written = jsontext.dumps({"records": values})
        assert written == (b'{\n "records": [\n  ' + one_by_one + b"\n ]\n}\n" if values else b'{\n "records": []\n}\n')


def test_json_files_hold_one_record_a_line() -> None:
    records = [{"id": "b", "entities": ["x", "y"], "title": "한 줄"}, {"id": "a", "entities": []}]
    lines = jsontext.dumps({"quotes": [], "articles": records, "count": 2}).decode().splitlines()
    assert lines == [
        "{",
        ' "articles": [',
        '  {"entities":["x","y"],"id":"b","title":"한 줄"},',
        '  {"entities":[],"id":"a"}',
        " ],",
        ' "count": 2,',
        ' "quotes": []',
        "}",
    ]
