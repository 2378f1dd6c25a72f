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
    ("워싱턴=김철수 특파원", ["김철수"], None),  # a city before the "=", not an outlet
    ("대전=정태경 기자", ["정태경"], None),
    ("글·사진 이영희 기자", ["이영희"], None),
    ("taegyeong3975@shinailbo.co.kr", [], None),
    ("[머니투데이 홍길동 기자]", ["홍길동"], "머니투데이"),
    ("[데일리팜=홍길동 기자]", ["홍길동"], "데일리팜"),
    ("[더팩트ㅣ홍길동 기자]", ["홍길동"], "더팩트"),
    ("[아시아경제 뉴욕=홍길동 특파원]", ["홍길동"], "아시아경제"),
    ("[뉴욕 = 홍길동 특파원]", ["홍길동"], None),  # a city, as "워싱턴=김철수 특파원"
    ("홍길동·김철수 기자", ["홍길동", "김철수"], None),
    ("홍길동, 김철수 기자", ["홍길동", "김철수"], None),
    ("홍길동 기자(hong@example.com)", ["홍길동"], None),
    ("홍길동 기자 | 입력 2023.05.12 10:04", ["홍길동"], None),  # the stamp is pubdate.py's
    ("글 홍길동 기자 / 사진 김철수 기자", ["홍길동", "김철수"], None),
    ("홍길동 의학전문기자", ["홍길동"], None),  # not "의학전문"
    ("[헬스조선 홍길동 기자]", ["홍길동"], "헬스조선"),
    ("메디파나뉴스 = 박철민 기자", ["박철민"], "메디파나뉴스"),
    ("데일리팜=홍길동 기자", ["홍길동"], "데일리팜"),
    ("헬스코리아뉴스 / 홍길동 기자", ["홍길동"], "헬스코리아뉴스"),  # named as outlets are; "대전/정태경" is a region
    ("의학신문·일간보사 홍길동 기자", ["홍길동"], "의학신문·일간보사"),  # an outlet's two titles
    ("홍길동 기자 (메디게이트뉴스)", ["홍길동"], "메디게이트뉴스"),
    ("홍길동 기자 (보스턴)", ["홍길동"], None),  # a place in brackets names no outlet
    ("약업신문 홍길동 기자 hong@example.com", ["홍길동"], "약업신문"),
    ("바이오스펙테이터 홍길동 기자", ["홍길동"], None),  # not named as outlets are: the notice will say
    ("홍길동 대기자", ["홍길동"], None),
    ("홍길동 논설위원", ["홍길동"], None),
    ("홍길동 편집위원 hong@example.com", ["홍길동"], None),
    ("홍길동 기자 / 사진=김철수 기자", ["홍길동"], None),  # the photographer is no reporter of the text
    ("글·사진=홍길동 기자", ["홍길동"], None),  # who wrote it and took the photos
    ("By Hong Gil-dong", ["Hong Gil-dong"], None),  # English editions
    ("By Hong Gil-dong (gildong@example.com)", ["Hong Gil-dong"], None),
    ("By Kim Chul-soo and Lee Young-hee", ["Kim Chul-soo", "Lee Young-hee"], None),
    ("BY HONG GIL-DONG [hong.gildong@example.com]", ["Hong Gil-dong"], None),  # in capitals, as written
    ("BY KIM CHUL-SOO AND LEE YOUNG-HEE", ["Kim Chul-soo", "Lee Young-hee"], None),
    ("Hong Gil-dong (gildong@example.com)", ["Hong Gil-dong"], None),  # an English edition's sign-off
    ("Hong Gil-dong | Published 2024.06.03 14:20", ["Hong Gil-dong"], None),  # beside the stamp: it was a deck line
    # the outlet between the name and 기자: it was read as the reporter ("헬스조선"), or nothing was read
    ("홍길동 헬스조선 기자", ["홍길동"], "헬스조선"),
    ("홍길동 메디게이트뉴스 기자", ["홍길동"], "메디게이트뉴스"),
    ("홍길동 KBR 기자", ["홍길동"], "KBR"),
    ("홍길동 수석 기자", ["홍길동"], None),  # a title there, not an outlet
    # the correspondent's city before 특파원: it was read as the reporter
    ("홍길동 워싱턴 특파원", ["홍길동"], None),
    ("홍길동 보스턴 통신원", ["홍길동"], None),
    ("홍길동 전문위원", ["홍길동"], None),
    ("(홍길동 기자)", ["홍길동"], None),  # in brackets, as some papers print it under the text
    ("<홍길동 기자>", ["홍길동"], None),
    # the buttons a page prints beside the byline
    ("홍길동 기자 ▶기자 구독", ["홍길동"], None),
    ("홍길동 기자 hong@example.com 다른기사 보기", ["홍길동"], None),
    ("홍길동 기자 + 구독", ["홍길동"], None),
    # the same with no address between: the line was the link to the reporter's other stories, dropped
    # with the reporter; the bare 구독 button took the title with it and left a deck line
    ("홍길동 기자 다른기사 보기", ["홍길동"], None),
    ("홍길동 기자 기사더보기", ["홍길동"], None),
    ("홍길동 기자 구독", ["홍길동"], None),
    ("홍길동 기자 SNS 기사보내기", ["홍길동"], None),
    ("[헬스코리아뉴스 / 홍길동]", ["홍길동"], "헬스코리아뉴스"),  # on a line of its own, no title
    # the outlet named so, before an "=": read as a city, no outlet
    ("[의학신문·일간보사=홍길동 기자]", ["홍길동"], "의학신문·일간보사"),
    ("[약업닷컴=홍길동 기자]", ["홍길동"], "약업닷컴"),
    ("비즈니스포스트=홍길동 기자", ["홍길동"], "비즈니스포스트"),
    # a wire's dateline set apart on its own line, the lead under it: it stayed as a deck line
    ("(서울=뉴스1) 홍길동 기자 =", ["홍길동"], "뉴스1"),
    ("[서울=뉴시스]홍길동 기자 =", ["홍길동"], "뉴시스"),
    ("(서울=연합뉴스) 김잔디 기자", ["김잔디"], "연합뉴스"),
    ("(보스턴=연합뉴스) 홍길동 통신원·김철수 기자 = hong@yna.co.kr", ["홍길동", "김철수"], "연합뉴스"),
    # the label a page prints before the byline, run together with it when copied: the line was a deck line
    ("기자명홍길동 기자 입력 2024.03.15 10:00 수정 2024.03.15 11:00 댓글 0", ["홍길동"], None),
    ("기자명 홍길동 기자", ["홍길동"], None),
    ("기자명", [], None),  # alone on its line, the name on the next: it was a deck line
    # the title before the name: a deck line
    ("기자 홍길동", ["홍길동"], None),
    ("기자: 홍길동 hong@example.com", ["홍길동"], None),
]


