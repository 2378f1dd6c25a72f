"""Entity matching: Korean particles, whole words only, generic aliases, and quality on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.enrich.entities import Matcher
from generator.registry import load, parse
from tests.conftest import ROOT, copy_project

REGISTRY = load(ROOT / "entities.yml")

SMALL = parse(
    """
entities:
  - {id: lee-young, type: person, name: 이영}
  - {id: daejeon, type: place, name: 대전}
  - {id: mit, type: university, name: 매사추세츠공과대학교, aliases: [MIT]}
  - {id: boston, type: place, name: 보스턴, aliases: [보스톤]}
  - {id: kpbma, type: organisation, name: 한국제약바이오협회, generic_aliases: [협회]}
  - {id: kabic, type: organisation, name: 재미한인바이오산업협회, aliases: [KABIC], generic_aliases: [협회]}
  - {id: khidi, type: government, name: 한국보건산업진흥원, generic_aliases: [진흥원]}
"""
)


def ids(text: str, registry=SMALL) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.entity for m in Matcher(registry).find([("body", 0, text)])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("보스턴에서는 행사가 열렸다.", ["boston"]),
        ("보스턴은 크다.", ["boston"]),
        ("보스턴의 기업과 대전까지", ["boston", "daejeon"]),
        ("보스톤으로 가자", ["boston"]),
        ("MIT와 MIT의 MIT에서 (MIT)", ["mit", "mit", "mit", "mit"]),
        ("이영 장관도 이영이 말했다", ["lee-young", "lee-young"]),
        ("보스턴지역으로 대전-보스턴간", ["boston", "daejeon", "boston"]),
        ("한국제약바이오협회장은", ["kpbma"]),
    ],
)
def test_a_name_followed_by_particles_is_a_mention(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    "text",
    ["이영자 씨가 왔다.", "대전략을 세웠다.", "SMITH and SMITHS", "MITx 강좌", "주보스턴 총영사", "대전기업의 성장"],
)
def test_a_name_inside_a_longer_word_is_not(text: str) -> None:
    assert ids(text) == []


def test_generic_alias_only_after_the_full_name() -> None:
    assert ids("협회는 밝혔다. 진흥원도 말했다.") == []
    assert ids("한국제약바이오협회는 밝혔다. 협회는 또") == ["kpbma", "kpbma"]


def test_generic_alias_goes_to_the_entity_named_last() -> None:
    text = "한국제약바이오협회와 재미한인바이오산업협회(KABIC)가 만났다. 협회는 이어서"
    assert ids(text) == ["kpbma", "kabic", "kabic", "kabic"]


def test_longest_name_wins_over_names_inside_it() -> None:
    assert ids("재미한인바이오산업협회") == ["kabic"]


SEED_ENTITIES = {
    "000": "bangbae-dong boston boston-biocluster cic japan john-robert kendall-square korea kpbma mit "
    "mit-cancer-institute mit-ilp pharma-hall seoul startup-exchange takeda usa won-hee-mok",
    "001": "boston boston-biocluster c-and-d-incubation cic consulate-boston covid-19 daewoong gc-green-cross "
    "global-vaccine-partnership hanmi ildong jw-pharmaceutical k-blockbuster kasbp khidi korea kpbma ksea "
    "kwon-soon-man lg-chem nebs organoid-sciences pharmcadd samil samyang-holdings usa welt won-hee-mok "
    "yoo-ki-jun yuhan",
    "002": "boston boston-biocluster fda health-industry-brief kabic kasbp khidi khidi-us korea nebs new-england "
    "park-soon-man usa yang-ha-kyung",
    "003": "boston dongdaemun-gu france fujimoto-toshio hongneung-special-zone japan kanagawa kbic kist labcentral "
    "lee-jong-ho lee-young medicen mit msit mss seoul shonan-ipark takeda usa yoon-suk-yeol",
    "004": "biogen biohealthcare-association biolabs boston boston-biocluster chungnam-university city-of-boston "
    "daedeok-innopolis daejeon daejeon-city daejeon-technopark genosco harvard harvard-medical-hospitals "
    "heo-tae-jeong isbb jean-jacques-yarmoff kabic kaist kim-jong-sung ko-jong-sung labcentral maeng-pil-jae "
    "martin-walsh mgh mit mit-open-learning park-young-woo sanjay-sarma sindong-dungok usa y-biologics",
}


@pytest.fixture(scope="module")
def enriched(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from generator.config import load as load_config
    from generator.pipeline import run

    project = tmp_path_factory.mktemp("enriched")
    copy_project(project)
    result = run(load_config(project))
    return {a.id[:3]: a for a in result.articles}, result


@pytest.mark.parametrize("seed", sorted(SEED_ENTITIES))
def test_seed_entities_are_exactly_the_annotated_ones(enriched, seed: str) -> None:  # type: ignore[no-untyped-def]
    articles, _ = enriched
    assert list(articles[seed].entities) == SEED_ENTITIES[seed].split()


@pytest.mark.parametrize("seed", sorted(SEED_ENTITIES))
def test_every_name_in_a_seed_is_found_unless_inside_a_longer_name(enriched, seed: str) -> None:  # type: ignore[no-untyped-def]
    """Each registry name that occurs in the text is either a mention or part of a longer mention."""
    articles, _ = enriched
    article = articles[seed]
    for index, text in enumerate(article.body):
        spans = [(m.start, m.end) for m in article.mentions if m.field == "body" and m.index == index]
        for entity in REGISTRY.entities:
            for name in entity.names:
                start = text.find(name)
                while start != -1:
                    covered = any(s <= start and start + len(name) <= e for s, e in spans)
                    glued = start > 0 and ("가" <= text[start - 1] <= "힣" or text[start - 1].isalnum())
                    assert covered or glued or not name[-1].isalnum() or _inside_word(text, start + len(name)), (
                        entity.id, name, text[max(0, start - 10) : start + len(name) + 10]
                    )
                    start = text.find(name, start + 1)


def _inside_word(text: str, end: int) -> bool:
    # The name runs on into a longer word (한국진출, 대전기업): not a mention by design.
    return end < len(text) and "가" <= text[end] <= "힣"


def test_article_page_links_each_entity_once_at_its_first_full_mention(enriched, project: Path) -> None:  # type: ignore[no-untyped-def]
    from generator.emit.articles import linked_body

    articles, _ = enriched
    body = "\n".join(linked_body(articles["000"], REGISTRY.by_id()))
    for entity_id in articles["000"].entities:
        in_body = any(m.entity == entity_id and m.field == "body" for m in articles["000"].mentions)
        assert body.count(f"](../entities/{entity_id}.md ") == (1 if in_body else 0), entity_id
    # 협회 comes first in the lead quote, but the link sits on the full name.
    assert "[한국제약바이오협회](../entities/kpbma.md " in body
    assert "[협회](../entities/kpbma.md" not in body


def test_seed_roles(enriched) -> None:  # type: ignore[no-untyped-def]
    articles, _ = enriched
    found = {(r.person, r.title, r.org) for a in articles.values() for r in a.roles}
    for expected in [
        ("won-hee-mok", "회장", "kpbma"),
        ("yoo-ki-jun", "총영사", "consulate-boston"),
        ("kwon-soon-man", "원장", "khidi"),
        ("ko-jong-sung", "대표", "genosco"),
        ("heo-tae-jeong", "시장", "daejeon"),
        ("lee-jong-ho", "장관", "msit"),
        ("lee-young", "장관", "mss"),
        ("kim-jong-sung", "회장", "kabic"),
        ("maeng-pil-jae", "회장", "biohealthcare-association"),
        ("park-young-woo", "대표", "y-biologics"),
        ("sanjay-sarma", "부총장", "mit"),
        ("john-robert", "이사", "mit"),
        ("fujimoto-toshio", "대표", "shonan-ipark"),
        ("yoon-suk-yeol", "대통령", None),
    ]:
        assert expected in found
    people = {r.person for a in articles.values() for r in a.roles}
    kinds = {e.id: e.type for e in REGISTRY.entities}
    assert all(kinds[p] == "person" for p in people)


def test_seed_stock_codes_match_the_registry(enriched) -> None:  # type: ignore[no-untyped-def]
    articles, result = enriched
    codes = {(s.entity, s.code) for s in articles["001"].stock_codes}
    assert codes == {
        ("lg-chem", "051910"), ("gc-green-cross", "006280"), ("samyang-holdings", "000070"), ("yuhan", "000100"),
        ("hanmi", "128940"), ("jw-pharmaceutical", "001060"), ("ildong", "249420"), ("samil", "000520"),
    }
    assert not [i for i in result.issues if i.code == "stock-code-differs"]


def test_the_registry_links_an_english_text_s_cambridge_and_keeps_the_centre_apart() -> None:
    """An English edition says "Cambridge", not the registry's full "Cambridge, Massachusetts"."""
    text = "The association will open an office in Cambridge, near the Cambridge Innovation Center."
    assert ids(text, REGISTRY) == ["cambridge", "cic"]
