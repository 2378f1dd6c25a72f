"""Whole articles in the forms of outlets the seeds do not come from (fixtures written for
these tests): wire copy with a bracketed dateline, a paper whose lead opens with
"[매체 기자]", a broadcast transcript, a photo credit standing on its own line, whole
portal pages copied from the browser, and pages saved as HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.compose import compose
from generator.errors import InputError
from generator.extract import extract
from generator.model import Article, Extracted
from generator.read import parse_bytes
from tests.conftest import FIXTURES, SEEDS


def _extract(name: str) -> Extracted:
    return extract((FIXTURES / name).read_text("utf-8"))


def test_wire_copy_with_a_bracketed_dateline() -> None:
    found = _extract("wire_bracket_dateline.txt")
    assert (found.date, found.time) == ("2024-03-05", "10:12")  # 기사등록, not 최종수정
    assert found.reporters == ("홍길동",)
    assert found.outlet == "뉴시스"  # the dateline's masthead, not the notice's company name
    assert found.body[0].startswith("한국바이오협회는 미국 보스턴에서")
    assert found.body[-1].endswith("돕겠다\"고 말했다.")
    assert len(found.body) == 3


def test_lead_opened_by_outlet_and_reporter_and_a_credited_photo() -> None:
    found = _extract("bracket_outlet_reporter_lead.txt")
    assert found.headline == "[단독] 국내 바이오 벤처, 보스턴 공용 실험실 입주 잇따라"
    assert (found.date, found.time) == ("2023-05-12", "14:04")
    assert found.reporters == ("홍길동", "김철수")
    assert found.outlet == "매일경제"
    assert found.captions == ("보스턴 켄달스퀘어의 공용 실험실 건물. © 뉴스1 김철수 기자",)
    assert found.body[0].startswith("국내 바이오 벤처들이")
    assert found.body[-1].endswith("이라고 말했다.")  # the sign-off after it is gone
    assert not any("©" in paragraph or "기자]" in paragraph for paragraph in found.body)


def test_broadcast_transcript() -> None:
    found = _extract("broadcast_transcript.txt")
    assert found.headline == "보스턴 진출 K바이오…현지 인력 확보가 관건"
    assert found.subtitles == ()
    assert (found.date, found.time) == ("2023-05-12", "10:04")
    assert found.reporters == ("홍길동",)
    assert found.outlet == "KBS"
    assert found.body[0].startswith("국내 바이오 기업들의 미국 보스턴 진출이")
    assert found.body[-1] == "정부는 내년부터 현지 인력 채용을 지원하는 사업을 시작할 계획입니다."
    # The script's speaker marks are not text.
    assert not any(paragraph.startswith("[") for paragraph in found.body)


def test_a_photo_credit_line_before_the_body_does_not_end_the_article() -> None:
    """"© News1 홍길동 기자" on its own line looks like a copyright notice, which ends an
    article; the body after it was lost (the file was skipped as having no text)."""
    found = _extract("credit_line_before_body.txt")
    # The line above the credit is the caption it credits, not a deck line.
    assert found.captions == ("설명회가 열린 보스턴 컨벤션센터 전경. © News1 홍길동 기자",)
    assert found.subtitles == ()
    assert [p.split()[0] for p in found.body] == ["한국보건산업진흥원은", "설명회에는"]
    assert found.outlet == "뉴스1"  # from the notice at the end, which still ends the article


def test_a_whole_portal_page_copied_from_the_browser() -> None:
    """Naver's page around the outlet's article: skip links, the outlet's name above the
    headline, text-to-speech and font buttons, the reporter profile and its counters."""
    found = _extract("naver_full_copy.txt")
    assert found.headline == "바이오협회, 보스턴에 회원사 공동 사무소 연다"
    assert found.section is None  # "연합뉴스" above the headline is the masthead
    assert found.subtitles == ("올해 하반기 개소…입주 기업 10곳 모집",)
    assert (found.date, found.time) == ("2024-06-03", "10:12")
    assert found.reporters == ("홍길동",)
    assert found.outlet == "연합뉴스"
    assert [p.split()[0] for p in found.body] == ["한국바이오협회는", "사무소는", "협회"]


def test_a_daum_page_with_its_path_summary_and_buttons() -> None:
    found = _extract("daum_full_copy.txt")
    assert found.section == "경제 IT"  # the path above the masthead; "홈" is a button
    assert found.headline == "보스턴 찾은 K바이오, 현지 VC와 투자 상담 100건"
    assert found.subtitles == ()  # translate, font size, the machine summary's own lines
    assert (found.date, found.time, found.reporters, found.outlet) == ("2024-05-12", "10:04", ("김철수",), "서울경제")
    assert len(found.body) == 2  # the summary's sentence is not kept apart from the paragraph holding it
    assert found.body[0].startswith("국내 바이오 기업들이 보스턴에서") and found.body[0].endswith("모두 15곳이다.")


def test_a_short_lead_is_body_not_deck() -> None:
    """A 38-character first paragraph ending "…세운다." is the lead; decks end without a period."""
    found = _extract("hankyung_copy.txt")
    assert found.section == "바이오"
    assert found.subtitles == ()  # 지면A12, the comment count "0", 클린뷰, 프린트 are buttons
    assert found.body[0] == "정부가 미국 보스턴에 한국 바이오 기업을 위한 공동 연구소를 세운다."
    assert (found.reporters, found.outlet) == (("홍길동",), "한국경제")


def _read_page(name: str) -> Article:
    path = FIXTURES / name
    composed = compose(parse_bytes(path.read_bytes(), path, f"seeds/{name}"), "x", None, "x.meta.yml")
    assert composed.article is not None, composed.issues
    return composed.article


def test_a_saved_page_with_the_lead_photo_before_the_paragraphs() -> None:
    """The <figure> ahead of the text (as Korean CMSs place it) ran caption and paragraphs
    into one line, which read as a caption: the file was skipped as having no text."""
    article = _read_page("ndsoft_page.html")
    assert article.captions == ("보스턴 공동 연구소 전경. (사진=바이오타임즈)",)
    assert article.subtitles == ("국내 기업 다섯 곳 첫 입주…연말까지 열 곳으로",)  # <h4 class="subheading">
    assert [p.split()[0] for p in article.body] == ["국내", "연구소를", "협회"]
    assert (article.date, article.time) == ("2024-03-05", "10:12")  # article:published_time, in Korean time
    assert article.reporters == ("홍길동",)  # the author field's "홍길동 기자", title off
    assert (article.outlet, article.section) == ("바이오타임즈", "제약·바이오")


def test_a_page_saved_from_a_portal_names_the_outlet_not_the_portal() -> None:
    article = _read_page("naver_saved_page.html")
    assert (article.date, article.time) == ("2024-06-03", "10:12")  # the stamp's data-date-time
    assert article.outlet == "연합뉴스"  # not og:site_name "네이버 뉴스"
    assert article.reporters == ("홍길동",)  # not the author field's "연합뉴스 | 네이버"
    assert article.subtitles == ("올해 하반기 개소…입주 기업 10곳 모집",)
    assert article.captions == ("보스턴 시내 전경 [연합뉴스 자료사진]",)
    assert article.body[0].startswith("한국바이오협회는") and len(article.body) == 3


def test_a_copied_caption_with_an_agency_credit_is_a_caption() -> None:
    lines = "제목이다\n\n보스턴 시내 전경 [EPA=연합뉴스]\n\n" + "본문 문장이 여기에 있고 충분히 길어서 산문으로 읽힌다고 본다.\n"
    assert extract(lines).captions == ("보스턴 시내 전경 [EPA=연합뉴스]",)


def test_a_credit_line_right_under_the_headline_leaves_the_headline_alone() -> None:
    text = "보스턴 바이오 투자 설명회에 국내 기업 10곳 참가\n© News1 홍길동 기자\n" + "본문 문장이 여기에 있고 충분히 길어서 산문으로 읽힌다고 본다. 계속된다.\n"
    found = extract(text)
    assert found.headline == "보스턴 바이오 투자 설명회에 국내 기업 10곳 참가"
    assert found.captions == ("© News1 홍길동 기자",)


def test_a_photographer_credit_joins_its_caption() -> None:
    text = (
        "보스턴 바이오 투자 설명회에 국내 기업 10곳 참가\n메디파나뉴스 = 김철수 기자\n설명회가 열린 보스턴 컨벤션센터 전경\n"
        "사진=홍길동 기자\n본문 문장이 여기에 있고 충분히 길어서 산문으로 읽힌다고 본다. 계속된다.\n"
    )
    found = extract(text)
    assert found.captions == ("설명회가 열린 보스턴 컨벤션센터 전경 사진=홍길동 기자",)
    assert found.subtitles == ()
    assert (found.reporters, found.outlet) == (("김철수",), "메디파나뉴스")


def test_an_outlet_tag_yields_to_the_notice() -> None:
    """"[생활경제]" ends as outlets' names do, but is a column's tag: the notice names the outlet."""
    lead = "국내 바이오 기업들이 미국 보스턴에 거점을 넓히고 있다. 올해만 다섯 곳이다."
    assert extract(f"K바이오, 보스턴 거점 확대\n[파이낸셜뉴스] {lead}\n").outlet == "파이낸셜뉴스"
    noticed = extract(f"K바이오, 보스턴 거점 확대\n[생활경제] {lead}\n저작권자 © 파이낸셜뉴스 무단전재 및 재배포 금지\n")
    assert noticed.outlet == "파이낸셜뉴스" and noticed.body == (lead,)


def test_furniture_inside_the_article() -> None:
    """A row of share buttons, an ad mark, a related-stories list between paragraphs,
    the reporter's other-stories link and reaction buttons with their counts."""
    found = _extract("furniture_mix.txt")
    assert found.subtitles == ()
    assert [p.split()[0] for p in found.body] == ["국내", "협회에", "협회"]
    assert found.outlet == "약업신문"  # the related list stops before the notice


@pytest.mark.parametrize("heading", ["■ 관련기사", "▶관련기사◀", "◆ 관련 기사 ◆", "<관련 뉴스>", "관련기사 더보기"])
def test_a_related_list_under_a_marked_heading_is_not_text(heading: str) -> None:
    found = extract((FIXTURES / "furniture_mix.txt").read_text("utf-8").replace("[관련기사]", heading))
    assert [p.split()[0] for p in found.body] == ["국내", "협회에", "협회"]


def test_a_related_list_at_the_end_keeps_the_notice_after_it() -> None:
    text = "제목이다\n" + "본문 문장이 여기에 있고 충분히 길어서 산문으로 읽힌다고 본다.\n" + "[관련기사]\n다른 기사 제목\n저작권자 © 약업신문 무단전재 및 재배포 금지\n"
    found = extract(text)
    assert found.body == ("본문 문장이 여기에 있고 충분히 길어서 산문으로 읽힌다고 본다.",)
    assert found.outlet == "약업신문"


def test_a_line_marked_with_a_triangle_is_a_caption() -> None:
    text = "보스턴 바이오클러스터 방문한 대전시장\n▲ 보스턴 바이오클러스터 전경\n" + "본문 문장이 여기에 있고 충분히 길어서 산문으로 읽힌다고 본다. 계속된다.\n"
    found = extract(text)
    assert found.captions == ("▲ 보스턴 바이오클러스터 전경",)
    assert found.subtitles == ()