@pytest.mark.parametrize(("line", "names", "outlet"), BYLINE_LINES)
def test_byline_lines(line: str, names: list[str], outlet: str | None) -> None:
    byline = Byline()
    assert take_byline_line(line, byline)
    assert byline.reporters == names
    assert byline.outlet == outlet


NOT_BYLINES = [
    "이날 기자회견에서 원 회장은 협력 방안을 설명했다.",
    "허태정 대전 시장은 17일 보스턴을 방문했다.",
    "기자들의 질문이 이어지자 그는 답을 피했다며 자리를 떠났고 행사는 예정보다 일찍 끝났다.",
    # The lead that opens with outlet and reporter: its text must not go with the byline.
    "[매일경제 홍길동 기자] 국내 바이오 벤처들이 미국 보스턴의 공용 실험실에 잇따라 입주하고 있다.",
    "[신아일보] 대전/정태경 기자 = 대전시는 17일 보스턴 바이오클러스터를 방문해 협약을 체결했다.",
    "사진=홍길동 기자",  # a photo's credit: the photographer is no reporter of the text
    "By Friday, the five firms had moved into the shared laboratory.",
    "By 2025 the institute wants fifty firms in Boston.",
    "BY 2025 THE INSTITUTE WANTS FIFTY FIRMS",
    "Seoul National University (snu@example.com)",  # a contact line names no reporter
    "협회는 정기 구독 회원사에 보고서를 보낸다.",  # a button's word in prose
    "(홍길동 기자가 취재했다)",
    "기자 회견",  # a title's two words, not a title and a name
    "기자 간담회",  # 간 and 설 open names too
    "기자 설명회",
    "기자 구독",  # a page's buttons and labels: 구, 정 and 전 open names too
    "기자 정보",
    "기자 전체기사",
    "기자명단을 공개했다",
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


@pytest.mark.parametrize(
    ("lead", "names", "outlet"),
    [
        ("[서울=뉴시스]홍길동 기자 = 본문이다.", ["홍길동"], "뉴시스"),
        ("【서울=뉴시스】홍길동 기자 = 본문이다.", ["홍길동"], "뉴시스"),
        ("[보스턴=뉴시스] 홍길동 특파원 = 본문이다.", ["홍길동"], "뉴시스"),
        ("(서울=뉴스1) 홍길동 기자 = 본문이다.", ["홍길동"], "뉴스1"),
        ("[아시아경제 홍길동 기자] 본문이다.", ["홍길동"], "아시아경제"),
        ("[메디파나뉴스 = 박철민 기자] 본문이다.", ["박철민"], "메디파나뉴스"),
        ("[이투데이/홍길동 기자] 본문이다.", ["홍길동"], "이투데이"),
        ("[더팩트ㅣ홍길동 기자] 본문이다.", ["홍길동"], "더팩트"),  # the Hangul letter ㅣ drawn as a bar
        ("[더팩트 | 홍길동 기자] 본문이다.", ["홍길동"], "더팩트"),
        ("[아시아경제 뉴욕=홍길동 특파원] 본문이다.", ["홍길동"], "아시아경제"),  # the correspondent's city after it
        ("[뉴욕=홍길동 특파원] 본문이다.", ["홍길동"], None),  # a city alone names no outlet
        ("【보스턴=홍길동 특파원】 본문이다.", ["홍길동"], None),
        ("[단독]홍길동 기자 = 본문이다.", ["홍길동"], None),  # an editorial tag, not an outlet
        ("[더벨]홍길동 기자 = 본문이다.", ["홍길동"], "더벨"),
        # no title, a sign between outlet and name: it stayed at the head of the lead
        ("[헬스코리아뉴스 / 홍길동] 본문이다.", ["홍길동"], "헬스코리아뉴스"),
        ("[데일리팜=홍길동] 본문이다.", ["홍길동"], "데일리팜"),
        ("SEOUL, May 12 (Yonhap) -- 본문이다.", [], "Yonhap"),
        ("NEW YORK, Sept. 3 (Yonhap) — 본문이다.", [], "Yonhap"),
    ],
)
def test_leads_opened_by_outlet_and_reporter(lead: str, names: list[str], outlet: str | None) -> None:
    byline = Byline()
    assert strip_dateline(lead, byline) == "본문이다."
    assert byline.reporters == names and byline.outlet == outlet


def test_a_bracketed_tag_is_not_a_dateline() -> None:
    byline = Byline()
    assert strip_dateline("[단독] 본문이다.", byline) == "[단독] 본문이다."
    assert strip_dateline("[인터뷰] 본문이다.", byline) == "[인터뷰] 본문이다."
    assert strip_dateline("[대전/정태경 기자] 본문이다.", byline) == "[대전/정태경 기자] 본문이다."  # a region, no outlet
    assert strip_dateline("[대전/정태경] 본문이다.", byline) == "[대전/정태경] 본문이다."
    assert strip_dateline("[인터뷰/홍길동] 본문이다.", byline) == "[인터뷰/홍길동] 본문이다."
    assert strip_dateline("[청년의사 홍길동] 본문이다.", byline) == "[청년의사 홍길동] 본문이다."  # no sign: could be anything
    assert strip_dateline("[메디팜뉴스/사진] 본문이다.", byline) == "[메디팜뉴스/사진] 본문이다."  # a credit, no person
    lead = "FDA (Food and Drug Administration) — 미국 식품의약국은 신약을 승인했다."  # no day: not a wire dateline
    assert strip_dateline(lead, byline) == lead
    assert byline.outlet is None and byline.notice_outlet is None


def test_an_outlet_tag_opening_the_lead() -> None:
    byline = Byline()
    assert strip_dateline("[파이낸셜뉴스] 본문이다.", byline) == "본문이다."
    assert byline.notice_outlet == "파이낸셜뉴스"


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
    ("paragraph", "kept", "names"),
    [
        ("협력을 확대하겠다고 말했다. 홍길동 기자 hong@example.com", "협력을 확대하겠다고 말했다.", ["홍길동"]),
        ("“협력을 넓히겠다.” 홍길동 기자", "“협력을 넓히겠다.”", ["홍길동"]),
        ("협력을 확대하겠다고 밝혔다.(끝)", "협력을 확대하겠다고 밝혔다.", []),
        ("KBS 뉴스 홍길동입니다.", "", ["홍길동"]),
        ("MBC뉴스 홍길동입니다.", "", ["홍길동"]),
        ("채널A 홍길동입니다.", "", ["홍길동"]),
        # Not sign-offs: a reporter inside the sentence, a speaker introducing himself.
        ("이번 행사에는 홍길동 기자가 참석했다.", "이번 행사에는 홍길동 기자가 참석했다.", []),
        ("저는 홍길동입니다.", "저는 홍길동입니다.", []),
    ],
)
def test_signoffs_at_the_end(paragraph: str, kept: str, names: list[str]) -> None:
    byline = Byline()
    assert strip_signoff(paragraph, byline) == kept
    assert byline.reporters == names


