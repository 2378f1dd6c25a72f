"""Stock codes and roles in the forms outlets write them."""

from __future__ import annotations

from dataclasses import replace

from generator.enrich.entities import find_entities, Matcher
from generator.enrich.facts import find_facts
from generator.model import Article
from generator.registry import parse

REGISTRY = parse(
    """
entities:
  - {id: hanmi, type: company, name: 한미약품, krx: "128940"}
  - {id: yuhan, type: company, name: 유한양행}
  - {id: kpbma, type: organisation, name: 한국제약바이오협회, aliases: [제약바이오협회]}
  - {id: genosco, type: company, name: 제노스코}
  - {id: won, type: person, name: 원희목}
  - {id: ko, type: person, name: 고종성}
  - {id: mss, type: government, name: 중소벤처기업부}
  - {id: lee, type: person, name: 이영}
"""
)

BASE = Article(
    id="x", source="seeds/x.txt", source_sha256="0", title="제목", title_source="headline", subtitles=(),
    date=None, date_source=None, time=None, outlet=None, reporters=(), section=None, captions=(), body=(),
)


def facts(*body: str) -> Article:
    return find_facts(find_entities(replace(BASE, body=body), Matcher(REGISTRY)), REGISTRY)


def test_stock_codes_in_round_and_square_brackets() -> None:
    article = facts("한미약품(128940)과 유한양행[000100], 미등록제약(123456)이 입주했다.")
    assert {(s.entity, s.name, s.code) for s in article.stock_codes} == {
        ("hanmi", "한미약품", "128940"), ("yuhan", "유한양행", "000100"), (None, "미등록제약", "123456"),
    }


def test_stock_codes_with_the_market_beside_them() -> None:
    article = facts(
        "한미약품(128940.KS)과 유한양행(코스피 000100), 미등록제약(123456·코스닥), 신규제약(KRX:654321)이 입주했다. "
        "매출(123456억원)은 늘었다."
    )
    assert {(s.entity, s.name, s.code) for s in article.stock_codes} == {
        ("hanmi", "한미약품", "128940"), ("yuhan", "유한양행", "000100"),
        (None, "미등록제약", "123456"), (None, "신규제약", "654321"),
    }


def roles(*body: str) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.title, r.org, r.phrase) for r in facts(*body).roles}


def test_name_then_title() -> None:
    assert roles("원희목 회장은 말했다.") == {("won", "회장", None, "회장")}


def test_name_organisation_title() -> None:
    assert roles("원희목 한국제약바이오협회 회장은 말했다.") == {("won", "회장", "kpbma", "한국제약바이오협회 회장")}
    assert roles("이영 중소벤처기업부 장관도 방문했다.") == {("lee", "장관", "mss", "중소벤처기업부 장관")}


def test_title_glued_to_the_organisation() -> None:
    assert roles("원희목 제약바이오협회장은 말했다.") == {("won", "회장", "kpbma", "제약바이오협회장")}


def test_organisation_then_title_and_name_in_brackets() -> None:
    assert roles("제노스코(대표 고종성)와 협력했다.") == {("ko", "대표", "genosco", "제노스코 대표")}


def test_a_title_without_organisation_is_dropped_once_the_organisation_is_known() -> None:
    assert roles("원희목 한국제약바이오협회 회장은 말했다.", "원희목 회장은 또 말했다.") == {
        ("won", "회장", "kpbma", "한국제약바이오협회 회장")
    }


def test_no_role_when_no_title_follows() -> None:
    assert roles("원희목은 보스턴을 방문했다.", "원희목 씨가 온 날, 회장단이 모였다.") == set()
