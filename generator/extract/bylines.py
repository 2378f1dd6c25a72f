"""Reporters and outlet, from bylines, datelines and copyright lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator import patterns as p
from generator.extract.pubdate import META_LINE_MAX

BYLINE_MAX = 60
SIGNOFF_MAX = 120  # characters: names, a title and an e-mail address after the last sentence
BARE_DAY = re.compile(r"(?<!\d)" + p.DATE + p.WEEKDAY + r"?")
QUOTED_NAME = re.compile(r"['‘\"“](?P<name>[^'’\"”]{2,20})['’\"”]\s*$")


@dataclass
class Byline:
    reporters: list[str] = field(default_factory=list)
    outlet: str | None = None  # as a byline, dateline or sign-off names it
    # As the copyright notice names it (or, without one, an outlet's tag opening the lead):
    # the masthead of a byline reads better than the company of a notice ("[서울=뉴시스]"
    # against "ⓒ 공감언론 뉴시스통신사").
    notice_outlet: str | None = None

    def add_names(self, names: list[str]) -> None:
        for name in names:
            if name not in p.NOT_NAMES and name not in self.reporters:
                self.reporters.append(name)

    def add_outlet(self, outlet: str | None) -> None:
        if self.outlet is None and outlet:
            self.outlet = outlet


def outlet_from_copyright(line: str) -> str | None:
    for pattern in p.OUTLET_PATTERNS:
        m = pattern.search(line)
        if m:
            outlet = _outlet_name(m["outlet"])
            if outlet and outlet.lower() not in p.NOT_OUTLETS and len(outlet) <= 30:
                return outlet
    return None


def _outlet_name(text: str) -> str:
    """The name out of what a notice says around it: "매일경제 & mk.co.kr" -> 매일경제;
    "경제를 보는 눈, 세계를 보는 창 아시아경제" (a slogan first) -> 아시아경제;
    "News1 홍길동 기자" (a photo credit) -> News1; "2024 바이오타임즈" -> 바이오타임즈;
    "JoongAng Ilbo Co., Ltd." -> JoongAng Ilbo; "자본시장 미디어 'thebell'" (what it is, then its name in
    quotes) -> thebell."""
    quoted = QUOTED_NAME.search(text)
    if quoted:
        return quoted["name"]
    parts = [part for part in p.OUTLET_TAIL.split(text, maxsplit=1)[0].split(",") if part.strip()]
    name = p.OUTLET_HEAD.sub("", parts[-1].strip()) if parts else ""
    name = re.sub(r"\s*" + p.NAMES + r"\s?" + p.REPORTER_TITLE + r"\s*$", "", name).strip(" .,:;-")
    name = p.CORPORATE_SUFFIX.sub("", name)
    words = name.split()
    # A Korean outlet's name is one or two words; more is a slogan ending in the name.
    if len(words) > 2 and all(re.fullmatch(r"[가-힣]+", word) for word in words):
        return words[-1]
    # The name, then the same in Latin letters: "뉴스핌 Newspim" (not "한국경제 TV", whose letters are part of it).
    if len(words) == 2 and re.fullmatch(r"[가-힣]+", words[0]) and re.fullmatch(r"[A-Z]?[a-z]{3,}", words[1]):
        return words[0]
    return name


def _english_signoff(line: str, without_mail: str) -> re.Match[str] | None:
    """A Korean name in Latin letters beside an address or a stamp: "Hong Gil-dong (hong@…)", "Hong Gil-dong |
    Published …". A name alone is no byline: a list of people between paragraphs has a name a line. Only a line
    opening with a capital is stripped of its stamp: this runs on every line of the text."""
    if not "A" <= without_mail[:1] <= "Z":
        return None
    beside = p.LABELLED_DATE.sub(" ", without_mail)
    return p.ENGLISH_SIGNOFF.match(beside.strip(" |•·,/")) if beside != line else None


def _is_person(word: str) -> bool:
    """Shaped as a Korean name: two to four syllables opening with a surname ("김철수", not "헬스조선")."""
    return bool(re.fullmatch(p.NAME, word)) and word[0] in p.SURNAMES


def _names_an_outlet(word: str) -> bool:
    """Whether the word between a reporter's name and 기자 is an outlet: named as outlets are, in Latin
    letters (KBR), or four syllables or more that are no person's name ("헬스조선"); a title there is two
    or three ("수석", "선임")."""
    if p.BYLINE_OUTLET.fullmatch(word) or re.search(r"[A-Za-z]", word):
        return True
    return len(word) >= 4 and not _is_person(word)


def _names(text: str) -> list[str]:
    return re.findall(p.NAME, text)


def bracket_outlet(text: str, separator: str | None) -> str | None:
    """The outlet in "[TEXT= 홍길동 기자]" and its kin. Before an "=" a correspondent's city may
    stand, alone or after the outlet: "아시아경제 뉴욕" -> 아시아경제, "뉴욕" -> None; so there the
    outlet must end as outlets' names do (p.BYLINE_OUTLET), as in "메디파나뉴스 = 박철민 기자"."""
    text = text.strip()
    if separator != "=" or p.BYLINE_OUTLET.fullmatch(text):
        return text
    first = text.split()[0]
    return first if p.BYLINE_OUTLET.fullmatch(first) else None