def test_broadcast_signoff_names_the_broadcaster() -> None:
    byline = Byline()
    strip_signoff("KBS 뉴스 홍길동입니다.", byline)
    assert byline.outlet == "KBS"


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
        # The name, without what notices put around it: a web address, a slogan, a photo credit.
        ("<저작권자 © 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지>", "매일경제"),
        ("Copyright ⓒ 조선일보 & chosun.com", "조선일보"),
        ("[ⓒ 데일리팜 & dailypharm.com 무단 전재 및 재배포 금지]", "데일리팜"),
        ("ⓒ중앙일보 (https://www.joongang.co.kr), 무단 전재 및 재배포 금지", "중앙일보"),
        ("ⓒ 매일신문 - www.imaeil.com", "매일신문"),
        ("ⓒ 이데일리 - 무단전재 & 재배포 금지", "이데일리"),
        ("<ⓒ경제를 보는 눈, 세계를 보는 창 아시아경제 무단전재 배포금지>", "아시아경제"),
        ("© News1 홍길동 기자", "News1"),
        ("Copyright © The Dong-A Ilbo. All rights reserved.", "The Dong-A Ilbo"),
        ("Copyright © 2023 HITNEWS All rights reserved", "HITNEWS"),
        ("<ⓒ 2024 바이오타임즈 무단전재 및 재배포 금지>", "바이오타임즈"),
        ("Copyright © 2023-2024 by 서울경제", "서울경제"),
        ("저작권자 © 더벨(www.thebell.co.kr) 무단전재 재배포 금지", "더벨"),
        ("Copyrights ⓒ 팜뉴스 & www.pharmnews.com", "팜뉴스"),
        ("Copyright ⓒ JoongAng Ilbo Co., Ltd. All Rights Reserved.", "JoongAng Ilbo"),
        ("Copyright ⓒ 뉴스1코리아 www.news1.kr 무단 복제 및 전재 – 재배포 금지", "뉴스1코리아"),
        ("<저작권자 ⓒ 1980-2024 ㈜연합뉴스. 무단 전재 재배포 금지>", "연합뉴스"),  # the company's form before it
        ("Copyright ⓒ 주식회사 바이오타임즈 All rights reserved", "바이오타임즈"),
        ("- Copyright ⓒ 헬스조선 -", "헬스조선"),  # between dashes, as some pages print it
        ("— ⓒ 헬스조선 —", "헬스조선"),
        # Notices in words, without the mark
        ("본 기사의 저작권은 메디칼타임즈에 있습니다. 무단 전재 및 재배포를 금합니다.", "메디칼타임즈"),
        ("이 기사의 저작권은 약업신문에 있으며, 무단 전재를 금합니다.", "약업신문"),
        ("이 기사는 바이오스펙테이터의 자산입니다. 무단 전재 및 재배포를 금합니다.", "바이오스펙테이터"),
        # named nothing before: a reference mark before the words, the mark after the formula
        ("※ 이 기사의 저작권은 바이오스펙테이터에 있습니다.", "바이오스펙테이터"),
        ("무단전재 및 재배포 금지 ⓒ 메디컬타임즈", "메디컬타임즈"),
        # the name, then the same in Latin letters ("뉴스핌 Newspim"); letters that are part of it stay
        ("[저작권자ⓒ 뉴스핌 Newspim 무단전재 및 재배포 금지]", "뉴스핌"),
        ("저작권자 © 한국경제 TV 무단전재 및 재배포 금지", "한국경제 TV"),
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
    assert byline.notice_outlet == "서울경제"


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("(서울=연합뉴스) 보건복지부는 5일 밝혔다.", "연합뉴스"),  # a wire's unsigned brief
        ("[서울=뉴시스] 보건복지부는 5일 밝혔다.", "뉴시스"),
        ("(서울=뉴스1) = 보건복지부는 5일 밝혔다.", "뉴스1"),
    ],
)
def test_a_wire_s_dateline_without_a_reporter(lead: str, outlet: str) -> None:
    byline = Byline()
    assert strip_dateline(lead, byline) == "보건복지부는 5일 밝혔다." and (byline.outlet, byline.reporters) == (outlet, [])