def test_a_portal_page_without_a_byline_has_no_reporter_from_its_author_field() -> None:
    path = FIXTURES / "naver_saved_page.html"
    html = path.read_text("utf-8").replace("(서울=연합뉴스) 홍길동 기자 = ", "").replace("hong@yna.co.kr", "")
    html = html.replace('<em class="media_end_head_journalist_name">홍길동 기자</em>', "")  # the head's byline
    article = compose(parse_bytes(html.encode("utf-8"), path, "seeds/x.html"), "x", None, "x.meta.yml").article
    assert article is not None
    assert article.reporters == ()  # never "연합뉴스", "네이버" from "연합뉴스 | 네이버"
    assert article.outlet == "연합뉴스"  # the notice still names it


ADDRESSED = """https://n.news.naver.com/article/001/0014712345
바이오협회, 보스턴에 회원사 공동 사무소 연다
입력2024.06.03. 오전 10:12
(서울=연합뉴스) 홍길동 기자 = 한국바이오협회는 미국 보스턴에 회원사가 함께 쓰는 공동 사무소를 연다고 3일 밝혔다.
신청은 아래 주소에서 받는다고 협회는 설명했다. 이달 말까지 접수한다.
https://www.example.or.kr/apply
협회 관계자는 현지 투자자와 만날 기회를 넓히는 것이 목표라고 말했다.
"""


def test_an_address_pasted_above_the_article_is_its_source_url_not_its_headline() -> None:
    found = extract(ADDRESSED)
    assert found.source_url == "https://n.news.naver.com/article/001/0014712345"
    assert found.headline == "바이오협회, 보스턴에 회원사 공동 사무소 연다"
    # An address between the paragraphs is the article's own text.
    assert "https://www.example.or.kr/apply" in found.body


@pytest.mark.parametrize("labelled", ["원문: {url}", "원문보기:\n{url}", "기사 원문 링크\n{url}"])
def test_an_address_below_the_article_with_a_label(labelled: str) -> None:
    """With the label on a line of its own above the address, the label was the last paragraph."""
    lines = ADDRESSED.splitlines()
    found = extract("\n".join([*lines[1:], labelled.format(url="https://www.yna.co.kr/view/AKR20240603000100017")]))
    assert found.source_url == "https://www.yna.co.kr/view/AKR20240603000100017"
    assert found.body[-1].startswith("협회 관계자는")


def test_no_address_is_made_up() -> None:
    """An image's address is no article's, and an article without one has none."""
    lines = ADDRESSED.splitlines()
    assert extract("\n".join(["https://imgnews.pstatic.net/image/001/2024/06/03/x.jpg", *lines[1:]])).source_url is None
    assert extract("\n".join(lines[1:])).source_url is None


def test_saved_pages_give_their_address() -> None:
    assert _read_page("single_file_page.mhtml").source_url == "https://www.example.co.kr/news/articleView.html?idxno=1234"
    assert _read_page("ndsoft_page.html").source_url is None  # the page states none


def test_a_page_read_again_in_one_process_reads_the_same() -> None:
    """trafilatura's deduplication remembers text across calls: from the fourth reading of
    a page on (the live preview after edits), its text was discarded as seen before."""
    first = _read_page("naver_saved_page.html")
    assert all(_read_page("naver_saved_page.html") == first for _ in range(4))


def test_a_page_saved_from_daum() -> None:
    article = _read_page("daum_saved.html")
    assert (article.date, article.time) == ("2024-05-12", "10:04")  # og:regDate 20240512100400
    assert (article.outlet, article.reporters) == ("서울경제", ("김철수",))  # not "Daum"
    assert article.captions == ("보스턴 투자 상담회 현장. /사진 제공=한국바이오협회",)
    assert article.source_url == "https://v.daum.net/v/20240512100400123"
    assert len(article.body) == 2
    assert article.subtitles == ()  # the byline and stamp under the headline are not deck lines


def test_a_short_headline_of_three_words_is_the_headline_not_a_section() -> None:
    text = (FIXTURES / "short_headline.txt").read_text("utf-8")
    for above, section in (("", None), ("바이오\n", "바이오")):
        found = extract(above + text)
        assert (found.section, found.headline) == (section, "K바이오 보스턴 상륙")
        assert found.subtitles == ("국내 제약사 5곳, 켄달스퀘어 공동 연구거점에 입주 확정",)
        assert (found.date, found.time, found.reporters) == ("2024-06-03", "09:30", ("홍길동",))
        assert found.body[0].startswith("국내 제약사 다섯 곳이") and found.body[-1].endswith("이라고 말했다.")


def test_an_english_edition() -> None:
    """A Korean paper's English edition: month names in the stamp, a "By" byline and sign-off."""
    found = _extract("english_edition.txt")
    assert (found.section, found.headline) == ("Business", "Korean drugmakers open shared lab in Boston")
    assert found.subtitles == ("Five firms move into a Kendall Square incubator backed by the health ministry",)
    assert (found.date, found.time) == ("2023-05-12", "10:04")  # Published, not Updated
    assert (found.reporters, found.outlet) == (("Hong Gil-dong",), "The Korea Herald")
    assert len(found.body) == 3 and found.body[0].startswith("Five South Korean pharmaceutical companies")
    assert found.body[-1].endswith("the time needed to find partners.")  # the sign-off is gone


def test_an_english_wire_story() -> None:
    """"SEOUL, May 12 (Yonhap) -- " opens the lead: the outlet, and a day without a year, which is no date."""
    found = _extract("english_wire.txt")
    assert found.headline == "S. Korean biotech firms expand presence in Boston"
    assert (found.outlet, found.reporters) == ("Yonhap", ("Hong Gil-dong",))
    assert (found.date, found.time) == (None, None)
    assert found.body[0].startswith("South Korean biotech companies are expanding")
    assert found.body[-1].endswith("an association official said.")  # "(END)" and the address are gone
    assert len(found.body) == 3


def test_an_english_wire_page_s_stamp_gives_the_time_before_the_date() -> None:
    """Yonhap's English pages print "10:12 May 12, 2023" above the text: the time comes first."""
    text = (FIXTURES / "english_wire.txt").read_text("utf-8").replace("By Hong Gil-dong\n", "By Hong Gil-dong\n10:12 May 12, 2023\n")
    found = extract(text)
    assert (found.date, found.time, found.subtitles) == ("2023-05-12", "10:12", ())
    assert len(found.body) == 3


def test_paragraphs_wrapped_by_an_e_mail_are_joined() -> None:
    """A press release pasted from an e-mail: each paragraph broken at 64 characters, blank lines between."""
    found = _extract("wrapped_email.txt")
    assert found.headline == "[보도자료] 한국바이오협회, 보스턴 공동 사무공간 입주 기업 8곳 선정"
    assert (found.subtitles, found.date, found.time) == ((), "2024-11-14", "09:00")
    assert len(found.body) == 4  # the contact line under them is no paragraph
    assert found.body[-1] == "협회는 입주 기업의 성과를 평가해 내년 하반기 2기 모집 규모를 정할 예정이다."
    assert found.body[1] == (
        "선정된 기업들은 내년 1월부터 1년 동안 사무공간을 무상으로 쓰며, 현지 투자사와 대학 연구진을 만나는 "
        "네트워킹 행사에 참여한다. 협회는 입주 기간 동안 법률·회계 자문도 지원할 계획이다."
    )


def test_a_copy_from_a_pdf_keeps_its_whole_text() -> None:
    """Lines broken at 34 characters and no blank line anywhere: without joining them, no line read
    as prose and the whole article was taken for its deck. Where a paragraph ends is not always
    known (a line may end a sentence at the width), but no text is lost or left in the header."""
    text = (FIXTURES / "wrapped_pdf_copy.txt").read_text("utf-8")
    found = extract(text)
    assert (found.date, found.time, found.reporters, found.outlet) == ("2024-11-14", "09:30", ("홍길동",), "바이오신문")
    assert (found.headline, found.subtitles) == ("바이오협회, 보스턴 공동 사무공간", ("입주 기업 8곳 선정",))
    body = " ".join(found.body)
    assert body.startswith("한국바이오협회는 미국 보스턴 케임브리지에 회원사 공동 사무공간을 열고")
    assert body.endswith("내년 하반기 2기 모집 규모를 정할 예정이다.")
    lines = text.splitlines()
    assert body == " ".join(lines[lines.index("홍길동 기자") + 1 : -1])  # every body line, in order


def test_one_paragraph_a_line_is_not_joined() -> None:
    """A text with a paragraph on each line and no blank lines (most copies) keeps its paragraphs,
    a long deck included."""
    text = "\n".join([
        "보스턴 진출 기업 늘어",
        "국내 제약사와 바이오 벤처의 미국 보스턴 진출이 올해 들어 눈에 띄게 늘어나는 추세다",
        "입력 2024.06.03 09:30",
        "국내 제약사 다섯 곳이 미국 보스턴 켄달스퀘어의 공동 연구거점에 입주한다고 3일 밝혔다.",
        "입주 기업들은 현지 벤처캐피털과 대학 연구진을 상대로 공동 연구 과제를 발굴할 계획이다.",
        "한 제약사 관계자는 \"현지 네트워크를 넓히는 계기가 될 것\"이라고 말했다.",
    ])
    found = extract(text)
    assert found.subtitles == ("국내 제약사와 바이오 벤처의 미국 보스턴 진출이 올해 들어 눈에 띄게 늘어나는 추세다",)
    assert len(found.body) == 3


def test_a_line_after_a_caption_is_not_joined_to_it() -> None:
    """A caption and the paragraph under it with no blank line between, in a text that is not
    wrapped: joining them put the paragraph into the caption (and two copies of a story that
    differed only there were taken for exact duplicates)."""
    text = "\n".join([
        "협회, 보스턴 공동 사무공간 연다",
        "입력 2024.06.03 09:30",
        "한국바이오협회가 보스턴 케임브리지에 마련한 공동 사무공간 내부 모습./사진 제공=한국바이오협회",
        "한국바이오협회는 미국 보스턴 케임브리지에 회원사가 함께 쓰는 공동 사무공간을 연다고 3일 밝혔다.",
        "",
        "협회는 입주 기업을 이달 말까지 모집한다.",
    ])
    found = extract(text)
    assert found.captions == ("한국바이오협회가 보스턴 케임브리지에 마련한 공동 사무공간 내부 모습./사진 제공=한국바이오협회",)
    assert found.body == (
        "한국바이오협회는 미국 보스턴 케임브리지에 회원사가 함께 쓰는 공동 사무공간을 연다고 3일 밝혔다.",
        "협회는 입주 기업을 이달 말까지 모집한다.",
    )


def test_a_paragraph_opening_with_the_word_i_is_not_glued_to_the_deck() -> None:
    """이 is a particle ('…(NEBS)' + '이 보스턴을 …', a line broken before it) and a word of its own
    ('이 때문에 …'): a deck above a paragraph opening with the word took the paragraph in."""
    head = ["보스턴 공동 사무공간 연다", "국내 기업 미국 진출 지원", "입력 2024.06.03 09:30"]
    lead = "이 때문에 한국바이오협회는 미국 보스턴 케임브리지에 회원사가 함께 쓰는 공동 사무공간을 연다고 3일 밝혔다."
    found = extract("\n".join([*head, lead, "협회는 입주 기업을 이달 말까지 모집한다."]))
    assert found.subtitles == ("국내 기업 미국 진출 지원",)
    assert found.body[0] == lead
    broken = ["협회는 지원하고, 뉴잉글랜드생명과학협회(NEBS)", "이 보스턴을 중심으로 정보 교류의 기회를 제공한다고 밝혔다."]
    found = extract("\n".join([*head, *broken]))
    assert found.body == ("협회는 지원하고, 뉴잉글랜드생명과학협회(NEBS)이 보스턴을 중심으로 정보 교류의 기회를 제공한다고 밝혔다.",)