def outlet_tag(text: str) -> re.Match[str] | None:
    """An outlet's name in brackets opening a lead or a headline ("[파이낸셜뉴스] …"), not a form's ("[카드뉴스]")."""
    tag = p.LEAD_OUTLET_TAG.match(text)
    return tag if tag and not p.FORM_TAG.fullmatch(tag["outlet"]) else None


def strip_dateline(paragraph: str, byline: Byline) -> str:
    """'(서울=연합뉴스) 김잔디 기자 = 본문...', '(서울=연합뉴스) 본문...', '[머니투데이 홍길동 기자] 본문...', '[파이낸셜뉴스] 본문...',
    '[헬스코리아뉴스 / 홍길동] 본문...',
    'SEOUL, May 12 (Yonhap) -- 본문...' or '(서울=뉴스와이어) 2024년 06월 03일 -- 본문...' -> '본문...',
    recording outlet and names."""
    wire = p.ENGLISH_DATELINE.match(paragraph) or p.RELEASE_DATELINE.match(paragraph)
    if wire:
        byline.add_outlet(wire["outlet"])
        return paragraph[wire.end():]
    m = p.DATELINE.match(paragraph)
    if m:
        _take_dateline(m, byline)
        return paragraph[m.end():]
    m = p.LEAD_BYLINE.match(paragraph)
    if m:
        byline.add_outlet(m["slashed"] or bracket_outlet(m["outlet"], m["sep"]))
        byline.add_names(_names(m["names"]))
        return paragraph[m.end():]
    m = p.UNTITLED_BRACKET_BYLINE.match(paragraph)
    if m:
        byline.add_outlet(m["outlet"])
        byline.add_names(_names(m["names"]))
        return paragraph[m.end():]
    m = p.UNSIGNED_DATELINE.match(paragraph)
    if m:
        byline.add_outlet(m["outlet"].strip())
        return paragraph[m.end():]
    tag = outlet_tag(paragraph)  # "[파이낸셜뉴스] 본문…": the outlet alone
    if not tag:
        return paragraph
    # Weaker than a notice: a column's tag ("[생활경제]") ends as outlets' names do.
    byline.notice_outlet = byline.notice_outlet or tag["outlet"]
    return paragraph[tag.end():]


def _take_dateline(m: re.Match[str], byline: Byline) -> None:
    # "[단독]홍길동 기자 = 본문": an editorial tag names no outlet, but the reporter is still one.
    tag = m["tag"] if m["tag"] not in p.EDITORIAL_TAGS else None
    byline.add_outlet((m["outlet"] or tag or "").strip())
    byline.add_names(_names(m["names"]))


_TRAILING_SIGNOFF = re.compile(
    # "… 말했다. /이주원기자 lee@x.com", or after the last sentence without the slash
    r"(?:\s*/\s*|(?<=[.!?\"”'’])\s+)(?P<names>" + p.NAMES + r")\s?" + p.REPORTER_TITLE + r"(?:\s*" + p.EMAIL + r")?\s*$"
)


def strip_signoff(paragraph: str, byline: Byline) -> str:
    """'...라고 말했다. /이주원기자 lee@x.com' -> '...라고 말했다.'; Yonhap's '(끝)' goes too,
    and a broadcast's closing line ('KBS 뉴스 홍길동입니다.') is all sign-off."""
    broadcast = p.BROADCAST_SIGNOFF.match(paragraph)
    if broadcast:
        byline.add_outlet(broadcast["outlet"])
        byline.add_names([broadcast["name"]])
        return ""
    if paragraph.endswith(("(끝)", "(END)")):
        paragraph = p.END_MARK.sub("", paragraph)
    # Only the end can hold a sign-off; searching whole paragraphs for it cost a tenth of extraction.
    start = max(0, len(paragraph) - SIGNOFF_MAX)
    m = _TRAILING_SIGNOFF.search(paragraph, start)
    if not m:
        return paragraph
    byline.add_names(_names(m["names"]))
    return paragraph[: m.start()].rstrip()