def test_a_photo_s_credit_opening_a_paragraph_is_no_dateline() -> None:
    byline = Byline()
    assert strip_dateline("(사진=연합뉴스) 보건복지부는 5일 밝혔다.", byline).startswith("(사진=연합뉴스)") and byline.outlet is None


def test_a_title_between_two_names_is_no_name() -> None:
    byline = Byline()
    assert strip_dateline("(보스턴=연합뉴스) 홍길동 통신원·김철수 기자 = 본문.", byline) == "본문."
    assert byline.reporters == ["홍길동", "김철수"]


def test_a_wire_s_dateline_on_a_line_of_its_own_is_the_byline_not_a_deck_line() -> None:
    from generator.extract import extract

    lead = "한국보건산업진흥원은 3일 미국 보스턴에서 국내 바이오 기업 10곳과 함께 현지 투자 설명회를 열었다고 밝혔다."
    article = extract(f"보스턴서 K바이오 투자 설명회\n입력 2024.06.03 14:20\n(서울=뉴스1) 홍길동 기자 =\n\n{lead}\n")
    assert (article.reporters, article.outlet, article.subtitles) == (("홍길동",), "뉴스1", ())
    assert article.body == (lead,)


def test_an_english_name_alone_on_a_line_is_no_byline() -> None:
    """Between paragraphs a list of people has a name a line; only beside an address or a stamp is it the byline."""
    assert not take_byline_line("Hong Gil-dong", Byline())