def test_a_site_menu_a_summary_box_and_a_wire_sign_off() -> None:
    """A wire service's own page: its menu as short lines above the headline (no section, five
    sections are a menu), the summary box's label and buttons among the deck lines, and under
    the text a contact line and a resale notice."""
    found = _extract("site_menu_summary_box.txt")
    assert (found.section, found.headline) == (None, "보건복지부, 보스턴 CIC서 'K-바이오 투자 로드쇼' 개최")
    assert found.subtitles == ("국내 바이오벤처 12곳 현지 투자사에 기술 소개", '한국보건산업진흥원 "현지 네트워크 확대 지원"')
    assert (found.date, found.time, found.reporters, found.outlet) == ("2024-06-05", "14:32", ("홍길동",), "뉴시스")
    assert len(found.body) == 3 and found.body[0].startswith("보건복지부와 한국보건산업진흥원은 지난 4일")
    assert found.body[-1].endswith("돕겠다\"고 말했다.")


def test_a_breadcrumb_trail_names_the_section_and_is_not_the_headline() -> None:
    found = _extract("breadcrumb_trade_paper.txt")
    assert (found.section, found.headline, found.subtitles) == ("제약·바이오", "유한양행, 보스턴 오픈이노베이션 거점 확대", ())
    assert (found.date, found.time, found.reporters, found.outlet) == ("2023-11-02", "06:00", ("이영희",), "데일리팜")
    assert len(found.body) == 2 and found.body[-1].endswith("발굴해 왔다.")


def test_a_breadcrumb_trail_ending_in_the_title() -> None:
    text = (FIXTURES / "breadcrumb_trade_paper.txt").read_text("utf-8")
    title = "유한양행, 보스턴 오픈이노베이션 거점 확대"
    for longer in ("", "…랩센트럴에 입주 공간 추가 확보하고 초기 후보물질 발굴 속도"):
        found = extract(text.replace("HOME > 뉴스 > 제약·바이오", f"홈 > 제약·바이오 > {title}").replace(title, title + longer))
        assert (found.section, found.headline, found.subtitles) == ("제약·바이오", title + longer, ())


def test_a_reporter_s_sign_off_with_an_e_mail_is_a_byline_not_a_contact_line() -> None:
    text = "보스턴 진출 기업 늘어\n입력 2024.03.18 09:10\n국내 제약사들이 미국 보스턴에 연구 거점을 잇따라 세우고 있다.\n김철수 기자 chulsoo@example.com\n"
    assert extract(text).reporters == ("김철수",)


def test_a_sentence_with_an_address_or_a_number_stays() -> None:
    lead = "국내 제약사들이 미국 보스턴에 연구 거점을 잇따라 세우고 있다."
    for line in ("참가 신청은 bio@example.org로 받는다.", "문의는 02-123-4567로 하면 된다."):
        assert extract(f"보스턴 진출 기업 늘어\n{lead}\n{line}\n").body == (lead, line)


def test_promotions_between_the_sign_off_and_the_notice_are_not_text() -> None:
    """A portal subscription link and an advertisement under the reporter's contact line."""
    found = _extract("promotions_after_signoff.txt")
    assert (found.headline, found.date, found.time) == ("셀트리온, 보스턴에 항체 신약 연구센터 연다", "2024-03-18", "09:10")  # 오전 9:10:00
    assert (found.reporters, found.outlet) == (("김철수",), "이데일리")
    assert len(found.body) == 3 and found.body[-1].endswith("높이겠다\"고 말했다.")


def test_a_caption_or_a_stamp_after_the_sign_off_is_kept() -> None:
    text = (FIXTURES / "promotions_after_signoff.txt").read_text("utf-8").replace("등록 2024-03-18 오전 9:10:00\n", "")
    below = "김철수 (chulsoo@edaily.co.kr)\n보스턴 켄달스퀘어 전경. (사진=셀트리온)\n등록 2024-03-18 오전 9:10:00\n"
    found = extract(text.replace("김철수 (chulsoo@edaily.co.kr)\n", below))
    assert found.captions == ("보스턴 켄달스퀘어 전경. (사진=셀트리온)",)
    assert (found.date, found.time, len(found.body)) == ("2024-03-18", "09:10", 3)


def test_a_masthead_printed_under_the_headline_is_not_a_deck_line() -> None:
    found = _extract("masthead_under_headline.txt")
    assert (found.section, found.subtitles) == (None, ())
    assert found.headline == '보스턴 바이오 클러스터 찾은 복지부 장관 "한국형 클러스터 만들 것"'
    assert (found.date, found.time) == ("2023-04-28", "15:30")  # 입력, not 업데이트
    # The notice's company without its legal form; the registry's outlets list can map it to 중앙일보.
    assert (found.reporters, found.outlet) == (("김철수",), "JoongAng Ilbo")
    assert len(found.body) == 3


def test_a_whole_page_copy_opening_with_the_site_s_menu() -> None:
    """Select all, copy: the menu's items stand above the headline, some with a middle dot."""
    found = _extract("whole_page_with_menu.txt")
    assert (found.section, found.headline, found.subtitles) == (None, "보스턴 K바이오 거점, 올해 입주 기업 두 배로", ())
    assert (found.date, found.time, found.reporters, found.outlet) == ("2024-09-02", "09:30", ("홍길동",), "바이오타임즈")
    assert len(found.body) == 2


def test_a_section_with_a_middle_dot_under_the_masthead() -> None:
    text = (FIXTURES / "whole_page_with_menu.txt").read_text("utf-8")
    top = "전체메뉴\n바이오타임즈\n전체기사\n제약·바이오\n의료기기\n정책·제도\n오피니언\n포토·영상\n"
    found = extract(text.replace(top, "바이오타임즈\n제약·바이오\n"))
    assert (found.section, found.headline) == ("제약·바이오", "보스턴 K바이오 거점, 올해 입주 기업 두 배로")


def test_a_mobile_page_copy() -> None:
    """A phone's page: share, font-size and scrap buttons under the stamp, a subhead in the text."""
    found = _extract("mobile_page_copy.txt")
    assert (found.section, found.headline, found.subtitles) == (None, "보스턴 CIC 입주 韓 바이오 벤처, 현지 투자 유치 잇따라", ())
    assert (found.date, found.time, found.reporters, found.outlet) == ("2024-10-07", "11:02", ("홍길동",), "헬스경향")
    assert found.body[2] == "■ 현지 네트워크가 성패 갈라"  # a subhead is the article's own
    assert len(found.body) == 4 and found.body[-1].endswith("이점이 컸다\"고 말했다.")


def test_a_saved_page_of_a_short_news_brief() -> None:
    """Under 250 characters of text, trafilatura fell back to the page's whole text on one line:
    headline, share buttons, byline and notice became one paragraph of body."""
    article = _read_page("short_brief_page.html")
    assert (article.title, article.date, article.time) == ("GC녹십자, 보스턴에 북미 연구 거점 마련", "2024-08-20", "08:30")
    assert article.subtitles == ("현지 바이오텍과 공동 연구…2025년 임상 진입 목표",)  # <h2 class="subtitle">
    assert (article.outlet, article.reporters) == ("바이오워치", ("홍길동",))
    assert article.captions == ("GC녹십자 보스턴 연구소 전경. (사진=GC녹십자)",)
    assert len(article.body) == 3
    assert article.body[0] == "GC녹십자가 미국 보스턴에 북미 연구 거점을 마련했다고 20일 밝혔다."
    assert article.body[-1].endswith("높이겠다\"고 말했다.")


def test_a_ministry_press_release() -> None:
    """Its header: the release time (보도시점, the date to use), when it was sent out, the
    department and the official in charge; its attachments after the text."""
    found = _extract("ministry_press_release.txt")
    assert (found.section, found.headline) == ("보도자료", "보건복지부, 보스턴서 「K-바이오 투자 로드쇼」 개최")
    assert found.subtitles == ("- 국내 바이오벤처 12곳, 현지 벤처캐피털 30여 곳과 투자 상담 -",)
    assert (found.date, found.time, found.reporters, found.outlet) == ("2024-06-05", "14:00", (), None)
    assert len(found.body) == 4 and found.body[0].startswith("□ 보건복지부(장관 김가상)와")
    assert found.body[-1].endswith("지원하겠다\"고 밝혔다.")  # not the attachment's title


def test_a_repost_names_its_source_and_a_caption_its_provider() -> None:
    """An article copied from a blog or a newsletter: "출처: 매체" under it is the outlet, not text."""
    found = _extract("repost_with_source_line.txt")
    assert (found.outlet, found.reporters, found.date) == ("바이오데일리", ("홍길동",), "2024-06-12")
    assert found.captions == ("셀트리온 보스턴 연구센터 전경(셀트리온 제공)",) and found.subtitles == ()
    assert len(found.body) == 2 and found.body[-1].endswith("늘리겠다\"고 말했다.")


def test_a_source_or_contact_between_the_paragraphs_is_text() -> None:
    """"출처: 한국보건산업진흥원" under a table or chart in the text became the outlet and left the
    text; "문의: 협회 사무국 02-1234-5678" there left it too (above or under the text it is furniture)."""
    text = (FIXTURES / "repost_with_source_line.txt").read_text("utf-8")
    cited, contact = "출처: 한국보건산업진흥원", "문의: 협회 사무국 02-1234-5678"
    found = extract(text.replace("출처: 바이오데일리\n", "").replace("회사 관계자는", f"{cited}\n{contact}\n회사 관계자는"))
    assert found.outlet is None and cited in found.body and contact in found.body
    assert contact not in extract(text.replace("출처: 바이오데일리", contact)).body


@pytest.mark.parametrize(
    "caption",
    [
        "셀트리온 보스턴 연구센터 전경 /셀트리온 제공",
        "셀트리온 보스턴 연구센터 전경. 셀트리온 제공",
        "셀트리온 보스턴 연구센터 전경 <셀트리온 제공>",
        # were paragraphs of the text: the credit after the sentence with its label, a caption under its own
        "셀트리온 보스턴 연구센터 전경. 사진 제공=셀트리온",
        "셀트리온 보스턴 연구센터 전경. 사진=셀트리온",
        "사진설명: 셀트리온 보스턴 연구센터 전경",
    ],
)
def test_a_caption_credited_to_who_provided_the_photo(caption: str) -> None:
    text = (FIXTURES / "repost_with_source_line.txt").read_text("utf-8")
    assert extract(text.replace("셀트리온 보스턴 연구센터 전경(셀트리온 제공)", caption)).captions == (caption,)


def test_a_deck_line_ending_in_the_word_for_providing_is_no_caption() -> None:
    text = (FIXTURES / "repost_with_source_line.txt").read_text("utf-8")
    found = extract(text.replace("셀트리온 보스턴 연구센터 전경(셀트리온 제공)", "입주 기업에 사무공간 무상 제공"))
    assert (found.captions, found.subtitles) == ((), ("입주 기업에 사무공간 무상 제공",))
    assert extract(text.replace("출처: 바이오데일리", "출처: 보건복지부 보도자료를 바탕으로 썼다.")).outlet is None