def take_byline_line(line: str, byline: Byline) -> bool:
    """If the line is a byline (or a bare e-mail under one), record it and return True.
    A date stamp on the same line ("홍길동 기자 | 입력 2023.05.12 10:04") is the date's
    business (pubdate.py) and does not make the line prose."""
    if re.match(p.PHOTO_CREDIT_START, line):
        return False  # "사진=홍길동 기자": a photo's credit (extract takes it for a caption)
    without_mail = p.BYLINE_LABEL.sub(" ", re.sub(p.EMAIL, " ", line), count=1)
    title_first = p.TITLE_FIRST_BYLINE.match(without_mail)
    if title_first and _is_person(title_first["name"]):
        byline.add_names([title_first["name"]])
        return True
    english = p.ENGLISH_BYLINE.match(without_mail) or _english_signoff(line, without_mail)
    if english:
        names = [name.strip() for name in re.split(r",|\band\b|\bAND\b|&", english["names"]) if name.strip()]
        byline.add_names([_english_name(name) for name in names])
        return True
    m = p.AUTHOR_LINE.match(without_mail)
    if m and len(without_mail) <= BYLINE_MAX:
        byline.add_names(_names(m["names"]))
        return True
    m = p.DATELINE_LINE.match(without_mail)
    if m:
        _take_dateline(m, byline)
        return True
    m = p.BRACKET_BYLINE.match(without_mail)
    if m and _is_leftover(without_mail[m.end():]):
        if m["outlet"].strip() not in p.NOT_NAMES:  # "[사진 = 홍길동 기자]" credits a photographer
            byline.add_outlet(bracket_outlet(m["outlet"], m["sep"]))
        byline.add_names(_names(m["names"]))
        return True
    m = p.OUTLET_EQUALS_BYLINE.match(without_mail) or p.UNTITLED_BRACKET_BYLINE.match(without_mail)
    if m and _is_leftover(without_mail[m.end():]):
        byline.add_outlet(m["outlet"])
        byline.add_names(_names(m["names"]))
        return True
    m = p.NAME_WORD_BYLINE.match(without_mail.strip(" •|,/"))
    if m and _is_person(m["name"]) and (_names_an_outlet(m["word"]) if m["reporter"] else not _is_person(m["word"])):
        byline.add_names([m["name"]])
        byline.add_outlet(m["word"] if m["reporter"] else None)
        return True
    if not without_mail.strip(" •·|,/"):
        return True  # an e-mail address left alone on a line under the byline
    if len(without_mail) > BYLINE_MAX + META_LINE_MAX:
        return False  # prose: not worth the date patterns below
    without_mail = p.UNLABELLED_DATETIME.sub(" ", p.LABELLED_DATE.sub(" ", without_mail))
    # A blog engine's meta line prints its days bare, the byline beside them: "2024년 11월 5일 작성자 홍길동 기자";
    # a page prints its buttons there ("▶기자 구독").
    without_mail = p.BYLINE_BUTTONS.sub(" ", BARE_DAY.sub(" ", without_mail))
    if len(without_mail) > BYLINE_MAX:
        return False
    credit = p.PHOTOGRAPHER.search(without_mail)  # a line opening with one is a caption's (returned above)
    if credit:
        without_mail = without_mail[: credit.start()] + " / " + without_mail[credit.end() :]
    found = [name for m in p.REPORTER.finditer(without_mail) for name in _names(m["names"])]
    rest = p.REPORTER.sub(" ", without_mail)
    if not found or not _is_leftover(rest):
        return False  # no name, or a sentence that happens to contain "기자"
    byline.add_names(found)
    # "홍길동 기자 (메디게이트뉴스)", "약업신문 홍길동 기자": the outlet beside the name
    bracketed = p.OUTLET_IN_BRACKETS.fullmatch(rest.strip())
    named = p.BYLINE_OUTLET.fullmatch(rest.strip(" •|,/=-"))
    byline.add_outlet(bracketed["outlet"] if bracketed else named[0] if named else None)
    return True


def _english_name(name: str) -> str:
    """A name printed in capitals as it is written: HONG GIL-DONG -> Hong Gil-dong."""
    return " ".join(word.capitalize() for word in name.split()) if name.isupper() else name


def _is_leftover(rest: str) -> bool:
    """What a byline line may hold besides names and titles: separators and a short word,
    or one word before them, which names the outlet ("의학신문·일간보사 홍길동 기자",
    "헬스코리아뉴스 / 홍길동 기자"). Prose has more words than that."""
    words = re.sub(r"[\s•|,/=\-\[\]()<>【】]+", " ", rest).split()
    return len("".join(words)) <= 4 or (len(words) == 1 and len(words[0]) <= 20)


def take_footer_line(line: str, byline: Byline) -> None:
    """The line that ends the article: a copyright notice, maybe with bylines glued on."""
    byline.notice_outlet = byline.notice_outlet or outlet_from_copyright(line)
    head = p.COPYRIGHT.split(line, maxsplit=1)[0]
    byline.add_names([name for m in p.REPORTER.finditer(re.sub(p.EMAIL, " ", head)) for name in _names(m["names"])])
