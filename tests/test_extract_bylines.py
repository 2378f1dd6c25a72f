"""Reporter and outlet forms: bylines, datelines, sign-offs and copyright lines."""

from __future__ import annotations

import pytest

from generator.extract.bylines import (
    Byline,
    outlet_from_copyright,
    strip_dateline,
    strip_signoff,
    take_byline_line,
    take_footer_line,
)

BYLINE_LINES = [
    ("문윤희 기자", ["문윤희"], None),
    ("• 문윤희 기자", ["문윤희"], None),
    ("[신아일보] 대전/정태경 기자", ["정태경"], "신아일보"),
    ("[메디파나뉴스 = 박철민 기자]", ["박철민"], "메디파나뉴스"),
    ("안경진 기자 ahn@sedaily.com", ["안경진"], None),
    ("홍길동 선임기자", ["홍길동"], None),
    ("워싱턴=김철수 특파원", ["김철수"], None),
    ("글·사진 이영희 기자", ["이영희"], None),
    ("taegyeong3975@shinailbo.co.kr", [], None),
]


@pytest.mark.parametrize(("line", "names", "outlet"), BYLINE_LINES)
def test_byline_lines(line: str, names: list[str], outlet: str | None) -> None:
    byline = Byline()
    assert take_byline_line(line, byline)
    assert byline.reporters == names
    if outlet:
        assert byline.outlet == outlet


NOT_BYLINES = [
    "이날 기자회견에서 원 회장은 협력 방안을 설명했다.",
    "허태정 대전 시장은 17일 보스턴을 방문했다.",
    "기자들의 질문이 이어지자 그는 답을 피했다며 자리를 떠났고 행사는 예정보다 일찍 끝났다.",
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_prose_is_not_a_byline(line: str) -> None:
    byline = Byline()
    assert not take_byline_line(line, byline)
    assert byline.reporters == []


def test_wire_dateline_is_stripped_from_the_lead() -> None:
    byline = Byline()
    lead = strip_dateline("(서울=연합뉴스) 김잔디 기자 = 한국보건산업진흥원은 18일 보고서를 냈다.", byline)
    assert lead == "한국보건산업진흥원은 18일 보고서를 냈다."
    assert byline.reporters == ["김잔디"] and byline.outlet == "연합뉴스"


def test_wire_dateline_with_two_reporters() -> None:
    byline = Byline()
    strip_dateline("(보스턴=뉴시스) 김잔디 이주원 기자 = 본문이다.", byline)
    assert byline.reporters == ["김잔디", "이주원"] and byline.outlet == "뉴시스"


def test_trailing_signoff_is_stripped_from_the_last_paragraph() -> None:
    byline = Byline()
    text = strip_signoff("협력을 확대하겠다고 말했다. /이주원기자 juwon@example.co.kr", byline)
    assert text == "협력을 확대하겠다고 말했다."
    assert byline.reporters == ["이주원"]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("<저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지>", "서울경제"),
        ("Copyright © 서울경제. 무단전재 및 재배포 금지.", "서울경제"),
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "연합뉴스"),
        ("ⓒ 서울경제", "서울경제"),
        ("저작권자 © 메디칼업저버 무단전재 및 재배포 금지", "메디칼업저버"),
        ("Copyright ⓒ 2024 약업신문 All rights reserved.", "약업신문"),
        ("[ⓒ 한국경제, 무단전재 및 재배포 금지]", "한국경제"),
        ("무단전재 및 재배포 금지", None),
    ],
)
def test_outlet_from_copyright(line: str, outlet: str | None) -> None:
    assert outlet_from_copyright(line) == outlet


def test_footer_with_glued_bylines_and_copyright() -> None:
    byline = Byline()
    take_footer_line(
        "김윤수 기자 sookim@example.com이덕연 기자 gravity@example.comCopyright © 서울경제. 무단전재 및 재배포 금지.",
        byline,
    )
    assert byline.reporters == ["김윤수", "이덕연"]
    assert byline.outlet == "서울경제"