def test_an_english_trade_paper_with_its_masthead_above_the_headline() -> None:
    found = _extract("english_trade_paper.txt")
    assert (found.section, found.headline) == ("Pharma", "Celltrion opens antibody research center in Boston")
    assert found.subtitles == ("Research team of 20 to focus on bispecific antibodies",)
    assert (found.date, found.time, found.reporters, found.outlet) == ("2024-06-12", "09:00", ("Hong Gil-dong",), "Korea Biomedical Review")
    assert len(found.body) == 2


def test_a_saved_page_without_a_published_time_takes_the_time_of_its_own_stamp() -> None:
    """No article:published_time: the time is in the page's stamp above the text
    ("홍길동 기자 | 승인 2024.06.12 09:00"), outside what trafilatura keeps."""
    article = _read_page("stamp_without_metadata.html")
    assert (article.date, article.time, article.outlet, article.reporters) == ("2024-06-12", "09:00", "바이오데일리", ("홍길동",))
    assert len(article.body) == 3 and article.body[0] == "셀트리온이 미국 보스턴에 항체 신약 연구센터를 열었다."


def test_a_site_footer_s_registration_date_is_not_the_article_s() -> None:
    """"등록일 2010.03.02" in a news site's footer is a labelled date, but the periodical's."""
    article = _read_page("footer_registration_date.html")
    assert (article.date, article.time) == (None, None)


@pytest.mark.parametrize(
    "tool",
    [
        "이전 기사", "다음 기사 보기", "목록으로", "기사제보", "북마크", "폰트 크기", "앱으로 보기", "뉴스레터 구독하기",
        "제보는 카카오톡 okjebo", "▶ 연합뉴스 앱 지금 바로 다운받기~ 푸시 받기",  # Yonhap's lines under the text
        # The portals' reaction buttons as a copy runs them into one line
        "좋아요 12 훈훈해요 0 슬퍼요 0 화나요 0 후속기사 원해요 0", "쏠쏠정보 0 흥미진진 0 공감백배 0 분석탁월 0 후속강추 0",
        "추천해요 0 좋아요 0 감동이에요 0 화나요 0 슬퍼요 0",
        "홍길동 기자의 다른 기사",  # the link to the reporter's other stories
        # Font size, recommending, rating, commenting, translating, listening, as sites print them
        "글자 크기 크게", "가나다라마바사", "이 기사를 추천합니다", "추천 0 비추천 0", "이 기사 어떠셨나요?", "기사 평가하기",
        "독자 의견", "의견 남기기", "댓글 0개", "0 / 300", "번역beta", "Translated by kaka i", "본문 듣기 시작",
        "음성재생 설정", "주소 복사", "프린트하기", "PC화면 보기", "맨위로 이동", "네이버 메인에서 보기",
        # were deck lines or the last paragraph
        "기사 읽어주기", "기사 URL 복사", "링크 복사", "네이버에서 헬스경향을 구독하세요!", "다음 뉴스에서 헬스경향 구독하기",
    ],
)
def test_a_page_s_pager_and_tools_are_furniture(tool: str) -> None:
    text = (FIXTURES / "mobile_page_copy.txt").read_text("utf-8").replace("스크랩\n", f"스크랩\n{tool}\n")
    text = text.replace("▶ 헬스경향 구독하기\n", f"{tool}\n")
    found = extract(text)
    assert found.subtitles == () and len(found.body) == 4


@pytest.mark.parametrize("buttons", ["다른기사 보기", "기사더보기", "구독", "SNS 기사보내기"])
def test_a_byline_with_the_page_s_buttons_beside_it_names_the_reporter(buttons: str) -> None:
    """The byline the copy prints, its buttons beside it and no address between: the line was taken
    for the link to the reporter's other stories (dropped, and the reporter with it) or stayed a deck line."""
    text = (FIXTURES / "mobile_page_copy.txt").read_text("utf-8")
    text = text.replace("홍길동 기자\n", f"홍길동 기자 {buttons}\n", 1).replace("홍길동 기자 hong@example.com\n", "")
    found = extract(text)
    assert (found.reporters, found.subtitles, len(found.body)) == (("홍길동",), (), 4)


@pytest.mark.parametrize(
    "notice",
    [
        "- Copyright ⓒ 헬스경향 -",
        "— Copyright © 헬스경향. All rights reserved. —",
        "(c) 2024 헬스경향",  # the mark and a year: no photo's credit gives a year; it was not read as a notice
        "ⓒ 2024 헬스경향",
    ],
)
def test_a_notice_between_dashes_or_with_a_year_ends_the_text(notice: str) -> None:
    """Between dashes, or '(c)' and a year, it was not read as the notice: the list of other stories
    under it became the last paragraphs."""
    text = (FIXTURES / "mobile_page_copy.txt").read_text("utf-8")
    text = text.replace("Copyright © 헬스경향. All rights reserved.\n", f"{notice}\n많이 본 뉴스\n다른 기사 제목 하나\n")
    found = extract(text)
    assert (found.outlet, len(found.body)) == ("헬스경향", 4)


def test_a_short_headline_of_two_words_is_the_headline_not_a_section() -> None:
    """Two short words above a longer line: a section when both are what sections are named of
    (산업 제약바이오), else the headline (보스턴 입성, K바이오 상륙), with or without a section above."""
    text = (FIXTURES / "two_word_headline.txt").read_text("utf-8")
    section_line, rest = text.split("\n", 1)
    deck = "GC녹십자 자회사, 켄달스퀘어에 연구소 개소…현지 인력 30명 채용"
    for headline in ("보스턴 입성", "K바이오 상륙"):
        for above, section in ((section_line + "\n", "산업 제약바이오"), ("", None)):
            found = extract(above + rest.replace("보스턴 입성", headline))
            assert (found.section, found.headline, found.subtitles) == (section, headline, (deck,))
            assert (found.date, found.time, found.reporters) == ("2024-09-02", "08:30", ("김철수",))
            assert found.body[0].startswith("GC녹십자의 미국 자회사가") and found.body[-1].endswith("고 말했다.")


def test_a_correspondents_lead_names_the_outlet_not_the_city() -> None:
    """아시아경제's correspondent: "[아시아경제 뉴욕=홍길동 특파원]" opens the lead (뉴욕 is where he
    writes from); the stamps run together as the page prints them (입력… 수정…)."""
    found = _extract("correspondent_lead.txt")
    assert (found.section, found.headline, found.subtitles) == ("국제 미국", '"보스턴서 답 찾는다"…韓 바이오, 현지 임상 협력 확대', ())
    assert (found.date, found.time) == ("2024-10-08", "07:12")  # 입력, not 수정
    assert (found.reporters, found.outlet) == (("홍길동",), "아시아경제")
    assert found.body[0] == "국내 바이오 기업들이 미국 보스턴 현지 병원과의 임상 협력을 넓히고 있다."
    assert len(found.body) == 3


def test_a_saved_page_s_head_under_the_headline() -> None:
    """What the page prints between the headline and the text: a deck of two lines (<br>), the
    byline and the stamp, none of which trafilatura keeps. The site's logo is an <h1> too,
    with the section's name under it: not this article's head."""
    article = _read_page("deck_lines_page.html")
    assert (article.title, article.subtitles) == (
        "보스턴 바이오 투자 설명회에 국내 기업 20곳 몰려", ("현지 벤처캐피털 40곳 참석", "내년 2월 2차 설명회 예정")
    )
    assert (article.reporters, article.outlet, article.section) == (("김철수",), "메디팜뉴스", None)
    assert (article.date, article.time) == ("2024-11-14", "17:05")
    assert len(article.body) == 3 and article.body[0].startswith("한국보건산업진흥원이 14일(현지시간)")


def test_a_menu_or_tags_under_the_headline_are_not_its_deck(tmp_path: Path) -> None:
    page = (FIXTURES / "deck_lines_page.html").read_text("utf-8")
    menu = '<nav><a href="/1">정치</a> <a href="/2">경제</a></nav><ul class="tags"><li><a>#보스턴</a></li><li><a>#바이오</a></li><li><a>#투자</a></li></ul>'
    path = tmp_path / "page.html"
    path.write_text(page.replace("</h1>\n<p class=\"sub_title\">", f"</h1>\n{menu}\n<p class=\"sub_title\">"), "utf-8")
    assert menu in path.read_text("utf-8")
    article = compose(parse_bytes(path.read_bytes(), path, "seeds/page.html"), "x", None, "x.meta.yml").article
    assert article is not None and article.subtitles == ("현지 벤처캐피털 40곳 참석", "내년 2월 2차 설명회 예정")


@pytest.mark.parametrize("box", ["writer", "article-byline"])
def test_the_stamp_under_the_headline_dates_a_page_without_metadata(box: str) -> None:
    """The stamp in the article's head is the article's (a footer's date is not, see above), in
    a box whose class trafilatura's date search reads ("article-byline") or not ("writer"); and
    the author field it makes of such a box ("김철수 기자; 입력") gives no reporter "입력"."""
    page = (FIXTURES / "deck_lines_page.html").read_text("utf-8").replace('<div class="info">', f'<div class="{box}">')
    page = page.replace('<meta property="article:published_time" content="2024-11-14T17:05:00+09:00">\n', "")
    page = page.replace("입력 2024.11.14 17:05", "입력 2024.11.13 08:40")
    assert "published_time" not in page and box in page
    # The headline printed otherwise than og:title gives it: no head is found, the author field is used.
    unfound = page.replace('<h1 class="title">', '<h1 class="title">[속보] ')
    found, fallback = (
        compose(parse_bytes(html.encode("utf-8"), FIXTURES / "x.html", "seeds/x.html"), "x", None, "x.meta.yml").article
        for html in (page, unfound)
    )
    assert found is not None and fallback is not None
    assert (found.date, found.time, found.date_source) == ("2024-11-13", "08:40", "stated")
    assert found.reporters == fallback.reporters == ("김철수",)


def test_a_release_through_a_release_service() -> None:
    """뉴스와이어's form: its dateline states place, service and the release's date
    ("(서울=뉴스와이어) 2024년 06월 03일 -- "); under the text, the company's overview, its web
    address, a contacts block and the service's notice."""
    found = _extract("newswire_release.txt")
    assert found.headline == "바이오벤처 A사, 보스턴 랩센트럴 입주…북미 임상 본격화"
    assert (found.date, found.time, found.outlet, found.reporters) == ("2024-06-03", None, "뉴스와이어", ())
    assert found.body[0].startswith("항체 신약 개발 기업 A사가")  # the dateline is off the lead
    assert found.body[-2:] == ("A사 개요", "A사는 2018년 설립된 항체 신약 개발 기업이다.")  # the company's own text
    text = (FIXTURES / "newswire_release.txt").read_text("utf-8")
    # Without the dateline, the notice names the service; a sentence citing a release is prose.
    cited = "A사는 뉴스와이어를 통해 배포한 보도자료에서 이같이 밝혔다."
    found = extract(text.replace("(서울=뉴스와이어) 2024년 06월 03일 -- ", "").replace("A사 개요\n", f"{cited}\n"))
    assert (found.date, found.outlet) == (None, "뉴스와이어")
    assert cited in found.body and found.body[-1] == "A사는 2018년 설립된 항체 신약 개발 기업이다."


