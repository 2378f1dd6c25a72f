from __future__ import annotations

import pytest

from generator.errors import ConfigError
from generator.hangul import initial, sort_key
from generator.registry import load, parse
from tests.conftest import ROOT


def test_the_registry_loads_and_covers_the_seeds() -> None:
    registry = load(ROOT / "entities.yml")
    assert len(registry.entities) >= 80
    kinds = {e.type for e in registry.entities}
    assert {"organisation", "government", "university", "hospital", "company", "person", "place", "programme"} <= kinds


@pytest.mark.parametrize(
    ("entity", "spellings"),
    [
        ("boston", {"보스턴", "보스톤"}),
        ("cic", {"캠브리지 이노베이션센터", "케임브리지 이노베이션센터"}),
        ("labcentral", {"랩센트럴", "렙센트럴", "랩샌트럴"}),
        ("mit", {"메사추세츠공대", "매사추세츠공대"}),
        ("kasbp", {"KASBP", "KSABP"}),
        ("nebs", {"뉴잉글랜드생명과학자협회", "뉴잉글랜드생명과학협회"}),
    ],
)
def test_variant_spellings_from_the_seeds_are_aliases(entity: str, spellings: set[str]) -> None:
    assert spellings <= set(load(ROOT / "entities.yml").by_id()[entity].names)


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ConfigError) as caught:
        parse(
            """
entities:
  - {id: Bad Id, type: company, name: 가}
  - {id: x, type: spaceship, name: 나}
  - {id: y, type: company, name: 다, krx: 1234}
  - {id: y, type: person, name: 라, links: [{to: nobody, role: 회장}], colour: red}
"""
        )
    message = str(caught.value)
    for part in ["'id' must be lower-case", "'type' must be one of", "'krx' must be a six-digit", "unknown key 'colour'"]:
        assert part in message
    assert "has 4 problem(s)" in message


def test_a_missing_registry_is_an_empty_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert load(tmp_path / "entities.yml").entities == ()


def test_korean_order_and_index_headings() -> None:
    names = ["한미약품", "LG화학", "가나가와현", "뉴잉글랜드", "까치", "다케다제약", "3M"]
    assert sorted(names, key=sort_key) == ["가나가와현", "까치", "뉴잉글랜드", "다케다제약", "한미약품", "LG화학", "3M"]
    assert [initial(n) for n in ["까치", "한미약품", "LG화학", "3M"]] == ["ㄱ", "ㅎ", "A–Z", "기타"]


def test_outlets_under_several_names() -> None:
    registry = parse(
        """
entities: []
outlets:
  - {name: 서울경제, aliases: [서울경제신문, 서울경제TV]}
  - {name: 뉴스1, aliases: [News1]}
"""
    )
    assert registry.outlet("서울경제신문") == "서울경제"
    assert registry.outlet("서울 경제") == "서울경제"  # spacing and case do not count
    assert registry.outlet("NEWS1") == "뉴스1"
    assert registry.outlet("연합뉴스") == "연합뉴스"  # not listed: as written
    assert registry.outlet(None) is None


def test_an_outlet_name_given_to_two_outlets_is_a_problem() -> None:
    with pytest.raises(ConfigError) as caught:
        parse(
            """
entities: []
outlets:
  - {name: 서울경제, aliases: [서경]}
  - {name: 서울경제TV, aliases: [서경]}
  - {name: 한국경제, aliases: 한경}
  - [이상한 항목]
"""
        )
    message = str(caught.value)
    assert "'서경' is already a name of 서울경제" in message
    assert "outlet 3: must be a mapping with 'name' (text) and 'aliases' (a list of text)" in message
    assert "outlet 4:" in message
