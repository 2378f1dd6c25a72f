"""The five seed articles: every field recovered, nothing of the page around them kept."""

from __future__ import annotations

import pytest

from generator.model import Extracted

EXPECTED = {
    "000": dict(
        headline="제약바이오협, MIT 통한 美 바이오생태계 진출 박차",
        subtitles=("존 로버트 MIT 이사, 국내 제약사에 산·학 연계 프로그램 소개",),
        section="의약품",
        date="2020-01-22",
        time="12:24",
        reporters=(),
        outlet=None,
        captions=("21일 MIT ILP 설명회 전경",),
        first="“미국 보스턴에서는 기업과 대학·정부기관·스타트업 등이 협력해",
        last="우리 제약바이오산업이 적극적으로 뛰어드는 한 해가 될 것”이라고 밝혔다.",
    ),
    "001": dict(
        headline="제약바이오협회, 보스턴 클러스터 민·관 협력시스템 구축",
        subtitles=("주보스턴 총영사관·한국보건산업진흥원과 3자 MOU", "정보 교류·교육·세미나 개최 등 회원사 美 진출 지원"),
        section="사회 사회일반",
        date=None,
        time=None,
        reporters=("안경진",),
        outlet="서울경제",
        captions=(
            "한국제약바이오협회는 24일(현지 시간) 온라인으로 주보스턴 총영사관 및 한국보건산업진흥원과 "
            "업무협약을 체결했다./사진 제공=한국제약바이오협회",
        ),
        first="한국제약바이오협회는 지난 24일(현지 시간) 온라인으로",
        last="이 외에도 2~3개 기업들이 입주를 검토 중인 것으로 알려졌다.",
    ),
    "002": dict(
        headline="성공적 바이오클러스터 육성하려면 '이것' 살펴라",
        subtitles=(
            "'환경·인재·네트워크' 구축은 기본…산업주체 '협력' 시너지 필요",
            'KHIDI美지사, "한국기업 美진출하려면 보스톤으로 오라"',
        ),
        section=None,
        date="2021-10-19",
        time="06:42",
        reporters=("문윤희",),
        outlet=None,
        captions=(),
        first="바이오제약산업 육성 정책에 힘입어 국내에서도",
        last='통합적이고 지속가능한 재미한인 바이오테크 네트워크 시스템을 구축하고자 한다"고 말했다.',
    ),
    "003": dict(
        headline="美 보스턴에 'K바이오 전진기지' 만든다",
        subtitles=("홍릉특구 연계 R&D시너지 창출", "2년 내에 '유니콘 3개' 배출 목표"),
        section=None,
        date=None,
        time=None,
        reporters=("김윤수", "이덕연"),
        outlet="서울경제",
        captions=(),
        first="정부가 세계 최대의 바이오 클러스터(생명공학 협력 단지)인 미국 ‘보스턴 랩센트럴’에",
        last="오픈 이노베이션 등에 협력하기로 했다.",
    ),
    "004": dict(
        headline="대전시, 바이오기업 보스턴 성공 진출을 위한 교두보 마련",
        subtitles=("대전-보스턴 민간협력 네트워크 구축 업무협약 체결",),
        section=None,
        date="2019-04-18",
        time="16:11",
        reporters=("정태경",),
        outlet="신아일보",
        captions=("허태정 대전시장과 MIT 산자이 사르마(Sanjay Sarma) 부총장을 만나 기념촬영을 하고 있다. (사진=대전시)",),
        first="공무 출장 차 미국을 방문 중인 허태정 대전 시장은 17일(현지시간)",
        last="새로운 벤처‧창업 클러스터를 구축할 계획이다.",
    ),
}

# Page furniture that must not survive anywhere in an article's text.
BOILERPLATE = [
    "℃", "공유합니다", "공유하기", "댓글", "글자크기", "팝업창", "top버튼", "더보기", "모바일 버전",
    "상태바", "관련기사", "주요기사", "무단", "저작권", "Copyright", "ⓒ", "@", "(예시)", "다음뉴스",
    "본문 보기를 권장", "기사입력", "승인 20", "박원순", "테슬라", "유아인", "2020.02.24",
]

FIELDS = ["headline", "subtitles", "section", "date", "time", "reporters", "outlet", "captions"]


@pytest.mark.parametrize("seed", sorted(EXPECTED))
@pytest.mark.parametrize("field", FIELDS)
def test_seed_field(seeds: dict[str, Extracted], seed: str, field: str) -> None:
    assert getattr(seeds[seed], field) == EXPECTED[seed][field]


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_body_starts_and_ends_with_the_article(seeds: dict[str, Extracted], seed: str) -> None:
    body = seeds[seed].body
    assert body[0].startswith(EXPECTED[seed]["first"])
    assert body[-1].endswith(EXPECTED[seed]["last"])


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_body_has_no_page_furniture(seeds: dict[str, Extracted], seed: str) -> None:
    found = seeds[seed]
    text = "\n".join((found.headline or "", *found.subtitles, *found.body, *found.captions))
    assert [b for b in BOILERPLATE if b in text] == []


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_body_has_no_repeated_or_caption_paragraphs(seeds: dict[str, Extracted], seed: str) -> None:
    found = seeds[seed]
    assert len(set(found.body)) == len(found.body)
    assert found.headline not in found.body
    assert not set(found.captions) & set(found.body)
    assert not set(found.subtitles) & set(found.body)


def test_summary_widget_sentences_are_not_kept_twice(seeds: dict[str, Extracted]) -> None:
    # Daum's machine summary repeats two body sentences above the deck.
    body = seeds["003"].body
    assert sum("2025년까지 미국 보스턴에 국내 기업 진출을 위한" in p for p in body) == 1
    assert len(body) == 5


def test_broken_paragraph_is_rejoined(seeds: dict[str, Extracted]) -> None:
    # The page broke "뉴잉글랜드생명과학협회(NEBS)" from its particle "는".
    assert any("뉴잉글랜드생명과학협회(NEBS)는 보스턴을 중심으로" in p for p in seeds["002"].body)


def test_lost_middle_dots_are_restored(seeds: dict[str, Extracted]) -> None:
    assert any("교육·세미나·전문가 강의" in p for p in seeds["001"].body)