def test_a_wire_s_photo_captions_are_captions_and_do_not_end_the_text() -> None:
    """Yonhap's photo lines in a portal copy: its own photo (the day it was taken and the
    photographer's address) and one provided, whose credit ends in "재판매 및 DB 금지"; that
    ended the article as if it were the notice (the text lost all or all but one paragraph)."""
    found = _extract("yonhap_photo_captions.txt")
    assert found.headline == "바이오협회, 보스턴서 K바이오 투자 설명회…VC 30곳 참석"
    assert [c.split(")")[0] for c in found.captions] == ["(보스턴=연합뉴스", "(서울=연합뉴스"]
    assert found.captions[1].endswith("[한국바이오협회 제공. 재판매 및 DB 금지]")
    assert (found.date, found.time, found.outlet, found.reporters) == ("2024-09-12", "08:05", "연합뉴스", ("홍길동",))
    assert [p.split()[0] for p in found.body] == ["한국바이오협회는", "설명회에는", "협회는", "협회"]
    # Newsis' caption ends with the notice too; its notice on a line of its own still ends the text.
    newsis = "[서울=뉴시스] 지난해 설명회 모습. 2023.09.12. photo@newsis.com *재판매 및 DB 금지"
    text = (FIXTURES / "yonhap_photo_captions.txt").read_text("utf-8").replace(found.captions[1], newsis)
    text = text.replace("hong@yna.co.kr\n", "hong@yna.co.kr\n*재판매 및 DB 금지\n다른 기사 제목 하나\n")
    again = extract(text)
    assert newsis in again.captions and [p.split()[0] for p in again.body] == ["한국바이오협회는", "설명회에는", "협회는", "협회"]
    # A line of the text that ends in a date is no photo's: only one after a sentence is.
    period = "2차 설명회 기간: 2025.3.10 ~ 2025.3.12"
    assert period in extract(text.replace("협회는 내년 3월", f"{period}\n협회는 내년 3월")).body


@pytest.mark.parametrize(
    "sentence",
    [
        "The company holds the copyright to the antibody design software it licensed from MIT last year.",
        "업계는 저작권자와의 협의 없이 데이터를 학습에 쓰는 관행을 문제로 지적했다.",
        "회사 측은 무단 전재를 막기 위해 기술 문서를 공개하지 않기로 했다고 밝혔다.",
        "국회에는 의약품 설명서의 무단 배포를 금지하는 법안이 발의돼 있다.",
    ],
)
def test_prose_that_names_copyright_is_not_the_notice(sentence: str) -> None:
    """A sentence with a notice's words in it ended the article there (and one became the outlet)."""
    text = (FIXTURES / "english_trade_paper.txt").read_text("utf-8")
    found = extract(text.replace("The company plans", f"{sentence}\nThe company plans"))
    assert found.body[1] == sentence and len(found.body) == 3
    assert found.outlet == "Korea Biomedical Review"  # from the notice that does end it


def test_a_list_the_text_announces_ends_it() -> None:
    """The text's own list at its end ("… 다음과 같다." and the items, no notice under it) was cut
    as a trailing list of other stories; without the announcing line it still is one."""
    text = (FIXTURES / "announced_list_at_end.txt").read_text("utf-8")
    items = ["- 가상바이오: 항체 신약", "- 나라제약: 세포치료제", "- 다온바이오: 진단키트", "- 라온텍: 디지털 헬스케어"]
    assert list(extract(text).body[-5:]) == ["선정된 기업과 주력 분야는 다음과 같다."] + items
    assert list(extract(text.replace("다음과 같다.", "아래와 같습니다.")).body[-4:]) == items
    assert list(extract(text.replace("는 다음과 같다.", ":")).body[-4:]) == items
    unannounced = extract(text.replace("선정된 기업과 주력 분야는 다음과 같다.\n", ""))
    assert len(unannounced.body) == 2 and not set(items) & set(unannounced.body)


def test_an_event_s_date_and_time_in_the_text_is_text_not_the_publication_date() -> None:
    """"일시: 2024.12.05 14:00" between paragraphs was dropped as a stamp line and, with no stamp
    above the text, became the article's publication date: a value the text never states."""
    text = (FIXTURES / "announced_list_at_end.txt").read_text("utf-8")
    when = "일시: 2024.12.05 14:00"
    text = text.replace("선정된 기업과", f"입주식 개요는 다음과 같다.\n{when}\n장소: 보스턴 CIC\n선정된 기업과")
    found = extract(text)
    assert (found.date, found.time) == ("2024-11-14", "09:30") and when in found.body
    undated = extract(text.replace("입력 2024.11.14 09:30\n", ""))
    assert (undated.date, undated.time) == (None, None) and when in undated.body
    # Above the text, a date and time on a line of its own is still the stamp.
    assert extract(text.replace("입력 2024.11.14 09:30\n", "2024.11.14 09:30\n")).date == "2024-11-14"


def test_a_milestone_with_a_stamp_s_label_in_the_text_is_not_the_publication_date() -> None:
    """"- FDA 승인 2023.05.12" in a list in the text: 승인 is also a stamp's label, and with no stamp
    above the text the milestone became the article's publication date."""
    text = (FIXTURES / "announced_list_at_end.txt").read_text("utf-8")
    milestones = ["- 임상 1상 승인 2021.03.02", "- FDA 승인 2023.05.12"]
    text = text.replace("선정된 기업과", "개발 경과는 다음과 같다.\n" + "\n".join(milestones) + "\n선정된 기업과")
    assert extract(text).date == "2024-11-14"
    undated = extract(text.replace("입력 2024.11.14 09:30\n", ""))
    assert (undated.date, undated.time) == (None, None) and set(milestones) <= set(undated.body)


def test_a_trade_office_s_market_report() -> None:
    """KOTRA's 해외시장뉴스: labelled fields above the text (작성일, 작성자 with the office after the
    name, 국가, 키워드), parts headed "□ 개요" with "ㅇ" items ending in nouns (…늘고 있음.), a table
    copied as lines, and a notice whose colon comes before the mark ("<저작권자: ⓒ KOTRA & …>")."""
    found = _extract("kotra_market_report.txt")
    assert (found.headline, found.subtitles) == ("미국 보스턴 바이오 클러스터, 한국 기업 진출 기회는?", ())
    assert (found.date, found.reporters, found.outlet) == ("2024-06-03", ("홍길동",), "KOTRA")
    assert found.body[0] == "□ 개요" and found.body[1].startswith("ㅇ 보스턴 바이오 클러스터에는")
    assert "2021 | 2022 | 2023" in found.body and found.body[-1] == "자료: 현지 기업 인터뷰, KOTRA 보스턴 무역관 종합"


@pytest.mark.parametrize(
    "line", ["국가 미국", "키워드 바이오, 클러스터, 보스턴", "태그: 보스턴, CIC", "#보스턴 #바이오 #투자"]
)
def test_labelled_fields_and_hashtags_are_furniture(line: str) -> None:
    text = (FIXTURES / "short_headline.txt").read_text("utf-8").replace("입력 2024.06.03 09:30\n", f"입력 2024.06.03 09:30\n{line}\n")
    found = extract(text)
    assert found.subtitles == ("국내 제약사 5곳, 켄달스퀘어 공동 연구거점에 입주 확정",) and line not in found.body


@pytest.mark.parametrize("heading", ["키워드", "태그", "Tags", "관련 키워드"])
def test_the_article_s_keywords_under_the_text_a_word_a_line_are_not_text(heading: str) -> None:
    """A keywords heading with a word a line under it: the words were the last paragraphs."""
    text = (FIXTURES / "short_headline.txt").read_text("utf-8")
    last = extract(text).body[-1]
    found = extract(text.replace(f"{last}\n", f"{last}\n{heading}\n보스턴\n켄달스퀘어\n", 1))
    assert found.body[-1] == last


def test_a_headline_that_ends_in_subscribing_is_no_prompt() -> None:
    text = (FIXTURES / "short_headline.txt").read_text("utf-8")
    headline = "카카오에서 뉴스 구독"  # no call to the reader ("…하세요", "…하기"): a headline
    assert extract(text.replace(extract(text).headline or "", headline, 1)).headline == headline


def test_a_deck_line_with_a_bullet_stays_a_deck_line() -> None:
    text = (FIXTURES / "short_headline.txt").read_text("utf-8")
    for deck in ("■ 국내 제약사 5곳 입주 확정", "■ 국내 제약사 다섯 곳이 켄달스퀘어 연구거점 입주"):
        assert extract(text.replace("국내 제약사 5곳, 켄달스퀘어 공동 연구거점에 입주 확정", deck)).subtitles == (deck,)


def test_a_headline_that_opens_with_a_field_s_word_is_still_the_headline() -> None:
    text = (FIXTURES / "short_headline.txt").read_text("utf-8")
    headline = "국가 R&D 예산 삭감에 바이오 업계 반발"
    assert extract(text.replace("K바이오 보스턴 상륙", headline)).headline == headline


def test_a_release_written_in_items_without_periods_is_text() -> None:
    """개조식: items that end in a noun, without a period ("□ … 로드쇼를 개최", "ㅇ … 상담 120여 건 진행").
    No line read as prose, so all of it was taken for the deck and the release had no text."""
    items = [
        "□ 보건복지부는 6월 5일부터 7일까지 미국 보스턴에서 K-바이오 투자 로드쇼를 개최",
        "ㅇ 국내 바이오벤처 12곳과 현지 벤처캐피털 30여 곳이 참석하여 투자 상담 120여 건 진행",
        "ㅇ 이 중 5개 기업은 후속 실사 단계에 진입",
        "□ 보건복지부는 내년에도 로드쇼를 이어갈 계획",
    ]
    deck = "- 국내 바이오벤처 12곳, 현지 VC 30여 곳과 투자 상담 -"
    found = extract("\n".join(["보건복지부, 보스턴 K-바이오 투자 로드쇼 개최 결과", deck, "보도일시 2024. 6. 10.(월) 09:00", *items]))
    assert (found.headline, found.subtitles, found.body, found.date) == (
        "보건복지부, 보스턴 K-바이오 투자 로드쇼 개최 결과", (deck,), tuple(items), "2024-06-10"
    )


def test_a_copy_without_periods_has_its_text() -> None:
    """A blog's or a messenger's copy whose sentences end without the period ("…일하고 있었습니다"):
    no line read as prose, all of it was the deck, and the file was skipped as having no text.
    A long headline that ends in a verb is still the headline."""
    found = _extract("unpunctuated_copy.txt")
    assert found.headline == "과기정통부, 美 보스턴에 K바이오 전진기지…홍릉강소특구 연계해 2025년까지 현지 거점 구축 추진한다"
    assert found.subtitles == () and len(found.body) == 3 and found.body[1].endswith("설명해 주었어요")


@pytest.mark.parametrize(
    "under",
    [
        "저작권자 © 바이오신문 무단전재 및 재배포 금지\n많이 본 뉴스\nK바이오 보스턴 상륙\n다른 기사 제목\n",
        "K바이오 보스턴 상륙\n",  # a print view's footer
    ],
)
def test_the_headline_printed_again_under_the_text_is_still_the_headline(under: str) -> None:
    """A popular story is in its own page's list of most-read stories: the copy under the text
    was kept, the headline above it dropped, and the deck became the headline."""
    found = extract((FIXTURES / "short_headline.txt").read_text("utf-8") + under)
    assert (found.headline, found.subtitles) == ("K바이오 보스턴 상륙", ("국내 제약사 5곳, 켄달스퀘어 공동 연구거점에 입주 확정",))
    assert len(found.body) == 3


