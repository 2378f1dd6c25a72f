"""Publication date forms real Korean outlets use, and dates that must not be taken."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.bylines import Byline, take_byline_line
from generator.extract.pubdate import find_published, is_meta_line, parse_date_value

STATED = [
    ("기사입력 2020.01.22 12:24", ("2020-01-22", "12:24")),
    ("• 승인 2021.10.19 06:42", ("2021-10-19", "06:42")),
    ("입력 2024-04-18 09:50", ("2024-04-18", "09:50")),
    ("등록 2020.01.22 11:13:47", ("2020-01-22", "11:13")),
    ("기사승인 : 2022-11-23 11:23:26", ("2022-11-23", "11:23")),
    ("홍길동 기자 | 22.02.25 16:01", ("2022-02-25", "16:01")),
    ("입력 2023. 5. 12. 10:04", ("2023-05-12", "10:04")),
    ("입력2023.05.12. 오후 2:04", ("2023-05-12", "14:04")),
    ("입력 2023.05.12. 오전 12:30", ("2023-05-12", "00:30")),
    ("최초입력 2019년 4월 18일 16:11", ("2019-04-18", "16:11")),
    ("게재 일자 : 2022/03/04", ("2022-03-04", None)),
    ("발행일 2022-03-04", ("2022-03-04", None)),
    ("송고시간2022-03-04 07:00", ("2022-03-04", "07:00")),
    ("입력일시 : 2022년 03월 04일 07:00", ("2022-03-04", "07:00")),
    ("송고 2022-03-04 07:00", ("2022-03-04", "07:00")),
    ("Published 2024-01-02 08:00", ("2024-01-02", "08:00")),
    # English editions of Korean papers
    ("Published : May 12, 2023 - 10:04", ("2023-05-12", "10:04")),
    ("Published: 12 May. 2023, 10:04", ("2023-05-12", "10:04")),
    ("Posted : 2023-05-12 10:04 | Updated : 2023-05-13 09:15", ("2023-05-12", "10:04")),
    ("Published on Sept. 3, 2024", ("2024-09-03", None)),
    ("등록 2024.01.02", ("2024-01-02", None)),
    ("입력 2023.05.12 (10:04) 수정 2023.05.12 (11:20)", ("2023-05-12", "10:04")),  # broadcasters
    ("기사입력 2023/05/12 [10:04]", ("2023-05-12", "10:04")),
    ("기사입력 2023년 05월 12일 10시 04분", ("2023-05-12", "10:04")),
    ("기사전송 2023-05-12 10:04", ("2023-05-12", "10:04")),
    ("승인 2023.05.12 (금) 오후 2:04", ("2023-05-12", "14:04")),
    ("배포일시 2024. 11. 14. 09:00", ("2024-11-14", "09:00")),  # a press release
    ("보도시점 2024. 6. 5.(수) 14:00", ("2024-06-05", "14:00")),
    ("배포 2024. 6. 4.(화)", ("2024-06-04", None)),  # the weekday and no time
    ("기사입력 : 2024년 3월 18일 월요일 09:10", ("2024-03-18", "09:10")),  # the weekday in full
    ("등록 2024-03-18 오전 9:10:00", ("2024-03-18", "09:10")),
    ("입력 2024.3.18 9:10 PM", ("2024-03-18", "21:10")),  # the half of the day after the time
    ("Published : May 12, 2023 - 10:04 p.m.", ("2023-05-12", "22:04")),
    ("승인 2024.03.18 09:10 최종편집 2024.03.19 10:00", ("2024-03-18", "09:10")),
    # Read by the unlabelled rule, but their lines stayed in the text as deck lines
    ("게시일 : 2024.06.03 09:30", ("2024-06-03", "09:30")),  # a government site's or a board's label
    ("Date 2024.06.03 09:30", ("2024-06-03", "09:30")),
    ("승인 2024.06.03 09:30 (월)", ("2024-06-03", "09:30")),  # the weekday after the time
    # The label in brackets of its own: the date was read as an unlabelled one (none without a time), the line stayed as a deck line
    ("[입력] 2024-06-03 14:20:11", ("2024-06-03", "14:20")),
    ("[등록] 2024.06.03 14:20 [수정] 2024.06.03 15:00", ("2024-06-03", "14:20")),
    ("2024.06.03 14:20 등록", ("2024-06-03", "14:20")),  # the label after the date
    ("조회수 1,234 | 2024.06.03 14:20", ("2024-06-03", "14:20")),
    ("보도일 2024.06.10 12:00", ("2024-06-10", "12:00")),  # a release's, as 보도일시
    ("엠바고 2024.06.10 12:00", ("2024-06-10", "12:00")),  # not before it: when a release may be published  # a board's post: its line was the headline
    ("【입력】2024.06.03 14:20", ("2024-06-03", "14:20")),
    ("[입력] 2024.06.03", ("2024-06-03", None)),
    ("<발행일> 2024.06.03", ("2024-06-03", None)),
    # ISO 8601, as a template prints its machine-readable stamp: the day only was read, the line stayed a deck line
    ("입력: 2024-06-03T14:20:00+09:00", ("2024-06-03", "14:20")),
    ("입력 2024-06-03T14:20+09:00", ("2024-06-03", "14:20")),
    ("2024-06-03T14:20:00.000+09:00", ("2024-06-03", "14:20")),  # no label: none was read
    # Another zone's clock is read in Korean time, the day with it (the outlet's day is Korea's).
    ("2024-06-03T14:20:00Z", ("2024-06-03", "23:20")),
    ("Published 2024-06-03T20:30:00-04:00", ("2024-06-04", "09:30")),
    ("PUBLISHED: 2024-06-03 14:20", ("2024-06-03", "14:20")),
    ("Input : 2024-06-03 14:20:00", ("2024-06-03", "14:20")),  # an English edition's label
    # Date and time in words on a line of their own: no stamp was read
    ("2024년 6월 3일 14시 20분", ("2024-06-03", "14:20")),
    ("2024년 6월 3일 (월) 오후 2시 20분", ("2024-06-03", "14:20")),
    # Full-width forms, as an input method or an older page's template types them: nothing was read, the line stayed a deck line
    ("송고시간２０２４－０４－１８ ０９：５０", ("2024-04-18", "09:50")),
    ("입력：２０２４．０４．１８ ０９：５０", ("2024-04-18", "09:50")),
    ("등록 2024／04／18", ("2024-04-18", None)),
    ("２０２４．０４．１８ ０９：５０", ("2024-04-18", "09:50")),  # no label
    ("입력 2024.04.18（목） 09:50", ("2024-04-18", "09:50")),  # the weekday in full-width brackets: the time was lost
    # A word processor's dashes (hyphen, en dash, minus): nothing was read
    ("입력 2024‐04‐18 09:50", ("2024-04-18", "09:50")),
    ("입력 2024–04–18 09:50", ("2024-04-18", "09:50")),
    ("입력 2024−04−18", ("2024-04-18", None)),
]


@pytest.mark.parametrize(("line", "expected"), STATED)
def test_stated_date_forms(line: str, expected: tuple[str, str | None] | None) -> None:
    assert find_published([line]) == expected


@pytest.mark.parametrize(("line", "expected"), STATED)
def test_a_stamp_line_leaves_the_text(line: str, expected: object) -> None:
    """Once read, the stamp is metadata: its line (a byline beside it or not) is no article text."""
    assert is_meta_line(line) or take_byline_line(line, Byline())


NOT_THE_ARTICLE_DATE = [
    "2020.02.24 (월)",  # the page header's day (weather widget)
    "맑음서울2.4℃",
    "수정 2023.05.13 09:00",  # a modification stamp is not the publication date
    "[수정] 2023.05.13",
    "최종편집 2024.03.19 10:00",
    "- '마약 혐의' 유아인, 기자 많다고 집으로 2023.05.24",  # a related headline
    "정부는 2025.01.01부터 새 제도를 시행한다고 밝혔다.",  # a date inside prose, no label
    "입력 2023.02.30 10:00",  # no such day
    "입력 1899.01.01 10:00",
    "2023년 5월 12일 10시 30분 코엑스에서 개최",  # a deck announcing an event: no label, a Korean clock
    "UPDATED 2024-06-04T10:00:00+09:00",
    "입력: 06/03/2024 14:20",  # the month first, as American pages write it: it was read as 2006-03-20
    "2024.06.05 15:30 업데이트",  # a modification, labelled after its date
    "Today 2024.06.05 15:30",  # a page header's clock
    # modifications and a reader's access under other labels: each was taken as an unlabelled stamp
    "Last updated 2024-06-05 15:30",
    "last modified: 2024.06.05 15:30",
    "Edited 2024-06-05 15:30",
    "편집 2024.06.05 15:30",
    "갱신 2024.06.05 15:30",
    "변경 2024.06.05 15:30",
    "Accessed 2024-06-05 15:30",
    # an event's time, as a release or an announcement gives it above the text: it became the publication date
    "일시: 2024.06.10 14:00",
    "마감 2024.06.10 18:00",
    "행사일 2024.06.10 14:00",
    "장소: 보스턴 | 2024.06.10 14:00",
    "2024.06.10 14:00 ~ 16:00",
    "2024.06.10 14:00 보스턴서 설명회 개최",
    "Event: 2024-06-10 14:00",
    "Updated : May 13, 2023 - 09:15",
    "Published : Mayo 12, 2023",  # no such month
    "The ministry published its plan on May 12, 2023.",  # prose, not a stamp
]


@pytest.mark.parametrize("line", NOT_THE_ARTICLE_DATE)
def test_dates_that_are_not_the_publication_date(line: str) -> None:
    assert find_published([line]) is None


def test_publication_wins_over_modification_in_either_order() -> None:
    lines = ["수정 2023.05.13 09:00", "입력 2023.05.12 08:00"]
    assert find_published(lines) == ("2023-05-12", "08:00")


def test_labelled_date_wins_over_an_unlabelled_one() -> None:
    assert find_published(["홍길동 기자 22.02.25 16:01", "승인 2022.02.26 07:00"]) == ("2022-02-26", "07:00")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-18", ("2024-04-18", None)),
        ("2024-04-18T09:50:00+09:00", ("2024-04-18", "09:50")),
        ("2024-04-18T20:50:00Z", ("2024-04-19", "05:50")),  # in Korean time
        ("2024-04-18 09:50", ("2024-04-18", "09:50")),
        (dt.datetime(2024, 4, 18, 20, 50, tzinfo=dt.timezone.utc), ("2024-04-19", "05:50")),  # YAML reads a zone
        (dt.date(2021, 6, 25), ("2021-06-25", None)),
        (dt.datetime(2021, 6, 25, 7, 5), ("2021-06-25", "07:05")),
        ("yesterday", None),
        (20240418, None),
    ],
)
def test_metadata_date_values(value: object, expected: object) -> None:
    assert parse_date_value(value) == expected


def test_an_event_s_time_above_a_release_s_text_stays_as_its_line() -> None:
    """Not the publication date (it was, stated), and not furniture either: the line is the release's."""
    from generator.extract import extract

    lead = "한국보건산업진흥원은 오는 10일 미국 보스턴에서 국내 바이오 기업 10곳과 함께 현지 투자 설명회를 연다고 3일 밝혔다."
    found = extract(f"보스턴서 K바이오 투자 설명회\n일시: 2024.06.10 14:00\n장소: 보스턴 CIC\n\n{lead}\n")
    assert (found.date, found.time) == (None, None)
    assert found.subtitles == ("일시: 2024.06.10 14:00", "장소: 보스턴 CIC")
    assert extract(f"보스턴서 K바이오 투자 설명회\n배포 2024.06.03 09:00\n일시: 2024.06.10 14:00\n\n{lead}\n").date == "2024-06-03"
