"""Dates in the text: the expression table, events, merging across outlets, quotes, inferred dates."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
import yaml

from generator.config import load
from generator.enrich.temporal import resolve
from generator.pipeline import run
from tests.conftest import FIXTURES, ROOT, copy_project

CASES = yaml.safe_load((Path(__file__).parent / "data" / "temporal_cases.yml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['date']} {c['text'][:24]}" for c in CASES])
def test_expression_table(case: dict) -> None:  # type: ignore[type-arg]
    got = [[t.text, t.value, t.precision, t.is_plan] for t in resolve(case["text"], case["date"])]
    assert got == [[w[0], str(w[1]), w[2], w[3]] for w in case["want"]]


def test_every_seed_is_in_the_table() -> None:
    assert {c.get("seed") for c in CASES} >= {"000", "001", "002", "003", "004"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("지난해 11월 방문했다.", []),  # relative: needs the article's date
        ("2014년부터 참여했다.", [["2014년부터", "2014", "year", False]]),
        ("2025년까지 거점을 만든다.", [["2025년까지", "2025", "year", True]]),
    ],
)
def test_undated_article_resolves_only_absolute_dates(text: str, want: list) -> None:  # type: ignore[type-arg]
    assert [[t.text, t.value, t.precision, t.is_plan] for t in resolve(text, None)] == want


def _project(project: Path, *names: str) -> Path:
    shutil.copy(ROOT / "entities.yml", project / "entities.yml")
    with (project / "entities.yml").open("a", encoding="utf-8") as registry:
        registry.write(
            "\n  - {id: vba, type: organisation, name: 가상바이오협회, generic_aliases: [협회]}\n"
            "  - {id: kim-gasang, type: person, name: 김가상}\n"
        )
    for name in names:
        shutil.copy(FIXTURES / name, project / "seeds" / name)
    return project


def test_same_happening_from_two_outlets_is_one_event(project: Path) -> None:
    result = run(load(_project(project, "same_story_outlet_a.txt", "same_story_outlet_b.txt")))
    from generator.happenings import merge_events
    from generator.registry import load as load_registry

    happenings = merge_events(result.articles, load_registry(project / "entities.yml"))
    signing = [h for h in happenings if h.value == "2024-03-14"]
    assert len(signing) == 1
    assert {s.article.id for s in signing[0].sources} == {"same-story-outlet-a", "same-story-outlet-b"}
    assert {"labcentral", "vba"} <= set(signing[0].entities)
    plan = [h for h in happenings if h.value == "2024-04-05"]
    assert len(plan) == 1 and plan[0].is_plan and len(plan[0].sources) == 1
    # The announcement day (15일 밝혔다) is when the news was told, not an event.
    assert not [h for h in happenings if h.value == "2024-03-15"]


def test_events_on_different_days_or_with_other_actors_stay_apart(project: Path) -> None:
    result = run(load(_project(project, "same_story_outlet_a.txt")))
    from generator.model import Event
    from generator.happenings import _same_happening

    kinds = {"vba": "organisation", "labcentral": "organisation", "boston": "place", "x": "company"}
    a = Event("2024-03-14", "day", False, "2024-03-14", "14일", "a", ("boston", "labcentral", "vba"), "a")
    assert _same_happening(a, Event("2024-03-14", "day", False, "2024-03-14", "14일", "b", ("labcentral", "vba"), "b"), kinds)
    assert not _same_happening(a, Event("2024-03-13", "day", False, "2024-03-13", "13일", "b", ("labcentral", "vba"), "b"), kinds)
    assert not _same_happening(a, Event("2024-03-14", "day", False, "2024-03-14", "14일", "b", ("boston", "x"), "b"), kinds)
    assert result.articles


def test_events_that_name_nobody_are_not_merged(project: Path) -> None:
    """Two articles' "올해" (2024) with no actor in either sentence: two happenings, not one
    reported twice (a shortcut for events with the very same actors took "none" for the same)."""
    result = run(load(_project(project, "whole_page_with_menu.txt", "mobile_page_copy.txt")))
    from generator.happenings import merge_events
    from generator.registry import load as load_registry

    this_year = [h for h in merge_events(result.articles, load_registry(project / "entities.yml")) if h.value == "2024"]
    assert sorted(s.article.id for h in this_year for s in h.sources) == ["mobile-page-copy", "whole-page-with-menu"]
    assert all(len(h.sources) == 1 for h in this_year)


def test_a_press_release_s_list_marks_do_not_open_an_event(project: Path) -> None:
    result = run(load(_project(project, "ministry_press_release.txt")))
    (event,) = [e for a in result.articles for e in a.events if e.value == "2024-06-04"]
    assert event.text.startswith("보건복지부(장관 김가상)와 한국보건산업진흥원")  # not "□ 보건복지부…"


def test_date_is_inferred_only_from_the_texts_own_evidence(project: Path) -> None:
    result = run(load(_project(project, "date_inferable.txt", "headline_missing.txt")))
    by_id = {a.id: a for a in result.articles}
    assert (by_id["date-inferable"].date, by_id["date-inferable"].date_source) == ("2021-06-25", "inferred")
    # "21일 … 밝혔다" with no year anywhere: the date stays unknown.
    assert by_id["headline-missing"].date is None
    notes = [i for i in result.issues if i.code == "date-inferred"]
    assert [i.source for i in notes] == ["seeds/date_inferable.txt"]
    page = result.files["articles/date-inferable.md"].decode("utf-8")
    assert "date_source: inferred" in page and '<span class="badge badge-inferred">추정</span>' in page


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    project = tmp_path_factory.mktemp("events")
    copy_project(project)
    return run(load(project))


def test_seed_dates_stay_unknown_without_evidence(seeded) -> None:  # type: ignore[no-untyped-def]
    undated = sorted(a.id for a in seeded.articles if a.date is None)
    assert undated == ["001-7919fbaac4a69bba", "003-1b17a908ff56e5ab"]


QUOTES = {
    ("000", "john-robert"): "워낙 많은 교수진과 스타트업이 있다 보니",
    ("000", "won-hee-mok"): "올해는 오픈 이노베이션이 역동적으로",
    ("001", "won-hee-mok"): "협회는 세계 최대 바이오클러스터로",
    ("001", "yoo-ki-jun"): "한미 양국은 지난 5월 글로벌 백신 파트너십",
    ("001", "kwon-soon-man"): "이번 협약은 세 기관이",
    ("002", "khidi"): "바이오테크 산업이 클러스터를 형성하는 이유는",
    ("002", "khidi-us"): "KHIDI 미국지사가 보스턴 이전한 것도",
    ("004", "kim-jong-sung"): "대전의 유망한 바이오기업이 보스턴에",
}


@pytest.mark.parametrize(("seed", "speaker"), sorted(QUOTES))
def test_seed_quote_attribution(seeded, seed: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    article = next(a for a in seeded.articles if a.id.startswith(seed))
    assert any(q.speaker == speaker and q.text.startswith(QUOTES[(seed, speaker)]) for q in article.quotes)


def test_quotes_without_a_named_speaker_keep_their_article(seeded) -> None:  # type: ignore[no-untyped-def]
    article = next(a for a in seeded.articles if a.id.startswith("004"))
    unattributed = [q for q in article.quotes if q.speaker is None]
    assert any(q.text.startswith("많은 것을 보고 느끼고") for q in unattributed)
    assert all(q.article == article.id for q in article.quotes)
    # Nobody is credited with words in a report they only co-wrote (보고서(미국지사 양하경, 박순만)).
    assert not [q for a in seeded.articles for q in a.quotes if q.speaker in ("park-soon-man", "yang-ha-kyung")]


def test_a_speakers_own_dates_are_not_events(seeded) -> None:  # type: ignore[no-untyped-def]
    article = next(a for a in seeded.articles if a.id.startswith("004"))
    assert [e.value for e in article.events] == ["2019-04-17", "2019-04-15"]


def test_data_export(seeded) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(seeded.files["data/briefing.json"])
    assert set(data) == {"articles", "entities", "events", "quotes"}
    assert len(data["articles"]) == 5 and len(data["entities"]) >= 80
    event = next(e for e in data["events"] if e["date"] == "2019-04-17")
    assert set(event) == {"date", "precision", "is_plan", "text", "entities", "sources"}
    assert event["sources"] == ["004-c190484ef61c86e9"] and "heo-tae-jeong" in event["entities"]
    quote = next(q for q in data["quotes"] if q["speaker"] == "yoo-ki-jun")
    assert set(quote) == {"speaker", "text", "article"} and quote["article"] == "001-7919fbaac4a69bba"
    assert any(e["is_plan"] and e["date"] == "2025" for e in data["events"])
    dates = [dt.date.fromisoformat(a["date"]) for a in data["articles"] if "date" in a]
    assert dates == sorted(dates, reverse=True)


def test_timeline_pages(seeded) -> None:  # type: ignore[no-untyped-def]
    files = {k: v.decode("utf-8") for k, v in seeded.files.items() if k.endswith(".md")}
    index = files["timeline/index.md"]
    assert index.index("## 2025년") < index.index("## 2019년") < index.index("## 2014년")
    assert "### 2019년 4월" in index and "## 앞으로의 계획·목표" in index
    year = files["timeline/2019.md"].split("</div>", 1)[1]
    assert "2019년 4월 17일" in year and "**2014년**" not in year and "**2020년 1월 21일**" not in year
    assert "2025년까지" in files["timeline/plans.md"]
    assert "## 원희목" in files["quotes.md"] and "## 발언자 미상" in files["quotes.md"]
    assert "## 타임라인" in files["entities/heo-tae-jeong.md"] and "## 발언" in files["entities/yoo-ki-jun.md"]