@pytest.mark.parametrize(
    ("trail", "section"), [("경제 > 바이오", "경제 바이오"), ("뉴스 › 제약·바이오", "제약·바이오"), ("수출 > 수입 역전", None)]
)
def test_a_trail_of_two_section_names_is_the_section(trail: str, section: str | None) -> None:
    """Two crumbs, each a section's name, were taken for the headline; a line with one ">" between
    words that are not section names stays what it was (here the headline)."""
    found = extract(trail + "\n" + (FIXTURES / "short_headline.txt").read_text("utf-8"))
    assert (found.section, found.headline) == ((section, "K바이오 보스턴 상륙") if section else (None, trail))


@pytest.mark.parametrize(
    ("trail", "section"),
    [
        # the home page under another name, or ndsoft's page kind, as the first crumb: the trail was the headline
        ("홈으로 > 제약바이오", "제약바이오"),
        ("뉴스홈 > 산업 > 제약·바이오", "산업 제약·바이오"),
        ("처음으로 > 해외 > 바이오", "해외 바이오"),
        ("기사본문 > 제약·바이오", "제약·바이오"),
        ("메디컬 > 제약·바이오", "메디컬 제약·바이오"),  # a medical paper's section
        ("HOME 뉴스 바이오", "바이오"),  # separators drawn as icons, lost in the copy
        ("홈 산업 제약·바이오", "산업 제약·바이오"),
    ],
)
def test_a_trail_from_the_home_page_under_other_names_is_the_section(trail: str, section: str) -> None:
    """The home page under another name or ndsoft's page kind as a trail's first crumb, or a trail without
    its separators: the trail was taken for the headline, and the headline for a deck line."""
    found = extract(trail + "\n" + (FIXTURES / "short_headline.txt").read_text("utf-8"))
    assert (found.section, found.headline) == (section, "K바이오 보스턴 상륙")


def test_a_headline_opening_with_home_is_no_trail() -> None:
    text = (FIXTURES / "short_headline.txt").read_text("utf-8").replace("K바이오 보스턴 상륙", "홈 헬스케어 시장 커진다", 1)
    assert extract(text).headline == "홈 헬스케어 시장 커진다"


@pytest.mark.parametrize("separator", [" - ", " | ", " : ", " < "])
def test_the_site_name_a_page_title_adds_is_not_part_of_the_headline(separator: str) -> None:
    text = (FIXTURES / "repost_with_source_line.txt").read_text("utf-8")
    titled = text.replace("셀트리온, 보스턴 연구센터 개소\n", f"셀트리온, 보스턴 연구센터 개소{separator}바이오데일리\n", 1)
    assert extract(titled).headline == "셀트리온, 보스턴 연구센터 개소"
    # The outlet's name inside the headline stays.
    inside = text.replace("셀트리온, 보스턴 연구센터 개소\n", f"셀트리온{separator}바이오데일리 공동 연구 협약\n", 1)
    assert extract(inside).headline == f"셀트리온{separator}바이오데일리 공동 연구 협약"


@pytest.mark.parametrize("placeholder", ["[사진]", "(이미지)", "사진 확대", "이미지 크게 보기", "[그래픽]", "동영상 재생"])
def test_where_a_copy_left_a_photo_out_is_furniture(placeholder: str) -> None:
    """What a copy leaves where a photo or video was: it was a deck line or an empty caption."""
    text = (FIXTURES / "short_headline.txt").read_text("utf-8")
    text = text.replace("입력 2024.06.03 09:30\n", f"입력 2024.06.03 09:30\n{placeholder}\n")
    text = text.replace("입주 기업들은", f"{placeholder}\n입주 기업들은")
    found = extract(text)
    assert found.subtitles == ("국내 제약사 5곳, 켄달스퀘어 공동 연구거점에 입주 확정",) and found.captions == ()
    assert placeholder not in found.body and len(found.body) == 3


def test_a_blog_s_scrap_of_an_article() -> None:
    """Under a blog's copy: its scrap line ("[출처] 제목|작성자 별명", the post, not the outlet) and
    its buttons (공감 3, 이웃추가), which stayed in the text."""
    text = (FIXTURES / "repost_with_source_line.txt").read_text("utf-8")
    found = extract(text.replace("출처: 바이오데일리\n", "[출처] 셀트리온, 보스턴 연구센터 개소|작성자 바이오맨\n공감 3\n이웃추가\n"))
    assert len(found.body) == 2 and found.body[-1].endswith("늘리겠다\"고 말했다.") and found.outlet is None


def test_a_contributor_s_column() -> None:
    """An op-ed under a trail of two crumbs ("오피니언 > 기고"): 기고 was no section word, so the trail
    was taken for the headline and the headline for the deck. The outlet's note that a contributor's
    view is not its own is furniture; the writer's sign-off is the column's own line."""
    found = _extract("opinion_column.txt")
    assert (found.headline, found.subtitles, found.section) == ("[기고] 보스턴 클러스터가 한국 제약에 주는 교훈", (), "오피니언 기고")
    assert (found.date, found.outlet) == ("2024-09-02", "메디포럼")
    assert found.body[0].startswith("지난 10년간") and found.body[-1] == "이영호 한국바이오경영연구원 원장"


@pytest.mark.parametrize(
    "note",
    [
        "※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.",
        "이 글의 내용은 본지의 입장과 다를 수 있습니다.",
        "*본 칼럼은 당사의 편집방향과 일치하지 않을 수 있습니다",
    ],
)
def test_a_note_that_a_contributor_s_view_is_not_the_outlet_s_is_furniture(note: str) -> None:
    text = (FIXTURES / "opinion_column.txt").read_text("utf-8")
    found = extract(text.replace("※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.", note))
    assert note not in found.body and found.body[-1] == "이영호 한국바이오경영연구원 원장"


PAYWALL = "이 기사는 유료 구독자만 볼 수 있습니다. 로그인 후 이용해 주세요."


def test_a_paid_article_s_copy_stops_at_its_paywall() -> None:
    """A paid story copied as far as the outlet shows it: the paywall's request and buttons were
    kept as the last paragraph; the copy is marked as stopping there. The notice under the buttons
    names the outlet as it stands in quotes after what it is ("자본시장 미디어 'thebell'"). The note
    that the outlet's premium service carried the story first is furniture, and its earlier time is
    not this copy's."""
    found = _extract("paywalled_copy.txt")
    assert found.truncated and found.outlet == "thebell"
    assert found.body[0].startswith("국내 바이오기업들의") and found.body[-1].endswith("먼저\"라고 말했다.")
    assert len(found.body) == 2
    text = (FIXTURES / "paywalled_copy.txt").read_text("utf-8")
    assert (found.date, found.time) == ("2024-05-20", "07:45")
    assert extract(text.replace("공개 2024-05-20 07:45:12", "")).date is None
    for request in ("전체 기사를 보시려면 로그인해 주세요", "나머지 내용은 유료 구독 후 확인하실 수 있습니다.", "이 기사는 프리미엄 회원 전용입니다."):
        again = extract(text.replace(PAYWALL, request))
        assert again.truncated and request not in again.body and again.outlet == "thebell"
    assert not extract(text.replace(PAYWALL + "\n", "")).truncated


def test_a_request_to_subscribe_with_text_after_it_is_the_text_s_own() -> None:
    """Only a request that nothing of the text follows is the paywall: a release may say how its
    readers get the rest ("이후 내용은 구독자에게 이메일로 보내드립니다.")."""
    text = (FIXTURES / "paywalled_copy.txt").read_text("utf-8").replace(PAYWALL + "\n", "")
    sentence = "이후 내용은 구독자에게 이메일로 보내드립니다."
    found = extract(text.replace("현지 투자 유치를", f"{sentence}\n\n현지 투자 유치를"))
    assert not found.truncated and sentence in found.body and len(found.body) == 3
    # Nor is a note on who pays for the journalism, though it names subscribers: it asks nothing of the reader.
    support = "이 기사는 구독자 여러분의 후원으로 만들어집니다."
    supported = extract(text.replace("\n구독하기 로그인", f"\n{support}\n구독하기 로그인"))
    assert not supported.truncated and supported.body[-1] == support


AI_SUMMARY = "AI 요약\n셀트리온이 미국 보스턴에 항체 연구소를 열었다.\n현지 연구 인력 30명을 연내 채용할 계획이다.\nAI가 요약한 내용으로, 전체 맥락은 본문을 확인해 주세요.\n"
LEAD = "셀트리온은 10일(현지시간) 미국 매사추세츠주"


@pytest.mark.parametrize(
    "box",
    [
        AI_SUMMARY,
        "AI 기사요약\n인공지능이 기사를 요약했습니다.\n- 셀트리온, 보스턴에 항체 연구소 개소\n- 현지 인력 30명 연내 채용\n",
        "인공지능 요약(beta)\n• 셀트리온, 보스턴에 항체 연구소 개소\n• 현지 인력 30명 연내 채용\n",
    ],
)
def test_an_outlet_s_machine_summary_is_not_the_text(box: str) -> None:
    """Its sentences paraphrase the text and read as its first paragraphs; its label was the deck."""
    text = (FIXTURES / "ai_summary_box.txt").read_text("utf-8").replace(AI_SUMMARY, box)
    found = extract(text)
    assert found.subtitles == () and found.body[0].startswith(LEAD) and len(found.body) == 2
    assert (found.date, found.reporters, found.outlet) == ("2025-02-11", ("김하늘",), "바이오헤럴드")


def test_a_machine_summary_s_end_unknown_keeps_the_text() -> None:
    """Without its note or bullets, where the box ends is not known: only the label goes, and a
    short lead right under it is kept (so are the summary's lines); a lead about a model that
    writes summaries is no note."""
    text = (FIXTURES / "ai_summary_box.txt").read_text("utf-8")
    short_lead = "셀트리온이 미국 보스턴에 항체 연구소를 열었다고 11일 밝혔다."
    found = extract(text.replace(AI_SUMMARY, f"AI 요약\n{short_lead}\n"))
    assert found.body[0] == short_lead and len(found.body) == 3
    about_ai = "셀트리온은 AI가 생성한 항체 후보물질을 보스턴 연구소에서 검증한다고 11일 밝혔다. 연구소는 항체 설계와 세포주 개발을 맡는다."
    found = extract(text.replace(AI_SUMMARY, f"AI 요약\n{about_ai}\n"))
    assert found.body[0] == about_ai


def test_a_table_copied_from_a_page_keeps_its_columns() -> None:
    """A browser copies a table as a row a line with its cells between tabs; as spaces, "기업 수" and
    the numbers under it ran together ("2018 7 사무소 위주"). Tabs before or after a line are indentation."""
    found = _extract("copied_table.txt")
    assert found.body[1:4] == ("연도 | 기업 수 | 비고", "2018 | 7 | 사무소 위주", "2023 | 21 | 연구소 8곳 포함")
    text = (FIXTURES / "copied_table.txt").read_text("utf-8")
    assert extract(text.replace("2018\t7\t사무소 위주", "\t2018\t\t사무소 위주\t")).body[2] == "2018 | | 사무소 위주"


def test_a_notice_in_words_ends_the_text_and_names_the_outlet() -> None:
    """"본 기사의 저작권은 메디칼타임즈에 있습니다.": no mark and no formula, so it was the last paragraph."""
    text = (FIXTURES / "short_headline.txt").read_text("utf-8") + "본 기사의 저작권은 메디칼타임즈에 있습니다.\n다른 기사 제목\n"
    found = extract(text)
    assert found.outlet == "메디칼타임즈" and found.body[-1].endswith("계기가 될 것\"이라고 말했다.")


def test_a_page_made_by_a_blog_engine() -> None:
    """A small outlet on a blog engine: its meta line prints the days bare, the byline beside them
    ("2024년 11월 5일 2024년 11월 6일 작성자 김보람 기자"); it was the deck. Its share box, related posts
    and tags are not the text."""
    found = _read_page("blog_engine_page.html")
    assert (found.title, found.subtitles, found.section) == ("K바이오 3사, 보스턴 랩센트럴 입주", (), "바이오")
    assert (found.date, found.time, found.outlet, found.reporters) == ("2024-11-05", "08:10", "바이오위클리", ("김보람",))
    assert found.captions == ("랩센트럴 공용 실험실 내부 모습. (사진=랩센트럴 제공)",)
    assert [p[:12] for p in found.body] == ["국내 바이오벤처 세 곳", "입주 기업들은 1년간 ", "한 입주사 대표는 “보"]


def _mailed(text: str) -> Extracted:
    found = extract(text)
    assert (found.headline, found.subtitles, found.date, found.outlet) == ("협회, 보스턴 바이오 파트너링 행사 개최", (), None, None)
    assert [p[:10] for p in found.body] == ["한국바이오협회는 6", "협회는 하반기에도 "]
    return found


def test_a_release_saved_from_a_mail_program() -> None:
    """The mail's header lines were the headline and deck, and the sender's note and closing
    were the text's first and last paragraphs. The mail's date is when it was sent: not taken."""
    text = (FIXTURES / "mailed_release.txt").read_text("utf-8")
    _mailed(text)
    # Without the line that marks the forwarded part, the greeting lines go on their own.
    _mailed(text.replace("----- 보도자료 -----\n\n", ""))
    # A mail program's headers in Korean, and a forwarding note above them.
    korean = text.replace("From: 홍보팀 <press@example.org>", "---------- Forwarded message ---------\n보낸 사람: 홍보팀 <press@example.org>")
    korean = korean.replace("Sent: Tuesday, June 4, 2024 9:02 AM", "보낸 날짜: 2024년 6월 4일 화요일 오전 9:02")
    _mailed(korean.replace("To: ", "받는 사람: ").replace("Subject: [보도자료]", "제목: FW: [보도자료]"))
    # One line that looks like a header is no mail.
    assert extract("Subject: 보스턴\n" + text.split("----- 보도자료 -----\n\n", 1)[1]).headline == "Subject: 보스턴"


def test_a_portal_s_share_text_names_the_outlet_before_the_headline() -> None:
    """"[연합뉴스] 바이오협회, …" as a portal's app shares an article: the outlet, not the headline's."""
    text = (FIXTURES / "short_headline.txt").read_text("utf-8").replace("홍길동 기자 gildong@example.com\n", "")
    found = extract(text.replace("K바이오 보스턴 상륙", "[연합뉴스] K바이오 보스턴 상륙"))
    assert (found.headline, found.outlet) == ("K바이오 보스턴 상륙", "연합뉴스")
    assert extract(text.replace("K바이오 보스턴 상륙", "[단독] K바이오 보스턴 상륙")).headline == "[단독] K바이오 보스턴 상륙"
    # A story's form ends as outlets' names do, and names none.
    carded = extract(text.replace("K바이오 보스턴 상륙", "[카드뉴스] K바이오 보스턴 상륙"))
    assert (carded.headline, carded.outlet) == ("[카드뉴스] K바이오 보스턴 상륙", None)


def test_a_saved_page_titled_as_its_cms_titles_pages() -> None:
    """Without og:title, the page's <title> is the headline: ndsoft's "제목 < 제약 < 기사본문 - 매체" kept
    its trail ("… < 제약 < 기사본문"), and the headline element, whose text differs, was not found."""
    path = FIXTURES / "ndsoft_page.html"
    page = path.read_text("utf-8").replace('<meta property="og:title" content="K바이오, 보스턴 공동 연구소 입주 시작">\n', "")
    page = page.replace('<meta property="article:section" content="제약·바이오">\n', "")
    page = page.replace("<title>K바이오, 보스턴 공동 연구소 입주 시작 - 바이오타임즈", "<title>K바이오, 보스턴 공동 연구소 입주 시작 < 제약 < 기사본문 - 바이오타임즈")
    article = compose(parse_bytes(page.encode("utf-8"), path, "seeds/x.html"), "x", None, "x.meta.yml").article
    assert article is not None
    assert (article.title, article.section) == ("K바이오, 보스턴 공동 연구소 입주 시작", "제약")
    assert article.subtitles == ("국내 기업 다섯 곳 첫 입주…연말까지 열 곳으로",)  # found under the headline element


@pytest.mark.parametrize(
    ("title", "section", "outlet"),
    [
        ("< 제약 < 기사본문 - 가상일보", "제약", "가상일보"),
        ("< 제약 < 산업 < 기사본문 - 가상일보", "산업 제약", "가상일보"),  # innermost first, as the title lists them
        ("< 뉴스 < 기사본문 - 가상일보", None, "가상일보"),
        ("< 제약 < 기사본문", "제약", None),
    ],
)
def test_a_copied_page_title_of_an_ndsoft_site_gives_headline_section_and_outlet(
    title: str, section: str | None, outlet: str | None
) -> None:
    """The title as a copy of the browser's tab gives it, above the text: all of it was the headline."""
    headline = "보스턴서 K바이오 투자 설명회"
    lead = "한국보건산업진흥원은 3일 미국 보스턴에서 국내 바이오 기업 10곳과 함께 현지 투자 설명회를 열었다고 밝혔다."
    found = extract(f"{headline} {title}\n입력 2024.06.03 14:20\n\n{lead}\n")
    assert (found.headline, found.section, found.outlet, found.body) == (headline, section, outlet, (lead,))


def test_a_photo_story_s_caption_is_its_text() -> None:
    """"[포토] …": a headline, a stamp and a caption with its credit. The caption was kept as a caption,
    nothing was left for the text, and the story was skipped as having none."""
    found = _extract("photo_story.txt")
    assert (found.headline, found.date, found.outlet, found.captions) == ("[포토] 보스턴 CIC 입주 기념식", "2024-06-03", "바이오포토뉴스", ())
    assert len(found.body) == 1 and found.body[0].endswith("기념 촬영을 하고 있다. (사진=한국제약바이오협회 제공)")
    # A caption that is no sentence ("… 전경") does not make a page of furniture an article.
    text = (FIXTURES / "photo_story.txt").read_text("utf-8")
    assert extract(text.replace(found.body[0], "보스턴 CIC 전경 (사진=한국제약바이오협회 제공)")).body == ()


def test_a_list_whose_items_end_as_a_document_s_ends_the_text() -> None:
    """Items that end as a document's do ("… 설계할 것", "… 접촉함"), with no line announcing them and no
    notice under them, were cut as a trailing list of other stories; headlines under the text still are."""
    text = (FIXTURES / "announced_list_at_end.txt").read_text("utf-8").replace("선정된 기업과 주력 분야는 다음과 같다.\n", "")
    items = ["1. 현지 법인 설립 전에 세무 구조를 먼저 설계할 것", "2. 임상 파트너는 CRO와 먼저 접촉함", "3. 초기 인력은 현지 경력자로 채울 것"]
    body = extract(text.split("- 가상바이오")[0] + "\n".join(items) + "\n").body
    assert list(body[-3:]) == items
    headlines = ["- 보스턴 바이오 투자 설명회 성료", "- K바이오 3사, 랩센트럴 입주"]
    assert not set(headlines) & set(extract(text.split("- 가상바이오")[0] + "\n".join(headlines) + "\n").body)


def test_a_release_s_labelled_fields_are_no_mail_headers() -> None:
    """"제목: …" and "날짜: …" head a ministry's release too: with no header naming who sent or got it,
    it is no mail (the "날짜" line stays; it is not taken for the date). The headline's label goes, and
    "담당: …" is the release's header, not a deck line."""
    text = "\n".join([
        "보도자료", "제목: 보건복지부, 보스턴 K-바이오 투자 로드쇼 개최", "날짜: 2024. 6. 5.(수)", "담당: 보건산업정책과", "",
        "보건복지부는 6월 4일(현지시간) 미국 보스턴에서 K-바이오 투자 로드쇼를 개최했다고 5일 밝혔다. 국내 바이오벤처 12곳이 참여했다.",
        "복지부는 내년에도 로드쇼를 이어갈 계획이다.",
    ])
    found = extract(text)
    assert (found.headline, found.subtitles, found.date) == ("보건복지부, 보스턴 K-바이오 투자 로드쇼 개최", ("날짜: 2024. 6. 5.(수)",), None)
    assert len(found.body) == 2


def test_a_notice_or_an_end_marker_above_the_text_does_not_end_it() -> None:
    """A copy's odd order, a site's top bar, or a sidebar first in a whole-page copy puts the notice or a
    most-read list above the text: the article ended there, before its first line, and was skipped as
    having no text."""
    text = (FIXTURES / "short_headline.txt").read_text("utf-8")
    plain = extract(text)
    found = extract(text.replace("홍길동 기자\n", "홍길동 기자\nCopyright © 바이오데일리 All rights reserved.\n", 1))
    assert (found.body, found.subtitles, found.outlet) == (plain.body, plain.subtitles, "바이오데일리")
    # A list of other stories under its heading there (a sidebar a whole-page copy puts first) goes, and the text stays.
    for box in ("많이 본 뉴스\n1 보스턴 바이오 투자 설명회 성료\n2 다른 기사 제목\n", "주요기사\n- 보스턴 바이오 투자 설명회 성료\n- 다른 기사 제목\n"):
        listed = extract(text.replace("홍길동 기자\n", "홍길동 기자\n" + box, 1))
        assert (listed.headline, listed.subtitles, listed.body) == (plain.headline, plain.subtitles, plain.body)
    # With no text to come, a notice still ends what little there is.
    assert extract("K바이오 보스턴 상륙\nCopyright © 바이오데일리\n- 다른 기사 제목\n- 또 다른 기사 제목\n").body == ()


def test_an_announced_list_marked_with_triangles_is_text_not_captions() -> None:
    """Korean papers mark a caption with ▲, and the items of a list too: after "… 다음과 같다." the
    items were taken out of the text as captions; a ▲ line on its own is still a caption."""
    found = _extract("announced_marked_list.txt")
    assert found.body[1:4] == ("▲현지 법인 설립 컨설팅", "▲임상 파트너 매칭", "▲현지 인력 채용 지원")
    assert found.captions == ("▲ 보스턴 바이오클러스터 전경",) and found.body[-1].startswith("진흥원은 이달 말까지")


@pytest.mark.parametrize(
    ("line", "section"),
    [("뉴스 | 제약 | 바이오", "제약 바이오"), ("경제 · 바이오", "경제 바이오"), ("정치 | 경제 | 사회 | 국제 | 바이오", None)],
)
def test_a_section_path_or_menu_on_one_line_is_not_the_headline(line: str, section: str | None) -> None:
    """Sections between bars or spaced middle dots were taken for the headline, and the headline for the deck;
    a menu (more items than a path has) names no section. Two words that are not section names are a headline."""
    text = (FIXTURES / "short_headline.txt").read_text("utf-8")
    plain, found = extract(text), extract(f"{line}\n{text}")
    assert (found.section, found.headline, found.subtitles) == (section, plain.headline, plain.subtitles)
    assert extract(f"보스턴 | 바이오\n{text}").headline == "보스턴 | 바이오"


def test_a_news_site_s_footer_ends_the_text_and_its_registration_day_is_not_the_date() -> None:
    """A whole-page copy has the site's footer above the notice: its links and imprint were the text's last
    paragraphs, and with no stamp above the text the paper's registration day ("등록일: 2015.03.02") became
    the article's publication date, stated."""
    text = (FIXTURES / "site_footer_copy.txt").read_text("utf-8")
    found = extract(text)
    assert found.body[-1].endswith("계기가 될 것\"이라고 말했다.") and len(found.body) == 3
    assert (found.date, found.outlet) == ("2024-06-03", "바이오인사이트")
    unstamped = extract(text.replace("입력 2024.06.03 09:30\n", ""))
    assert (unstamped.date, unstamped.time) == (None, None) and unstamped.body == found.body
    # An imprint without colons on one line, the site's only footer line, is one too.
    bare = text.split("회사소개")[0].replace("입력 2024.06.03 09:30\n", "") + "등록번호 서울 아00000 등록일 2015.03.02 발행인 홍발행\n"
    assert extract(bare).date is None
    # Without the notice under it, the footer still ends the text.
    assert extract(text.replace("Copyright © 바이오인사이트. All rights reserved.\n", "")).body == found.body


@pytest.mark.parametrize(
    "comments",
    [
        "댓글 2\n김철수 2024.06.05 10:00\n좋은 정보 감사합니다.\n이영희 2024.06.06 11:00\n잘 봤습니다.\n",
        "댓글 2개\n김철수\n2024.06.05 10:00\n좋은 정보 감사합니다\n",
        "전체 댓글 1\n김철수 24.06.05 10:00 신고\n좋은 정보네요\n",
    ],
)
def test_readers_comments_under_the_text_are_not_the_text_and_their_times_not_its_date(comments: str) -> None:
    """A copy with the comments under a text that has no notice: they were its last paragraphs, and with
    no stamp above the text a comment's time became the article's publication date."""
    text = (FIXTURES / "short_headline.txt").read_text("utf-8").replace("입력 2024.06.03 09:30\n", "").replace("홍길동 기자 gildong@example.com\n", "")
    plain, found = extract(text), extract(text + comments)
    assert (found.body, found.date, found.time) == (plain.body, None, None)
    # A notice under the comments' heading still names the outlet; a comment count above the text is a button.
    assert extract(text + "댓글 0\nⓒ 바이오인사이트 무단전재 및 재배포 금지\n").outlet == "바이오인사이트"
    assert extract(text.replace("K바이오 보스턴 상륙\n", "K바이오 보스턴 상륙\n댓글 0\n")).subtitles == plain.subtitles


@pytest.mark.parametrize(
    "widget",
    [
        "코스피 2,700.12 (+0.5%) 2024.06.05 15:30 기준", "2024.06.05 15:00 기준 서울 25℃", "현재 시각 2024.06.05 15:30", "2024년 6월 5일 수요일",
        # when the copy was printed, saved or captured
        "출력일: 2024-06-10 10:00", "저장일 2024.06.10 10:00", "2024.06.10 10:00 캡처",
        # a header's clock, the weather box's day, a modification labelled after its date
        "Today 2024.06.05 15:30", "오늘 2024.06.05 15:30", "NOW 2024.06.05 15:30", "2024년 6월 5일 수요일 오늘의 날씨",
        "2024.06.05 (수) 15:30 업데이트",
    ],
)
def test_a_widget_s_time_above_the_text_is_not_the_date_nor_the_headline(widget: str) -> None:
    """A market ticker's, a weather box's or a clock's date and time (as of which its figures are) read as
    an unlabelled stamp: with no stamp of the article's own, it became the publication date, stated, and
    the line the headline. The page header's day in words is furniture too."""
    text = (FIXTURES / "short_headline.txt").read_text("utf-8").replace("입력 2024.06.03 09:30\n", "")
    plain, found = extract(text), extract(f"{widget}\n{text}")
    assert (found.date, found.time, found.headline, found.subtitles) == (None, None, plain.headline, plain.subtitles)
    # A byline line's date and time is still the stamp, also beside a print button.
    assert extract(text.replace("홍길동 기자\n", "홍길동 기자 2024.06.03 09:30\n", 1)).date == "2024-06-03"
    printed = extract(text.replace("홍길동 기자\n", "홍길동 기자 | 입력 2024.06.03 09:30 | 인쇄 | 공유\n", 1))
    assert (printed.date, printed.time, printed.reporters) == ("2024-06-03", "09:30", ("홍길동",))


@pytest.mark.parametrize("credit", ["ⓒ게티이미지뱅크", "© Getty Images Bank", "ⓒ 클립아트코리아"])
def test_a_stock_photo_s_credit_under_the_text_is_not_the_notice(credit: str) -> None:
    """The mark and a name under the text read as the notice: the stock photo agency became the outlet."""
    text = (FIXTURES / "short_headline.txt").read_text("utf-8")
    assert extract(text + credit + "\n").outlet is None
    assert extract(text + credit + "\nⓒ 바이오인사이트 무단전재 및 재배포 금지\n").outlet == "바이오인사이트"
    assert extract(text + "ⓒ 바이오인사이트\n").outlet == "바이오인사이트"  # the mark and an outlet's name still are one


def test_a_page_that_states_no_publication_date_gets_none_from_its_other_dates() -> None:
    """With only article:modified_time and og:updated_time in its metadata, or a sidebar's <time>,
    trafilatura's date search falls back to them: the day of an edit or another story's day was the
    article's publication date, stated. The text's own stamp, when there is one, gives the date instead."""
    path = FIXTURES / "modified_only_page.html"
    article = _read_page("modified_only_page.html")
    assert (article.date, article.date_source) == (None, None)
    stamped = path.read_text("utf-8").replace("<h1>셀트리온, 보스턴 연구소 개소</h1>", "<h1>셀트리온, 보스턴 연구소 개소</h1><p>입력 2024.06.03 09:30</p>")
    found = compose(parse_bytes(stamped.encode("utf-8"), path, "seeds/x.html"), "x", None, "x.meta.yml").article
    assert found is not None and (found.date, found.time) == ("2024-06-03", "09:30")
    # A sidebar's <time> of another story, with no date of the page's own, was taken too.
    sidebar = '<aside><h3>많이 본 뉴스</h3><ul><li><a href="/a">다른 기사</a> <time datetime="2024-05-01T08:00:00+09:00">05.01</time></li></ul></aside>'
    listed = path.read_text("utf-8").replace('<meta property="article:modified_time" content="2024-06-10T10:00:00+09:00">\n', "")
    listed = listed.replace('<meta property="og:updated_time" content="2024-06-10T10:00:00+09:00">\n', "").replace("</body>", sidebar + "</body>")
    other = compose(parse_bytes(listed.encode("utf-8"), path, "seeds/x.html"), "x", None, "x.meta.yml").article
    assert other is not None and other.date is None and "2024-05-01" in listed
    # Published and modified on the same day: the day stands.
    same = path.read_text("utf-8").replace("<meta property=\"og:updated_time\"", "<meta property=\"article:published_time\" content=\"2024-06-10T09:00:00+09:00\">\n<meta property=\"og:updated_time\"")
    kept = compose(parse_bytes(same.encode("utf-8"), path, "seeds/x.html"), "x", None, "x.meta.yml").article
    assert kept is not None and kept.date == "2024-06-10"


def test_a_publication_time_in_another_zone_gives_the_korean_day() -> None:
    """article:published_time in UTC ("2024-06-02T20:30:00Z"): trafilatura gives that zone's day, the 2nd,
    and the time was dropped as not the same day; in Korean time, as the outlet prints it, it is the 3rd."""
    path = FIXTURES / "modified_only_page.html"
    page = path.read_text("utf-8").replace(
        '<meta property="article:modified_time" content="2024-06-10T10:00:00+09:00">', '<meta property="article:published_time" content="2024-06-02T20:30:00Z">'
    )
    article = compose(parse_bytes(page.encode("utf-8"), path, "seeds/x.html"), "x", None, "x.meta.yml").article
    assert article is not None and (article.date, article.time) == ("2024-06-03", "05:30")


@pytest.mark.parametrize("author", ["관리자", "admin", "온라인뉴스팀", "편집국"])
def test_a_cms_account_or_a_desk_in_the_author_field_is_no_reporter(author: str) -> None:
    """A page's author field holding its CMS's account or a desk came out as the article's reporter."""
    path = FIXTURES / "modified_only_page.html"
    page = path.read_text("utf-8").replace("<h1>", f'<span class="author">{author}</span><h1>')
    article = compose(parse_bytes(page.encode("utf-8"), path, "seeds/x.html"), "x", None, "x.meta.yml").article
    assert article is not None and article.reporters == ()
    named = page.replace(f'<span class="author">{author}</span>', '<span class="author">홍길동</span>')
    assert compose(parse_bytes(named.encode("utf-8"), path, "seeds/x.html"), "x", None, "x.meta.yml").article.reporters == ("홍길동",)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("above", "section"),
    [
        ("홈 | 정치 | 경제 | 사회", None),  # the site's menu: it was the section 정치 경제 사회
        ("정치\n사회\n문화", None),
        ("정치 | 사회", None),
        ("경제 | 바이오", "경제 바이오"),  # a path: one front-page section at most
        ("사회\n사회일반", "사회 사회일반"),
    ],
)
def test_two_front_page_sections_side_by_side_are_the_site_s_menu(above: str, section: str | None) -> None:
    lead = "한국보건산업진흥원은 3일 미국 보스턴에서 국내 바이오 기업 10곳과 함께 현지 투자 설명회를 열었다고 밝혔다."
    found = extract(f"{above}\n보스턴서 K바이오 투자 설명회\n입력 2024.06.03 14:20\n\n{lead}\n")
    assert (found.section, found.headline, found.body) == (section, "보스턴서 K바이오 투자 설명회", (lead,))


def test_a_trade_paper_page_whose_byline_label_runs_into_the_name() -> None:
    """Copied from the page, the label before the byline (기자명) and the name run together,
    with the stamps and the comment count on the same line: it was kept as a deck line."""
    found = _extract("trade_press_labelled_byline.txt")
    assert found.reporters == ("홍길동",) and found.subtitles == ()
    assert (found.date, found.time) == ("2024-05-08", "09:12")  # 입력, not 수정
    assert found.outlet == "가상약업신문" and found.section == "제약·바이오 해외진출"
    assert found.body[0].startswith("가상제약이 미국 보스턴") and len(found.body) == 3


def test_two_articles_pasted_into_one_file_are_flagged_and_no_other_input_is() -> None:
    """A file of clippings: the second article's headline over its stamp, under the first's
    paragraphs. Read as one article (nothing is cut: a page's other stories look alike), with a
    warning; every other input we have, in every format, gets none."""
    flagged = {}
    for path in sorted([*FIXTURES.iterdir(), *SEEDS.glob("*.txt")]):
        if path.suffix not in (".txt", ".html", ".mhtml", ".md"):
            continue
        try:
            raw = parse_bytes(path.read_bytes(), path, path.name)
        except InputError:
            continue
        composed = compose(raw, "x", None, "x.meta.yml")
        flagged.update({path.name: i.message for i in composed.issues if i.code == "two-articles"})
    assert list(flagged) == ["two_articles_pasted.txt"]
    assert flagged["two_articles_pasted.txt"].startswith("a second article seems to start at '가상제약, 보스턴 바이오 행사서 기술 설명회'")

