"""Clean stage: a page's raw text -> headline, deck, date, byline, captions, body.

Works as a cascade over lines: drop page furniture, find where the article
ends, pull out bylines, date stamps and captions, then split what is left into
header (section, headline, deck) and body at the first line that reads as prose.
"""

from __future__ import annotations

import bisect
import itertools
import re

from generator import patterns as p
from generator.clean import blocks as clean_blocks
from generator.clean import undouble
from generator.extract.bylines import (
    Byline,
    outlet_tag,
    strip_dateline,
    strip_signoff,
    take_byline_line,
    take_footer_line,
)
from generator.extract.pubdate import dateline_date, find_published, is_meta_line, is_other_time_line
from generator.model import Extracted

PROSE_MIN = 40  # shorter lines before the body are headline or deck, unless they end as a statement
SHORT_PROSE_MIN = 20
STATEMENT_END = re.compile(r"[다요]\.[”\"'’]*$")
UNPUNCTUATED_MIN = 50  # a deck line seldom runs this long, and then not to a sentence's end
UNPUNCTUATED_END = re.compile(r"(?:[었았였했겠있없한된는]다|니다|[어아여해]요|[이에]요|죠|[었았였했]음|[됨함임])[”\"'’]*$")
HEADLINE_MAX = 150
SECTION_MAX = 12
SECTION_WORDS = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9 ·/&]*")
SECTION_PARTS_MAX = 3  # a masthead and a two-level path ("머니투데이", "경제", "바이오")
# A line of a hard-wrapped paragraph fills most of the width it was wrapped at
# (a word that does not fit goes to the next line); shorter lines are not measured.
WRAPPED_SHARE = 0.75
WRAP_MIN = 20
DEDUP_WINDOW = 25  # machine summaries and repeated decks live near the top
COPYRIGHT_LINE_MAX = 250
CREDIT_MAX = 60  # characters: a photo's credit on a line of its own
CONTACTS_MAX = 10  # lines of a release's contacts block (company, team, person, telephone, e-mail …)
CONTACT_MAX, CONTACT_WORDS = 80, 4
WIDGET_ROW_MAX = 8  # words; a row of share buttons is short, and prose is not checked word by word
SUMMARY_LINES_MAX = 6  # lines under a machine summary's label that its note may come after
SUMMARY_LINE_MAX = 120  # characters: a summary's line is shorter than most leads; the note is looked for up to a longer one
SUMMARY_NOTE_MAX = 100  # characters: the note is one short line
MAIL_HEAD_MAX = 10  # lines at the top where a mail's header lines stand
MAIL_COVER_MAX = 8  # lines of the sender's own note before the forwarded part
MAIL_GREETING_MAX = 80  # characters: a greeting line is short; a longer line is the release's


def _key(line: str) -> str:
    return re.sub(r"[\s'\"‘’“”`「」『』]", "", line)


def _is_prose(line: str) -> bool:
    """A body line. A short one too when it ends as a statement does ("…세운다."):
    decks and headlines end without the period. A long one also without the period when
    it ends as a sentence does (a blog's or a messenger's copy: "…일하고 있었습니다"): no
    line of such a text read as prose, and all of it was taken for the deck."""
    if len(line) >= PROSE_MIN:
        return bool(p.SENTENCE_END.search(line)) or (len(line) >= UNPUNCTUATED_MIN and bool(UNPUNCTUATED_END.search(line)))
    return len(line) >= SHORT_PROSE_MIN and bool(STATEMENT_END.search(line))


def _drop_repeats(lines: list[str]) -> list[str]:
    """Keep one copy of a repeated line: of a sentence the last (a summary box above the text
    repeats the body's), of any other line the last above the text (a page's title bar prints
    the headline above its section line, seed 000) or, with none there, the first (the list of
    most-read stories under the text may print the headline again: keeping that copy lost it).
    Drop a top sentence that a later paragraph contains."""
    keys = [_key(line) for line in lines]
    text_start = next((i for i, line in enumerate(lines) if _is_prose(line)), len(lines))
    keep: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key not in keep or i < text_start or _is_prose(lines[i]):
            keep[key] = i
    kept = []
    for i, line in enumerate(lines):
        if keep[keys[i]] != i:
            continue
        if i < DEDUP_WINDOW and len(keys[i]) >= 20 and p.SENTENCE_END.search(line):
            if any(keys[i] in keys[j] and len(keys[j]) > len(keys[i]) for j in range(len(lines)) if j != i):
                continue
        kept.append(line)
    return kept


def _is_copyright_line(line: str, prose_follows: bool) -> bool:
    """A copyright notice. A line that is only the mark and a name ("ⓒ 뉴스1", "© News1
    홍길동 기자") is one too, unless the article goes on after it: then it credits a photo."""
    if len(line) > COPYRIGHT_LINE_MAX or (len(line) <= CREDIT_MAX and p.STOCK_PHOTO.search(line)):
        return False  # "ⓒ게티이미지뱅크": a stock photo's credit, even under the text
    if p.NOTICE.search(line) or p.RESALE_NOTICE.match(line):
        return True
    return bool(p.MARK_START.match(line)) and not prose_follows


def _last_prose(lines: list[str]) -> int:
    """The index of the last line that reads as prose (-1 without one), when some line
    starts with the copyright mark and needs it (_is_copyright_line); -1 otherwise. Once
    per text: asking line by line made a long text of credits quadratic."""
    if not any(p.MARK_START.match(line) for line in lines):
        return -1
    return next((i for i in range(len(lines) - 1, -1, -1) if _is_prose(lines[i])), -1)


def _is_widget(line: str) -> bool:
    """Page furniture: one widget ("댓글 0"), or a row of them ("페이스북 트위터 카카오톡 URL복사")."""
    if p.WIDGET.match(line):
        return True
    words = line.split()
    return len(words) <= WIDGET_ROW_MAX and all(p.WIDGET.match(word) for word in words)


def _without_mail(lines: list[str]) -> list[str]:
    """A release as a mail program keeps it: the header lines (and a forwarding note above
    them) give way to the subject, which is the headline (without "RE:", "FW:", "[보도자료]");
    the sender's note is cut at the line that marks the forwarded part, or, without one, its
    greeting lines are; the sender's closing lines under the text go. The mail's date is when
    it was sent, not when the release was published: not taken."""
    headers = [(i, m) for i, line in enumerate(lines[:MAIL_HEAD_MAX]) if (m := p.MAIL_HEADER.match(line))]
    if len(headers) < 2 or not any(m["party"] for _, m in headers):
        return lines
    head = [i for i, _ in headers]
    subject = next((m["subject"] for line in lines[: head[-1] + 1] if (m := p.MAIL_SUBJECT.match(line))), None)
    rest = lines[head[-1] + 1 :]
    separator = next((i for i, line in enumerate(rest[:MAIL_COVER_MAX]) if p.MAIL_SEPARATOR.match(line)), None)
    if separator is not None:
        rest = rest[separator + 1 :]
    else:
        rest = list(itertools.dropwhile(lambda line: bool(p.MAIL_GREETING.search(line)) and len(line) <= MAIL_GREETING_MAX, rest))
    while rest and p.MAIL_CLOSING.fullmatch(rest[-1]):
        rest.pop()
    return ([subject] if subject else []) + rest


def _without_machine_summary(lines: list[str]) -> list[str]:
    """Without an outlet's machine summary: its label, the lines up to the note that a machine
    wrote them, and the bulleted lines after the label or the note. Its sentences paraphrase the
    text, so they read as its first paragraphs. Without a note or bullets only the label goes:
    where the box ends is then not known, and a short lead must not go with it."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not p.AI_SUMMARY_LABEL.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        box = list(itertools.takewhile(lambda line: len(line) <= SUMMARY_LINE_MAX, lines[i + 1 : i + 1 + SUMMARY_LINES_MAX]))
        end = next((j + 1 for j, line in enumerate(box) if len(line) <= SUMMARY_NOTE_MAX and p.AI_SUMMARY_NOTE.search(line)), 0)
        i += 1 + end
        while i < len(lines) and p.SUMMARY_BULLET.match(lines[i]):
            i += 1
    return out


def _drop_related(lines: list[str]) -> list[str]:
    """Without the lists of other stories inside an article ("[관련기사]" and the headlines
    under it); the list ends at the next paragraph or at the copyright notice."""
    kept: list[str] = []
    listing = False
    last_prose = _last_prose(lines)
    for i, line in enumerate(lines):
        if p.RELATED_HEADING.match(line):
            listing = True
        elif listing and (_is_prose(line) or _is_copyright_line(line, i < last_prose) or p.END.match(line)):
            listing = False
        if not listing:
            kept.append(line)
    return kept


def _cut_footer(lines: list[str], byline: Byline) -> tuple[list[str], bool]:
    """Everything from the copyright line or an end marker on is not the article; and
    whether the copy stops at a paywall (only the text before it was copied)."""
    last_text = next((i for i in range(len(lines) - 1, -1, -1) if _is_prose(lines[i])), -1)
    first_text = next((i for i, line in enumerate(lines) if _opens_text(i, line)), len(lines))
    kept: list[str] = []
    listing = False
    for i, line in enumerate(lines):
        # Above the text (a copy's odd order, a site's top bar or sidebar first in a whole page) a notice
        # names the outlet and an end marker heads a list of other stories; cutting there lost the article.
        above = i < first_text < len(lines)
        if listing and above and (p.LIST_LINE.match(line) or p.RANK_LINE.match(line)):
            continue
        listing = False
        if above and p.COMMENTS_HEADING.match(line):
            continue  # a share bar's comment count
        if above and _is_copyright_line(line, True):
            take_footer_line(line, byline)
            continue
        if p.END.match(line):
            if above:
                listing = True
                continue
            return kept, False
        paywall = i >= last_text and bool(p.PAYWALL.match(line))
        comments = i > first_text and bool(p.COMMENTS_HEADING.match(line))  # readers' comments and their times
        if paywall or comments or p.CONTACTS_HEADING.match(line) or (i > first_text and _is_site_footer(line)):
            # The notice under a release's contacts, the paywall's buttons, the comments or the site's footer still names the outlet.
            notice = next((after for after in lines[i + 1 : i + 1 + CONTACTS_MAX] if _is_copyright_line(after, False)), None)
            if notice is not None:
                take_footer_line(notice, byline)
            return kept, paywall
        if _is_copyright_line(line, i < last_text):
            take_footer_line(line, byline)
            return kept, False
        kept.append(line)
    # No marker: a trailing block of list lines is a list of other stories, unless the text announces it
    # or its items end as a document's do.
    end = len(kept)
    while end > 0 and p.LIST_LINE.match(kept[end - 1]) and not _is_prose(kept[end - 1]) and not p.OWN_ITEM_END.search(kept[end - 1]):
        end -= 1
    if end > 0 and p.LIST_INTRO.search(kept[end - 1]):
        return kept, False
    return (kept[:end] if len(kept) - end >= 2 else kept), False


def _is_site_footer(line: str) -> bool:
    """A line of a news site's footer (p.SITE_FOOTER_ITEM): two of its links or imprint fields, or a
    line that opens with an imprint field ("청소년보호책임자: 이보호"); never a sentence."""
    if _is_prose(line):
        return False
    return bool(p.SITE_FOOTER_START.match(line)) or len(p.SITE_FOOTER_ITEM.findall(line)) >= 2


def _cut_after_signoff(lines: list[str]) -> list[str]:
    """Without what follows the reporter's sign-off or a contact line under the last
    paragraph when none of it is prose, a stamp or a caption: the page's promotions
    ("네이버 홈에서 ‘이데일리’ 뉴스 섹션 구독하기") between the text and the notice."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if _is_prose(lines[i])), None)
    if last is None:
        return lines
    for i in range(last + 1, len(lines)):
        if take_byline_line(lines[i], Byline()) or _is_contact(lines[i]):
            rest = lines[i + 1 :]
            not_captions = set(_split_captions(rest)[0])
            return lines[: i + 1] + [line for line in rest if is_meta_line(line) or line not in not_captions]
    return lines


def _without_credit(caption: str) -> str:
    """A caption without the photo's credit after it ("… 하고 있다. (사진=협회 제공)")."""
    credit = p.PHOTO_CREDIT.search(caption)
    return caption[: credit.start()].strip() if credit and credit.start() else caption


def _split_captions(lines: list[str]) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    captions: list[str] = []
    after_image = False
    listing = False  # in a list the text announces ("… 다음과 같다." then "▲A", "▲B"): its ▲ marks items, not captions
    for line in lines:
        if p.IMAGE_FILE.search(line) and len(line) < 200:
            after_image = True
            continue
        listing = line.startswith("▲") and (listing or (bool(kept) and bool(p.LIST_INTRO.search(kept[-1]))))
        if after_image and not _is_prose(line):
            captions.append(line)
        elif listing:
            kept.append(line)
        elif p.CREDIT_LINE.match(line) and len(kept) >= 2 and not _is_prose(kept[-1]):
            # The caption it credits is the line above ("…전경." / "© News1 홍길동 기자"),
            # unless that is the headline.
            captions.append(f"{kept.pop()} {line}")
        elif p.PHOTO_CREDIT.search(line):
            captions.append(line)
        else:
            kept.append(line)
        after_image = False
    return kept, captions


def _join_broken(lines: list[str]) -> list[str]:
    """Rejoin a paragraph broken before its particle: '협회(NEBS)' + '는 보스턴을 ...'.
    이 and 만 are words of their own too ("이 때문에", "만 18세"): a paragraph opening with
    one of them was glued to a deck above it ("…진출 지원" + "이 기사는 …"), so they join
    only what a break leaves before a particle, a closing bracket or a Latin letter or digit."""
    out: list[str] = []
    for line in lines:
        particle = p.LEADING_PARTICLE.match(line)
        if (
            out
            and particle
            and not p.SENTENCE_END.search(out[-1])
            and (particle.group(1) not in ("이", "만") or re.search(r"[)\]A-Za-z0-9]$", out[-1]))
        ):
            out[-1] = out[-1] + line
        else:
            out.append(line)
    return out


def _split_header(lines: list[str]) -> tuple[list[str], str | None, list[str], list[str]]:
    """(section, headline, subtitles, body) from the article's remaining lines. The
    section comes as its parts: a portal prints its path as short lines ("경제", "IT");
    more of them than a path has are the site's menu ("정치", "경제", "사회", "전국", …)."""
    start = next((i for i, line in enumerate(lines) if _opens_text(i, line)), len(lines))
    while 1 < start < len(lines) and p.PART_HEADING.match(lines[start - 1]):
        start -= 1
    header, body = lines[:start], lines[start:]
    short = 0
    while short < len(header) - 1 and _is_section_part(header[short]):
        short += 1
    # Short lines before a longer one are the section; without a longer one, only the first is.
    if short and len(header[short]) <= SECTION_MAX:
        short = 1 if len(header) >= 2 and _is_section_part(header[0]) else 0
    section, header = header[:short], header[short:]
    if len(section) > SECTION_PARTS_MAX or _is_menu(section):
        section = []
    if not header:
        return section, None, [], body
    return section, header[0], header[1:], body


def _is_menu(items: list[str]) -> bool:
    """Items of the site's menu rather than a section's path: two of the front page's sections."""
    return len(p.MENU_SECTIONS.intersection(items)) >= 2


def _opens_text(index: int, line: str) -> bool:
    """Whether the text starts at this line: prose, a line too long for a headline, or an item
    of a text written in items (p.ITEM_LINE). The first line is the headline unless it ends as
    a sentence with its period: a long headline may end in a verb ("…현지 거점 구축 추진한다")."""
    if len(line) > HEADLINE_MAX:
        return True
    if index == 0:
        return _is_prose(line) and bool(p.SENTENCE_END.search(line))
    return _is_prose(line) or bool(p.ITEM_LINE.match(line))


def _is_section_part(line: str) -> bool:
    """A short line of one word, or of two section words (p.SECTION_WORD): a section ("사회 사회일반",
    "IT", "제약·바이오", "IT/과학"), or an item of the site's menu. Three short words are a
    headline (K바이오 보스턴 상륙), which Korean papers often write, and so are two others (보스턴 입성)."""
    if len(line) > SECTION_MAX or not SECTION_WORDS.fullmatch(line):
        return False
    words = line.split()
    return len(words) == 1 or (len(words) == 2 and _names_a_section(line))


def _names_a_section(text: str) -> bool:
    """Words, each made of what sections are named of (p.SECTION_WORD)."""
    words = text.split()
    return bool(words) and all(p.SECTION_WORD.fullmatch(word) for word in words)


def _crumbs_section(lines: list[str]) -> tuple[list[str], str | None]:
    """The lines without the page's breadcrumb trail, and the section its crumbs name
    ("HOME > 뉴스 > 제약·바이오" -> 제약·바이오): the trail read as the headline. A crumb
    that is a line of its own as well is the article's title ending the trail."""
    kept, section, own = [], None, set(lines)
    for line in lines:
        crumbs = _trail_crumbs(line)
        if crumbs is not None:
            named = [c for c in _named_crumbs(crumbs) if c not in own]
            section = section or " ".join(named) or None
            continue
        parts = p.MENU_SEPARATOR.split(line)
        if len(parts) >= 2 and _all_sections(parts):
            # A section path written across one line ("뉴스 | 제약 | 바이오", "경제 · 바이오"), or the site's
            # menu: more items than a path has, which give no section.
            named = _named_crumbs(parts)
            if len(named) <= SECTION_PARTS_MAX and not _is_menu(named):
                section = section or " ".join(named) or None
            continue
        kept.append(line)
    return kept, section


def article_view_title(title: str) -> tuple[str, str | None, str | None] | None:
    """(headline, section, outlet) of an ndsoft page title ("제목 < 제약 < 산업 < 기사본문 - 가상일보":
    sections innermost first, so the section reads as a trail does, "산업 제약"), or None."""
    view = p.ARTICLE_VIEW_TITLE.match(title)
    if not view:
        return None
    crumbs = _named_crumbs([c for c in reversed(view["crumbs"].split(" < ")) if c.strip()])
    return view["headline"], " ".join(crumbs) or None, (view["outlet"] or "").strip() or None


def _named_crumbs(crumbs: list[str]) -> list[str]:
    """The crumbs that name a section: not the home page, the news pages or the page's kind."""
    return [c for c in crumbs if c.lower() not in p.GENERIC_CRUMBS]


def _without_site_name(headline: str | None, outlets: set[str | None]) -> str | None:
    """The headline without the outlet's name a page's title adds to it ("… 개소 - 바이오데일리",
    "… | 바이오데일리"), as a copy of the browser's tab or a link preview gives it."""
    for outlet in sorted(o for o in outlets if o):  # sorted: a set's order varies from run to run
        if headline:
            headline = re.sub(r"\s+(?:[-|:<—–]{1,2})\s+" + re.escape(outlet) + r"\s*$", "", headline)
    return headline


def _trail_crumbs(line: str) -> list[str] | None:
    """The crumbs of a line that is a breadcrumb trail, or None. A trail whose separators the page
    draws as icons comes without them in a copy ("HOME 뉴스 바이오"): from the home page, every word
    after it a section's name."""
    if p.SENTENCE_END.search(line):
        return None
    if p.BREADCRUMB.match(line) or _is_short_trail(line):
        return p.CRUMB_SEPARATOR.split(line)
    spaced = p.SPACED_TRAIL.match(line)
    words = spaced["rest"].split() if spaced else []
    return words if words and _all_sections(words) else None


def _is_short_trail(line: str) -> bool:
    """A trail of two crumbs, each a section's name ("경제 > 바이오", "뉴스 > 제약·바이오"): p.BREADCRUMB
    wants the home page or three crumbs, as a headline may hold one ">" between two words."""
    crumbs = p.CRUMB_SEPARATOR.split(line)
    return len(crumbs) == 2 and _all_sections(crumbs)


def _all_sections(parts: list[str]) -> bool:
    """Every part a crumb that names no section ("홈", "뉴스") or made of section names."""
    return all(c.lower() in p.GENERIC_CRUMBS or _names_a_section(c) for c in parts)


def _is_contact(line: str) -> bool:
    """A contact line under a wire story or a press release: an e-mail address or a telephone
    number and a few words, not a sentence ("◎공감언론 뉴시스 hong@newsis.com")."""
    if len(line) > CONTACT_MAX or not p.CONTACT.search(line) or p.SENTENCE_END.search(line):
        return False
    return len(re.findall(r"[가-힣A-Za-z0-9]+", p.CONTACT.sub(" ", line))) <= CONTACT_WORDS


def _take_source(line: str, byline: Byline) -> bool:
    """A reposted article's "출처: 서울경제": the outlet, as a notice would name it."""
    m = p.SOURCE_LINE.match(line)
    if m and not p.SENTENCE_END.search(line):
        byline.notice_outlet = byline.notice_outlet or m["outlet"]
        return True
    return False


def paragraphs_only(text: str) -> Extracted:
    """An editor's own note: every blank-line-separated block is a paragraph, nothing is furniture."""
    return Extracted(None, (), None, None, None, (), None, (), tuple(" ".join(block) for block in clean_blocks(text)))


def _take_address(lines: list[str]) -> tuple[list[str], str | None]:
    """The article's web address, from a line of its own above the text or below it,
    where a reader pastes it (it read as the headline). A lone address between the
    paragraphs is the article's own text, and an image's address is no article's."""
    if not any("://" in line for line in lines):
        return lines, None
    prose = [i for i, line in enumerate(lines) if _is_prose(line)]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    url, kept = None, []
    for i, line in enumerate(lines):
        m = p.ADDRESS_LINE.match(line)
        if m and not first <= i <= last and not p.IMAGE_FILE.search(m["url"]):
            url = url or m["url"]
            if kept and i - 1 not in prose and p.ADDRESS_LABEL.fullmatch(kept[-1]):
                kept.pop()
            continue
        kept.append(line)
    return kept, url


def _unwrapped_lines(text: str) -> list[str]:
    """Non-empty lines, with each paragraph that was hard-wrapped over several lines (text
    copied from a PDF, an e-mail or a viewer that breaks lines) joined back into one:
    otherwise no line of it reads as prose, and the whole article was taken for its deck.

    Only a text wrapped at one width is joined (_wrap_width), and only runs of lines that
    fill that width up to one that ends a sentence; a run stops at a blank line, a stamp,
    a byline, a notice or a list item. A text of one paragraph a line is left as it is:
    joining a caption or a deck with the line after it lost that line into the caption."""
    blocks = clean_blocks(text)
    lines = [line for block in blocks for line in block]
    width = _wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    for block in blocks:
        run: list[str] = []
        for line in [*block, ""]:
            if line and not _stops_run(line):
                run.append(line)
                continue
            for paragraph in _paragraphs(run, width):
                out.extend([" ".join(paragraph)] if _is_wrapped(paragraph, width) else paragraph)
            out.extend([line] if line else [])
            run = []
    return out


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at, if it was: two or more lines that do not end a
    sentence reach it (give or take a word), and hardly a line is longer. A text that
    is not wrapped has a paragraph on each line, most of them longer than any header line."""
    measured = sorted(len(line) for line in lines if len(line) >= WRAP_MIN)
    open_ended = sorted(len(line) for line in lines if len(line) >= WRAP_MIN and not p.SENTENCE_END.search(line))
    for width in sorted(set(open_ended), reverse=True):
        # A line that ends a paragraph may reach a little further than the width.
        longer = len(measured) - bisect.bisect_right(measured, width + width // 8)
        if longer * 10 > len(measured):
            return None  # and more are longer than any narrower width
        near = bisect.bisect_right(open_ended, width) - bisect.bisect_left(open_ended, WRAPPED_SHARE * width)
        if near >= 2:
            return width
    return None


def _fills(length: int, width: int) -> bool:
    return WRAPPED_SHARE * width <= length <= width


def _paragraphs(run: list[str], width: int) -> list[list[str]]:
    """A run of lines cut after each paragraph's last line: one that ends a sentence short of the width."""
    out: list[list[str]] = [[]]
    for line in run:
        out[-1].append(line)
        if p.SENTENCE_END.search(line) and not _fills(len(line), width):
            out.append([])
    return [paragraph for paragraph in out if paragraph]


def _stops_run(line: str) -> bool:
    return bool(is_meta_line(line) or p.COPYRIGHT.search(line) or p.LIST_LINE.match(line) or take_byline_line(line, Byline()))


def _is_wrapped(lines: list[str], width: int) -> bool:
    """Lines that are one paragraph wrapped: every line before the last fills the width,
    most of them do not end a sentence, and the last line does."""
    if len(lines) < 2 or not p.SENTENCE_END.search(lines[-1]):
        return False
    inner = lines[:-1]
    open_ended = sum(not p.SENTENCE_END.search(line) for line in inner)
    return open_ended * 2 > len(inner) and all(_fills(len(line), width) for line in inner)


def _second_headline(lines: list[str]) -> str | None:
    """The headline of a second article pasted under the first, as a file of clippings holds
    them: a short line (a byline may follow it) over a publication stamp on a line of its own,
    with paragraphs of the first article above and more text below. Only said, never cut: a
    page's other stories look alike, and cutting at a wrong place would lose the article."""
    prose = [i for i, line in enumerate(lines) if _is_prose(line)]
    for i, line in enumerate(lines):
        if not (is_meta_line(line) and p.LABELLED_DATE.search(line)):
            continue
        above = i - 2 if i >= 2 and p.REPORTER.search(lines[i - 1]) and not _is_prose(lines[i - 1]) else i - 1
        if above < 0 or _is_prose(lines[above]) or len(lines[above]) > HEADLINE_MAX:
            continue
        # By bisection: a long copy may hold thousands of stamp lines (a list of stories).
        if bisect.bisect_left(prose, above) >= 2 and prose[-1] > i and find_published([line], labelled_only=True):
            return lines[above]
    return None


def extract(text: str) -> Extracted:
    lines, url = _take_address(_without_mail([undouble(line) for line in _unwrapped_lines(text)]))
    second = _second_headline(lines)
    lines, crumbs_section = _crumbs_section(_without_machine_summary(lines))
    summary = any(p.SUMMARY_START.match(line) for line in lines)
    lines = [
        line
        for line in _drop_related(lines)
        # A comments heading is a widget too, but it is kept for _cut_footer: under the text, the comments start there.
        if p.COMMENTS_HEADING.match(line)
        or not (_is_widget(line) or p.WEATHER_LINE.match(line) or p.BARE_DATE_LINE.match(line) or p.WEBSITE_LINE.match(line) or is_other_time_line(line))
    ]
    if summary or len(lines) > 1:
        lines = _drop_repeats(lines)
    byline = Byline()
    lines, truncated = _cut_footer(lines, byline)
    lines = _cut_after_signoff(lines)
    # Stamps without a label, contacts and a repost's source stand above or under the text. Between
    # paragraphs, "일시: 2024.12.05 14:00" is an event's time (it became the publication date), "문의:
    # 사무국 02-…" is the text's own, and "출처: …" cites a table's or chart's source. There a labelled
    # stamp counts only on a line of its own: "- FDA 승인 2023.05.12" is a milestone, not the stamp.
    prose = [i for i, line in enumerate(lines) if _is_prose(line)]
    within = range(prose[0], prose[-1] + 1) if prose else range(0)
    published = find_published(
        (line for i, line in enumerate(lines) if i not in within or is_meta_line(line)), labelled_only=True
    ) or find_published(line for i, line in enumerate(lines) if i not in within)
    # A contact line only once no byline claims it: "홍길동 기자 hong@x.com" names the reporter.
    lines = [
        line
        for i, line in enumerate(lines)
        if not (
            (is_meta_line(line) and (i not in within or p.LABELLED_DATE.search(line)))
            or take_byline_line(line, byline)
            or (i not in within and (_is_contact(line) or _take_source(line, byline)))
        )
    ]
    # The outlet's name on a line of its own is its masthead: above the headline, an English
    # edition's ("Korea Biomedical Review") was taken for the headline.
    lines = [line for line in lines if line not in (byline.outlet, byline.notice_outlet)]
    lines, captions = _split_captions(lines)
    section, headline, subtitles, body = _split_header(_join_broken(lines))
    paragraphs = []
    if body and not published:
        published = dateline_date(body[0])
    for paragraph in body:
        paragraph = strip_signoff(strip_dateline(paragraph, byline), byline)
        if paragraph:
            paragraphs.append(paragraph)
    if not paragraphs:
        # A photo story ("[포토] …"): its caption, a sentence, is all the text it has; it was skipped as empty.
        paragraphs = [c for c in captions if _is_prose(_without_credit(c))]
        captions = [c for c in captions if c not in paragraphs]
    if headline:
        headline = p.TITLE_LABEL.sub("", headline)
    view = article_view_title(headline) if headline else None
    if view:
        headline = view[0]
        crumbs_section = crumbs_section or view[1]
        # Weaker than a notice, as the outlet's tag opening a headline is.
        byline.notice_outlet = byline.notice_outlet or view[2]
    # A portal's share text opens the headline with the outlet: "[연합뉴스] 바이오협회, …" ("[단독]" is the headline's).
    tag = outlet_tag(headline) if headline else None
    if tag and headline:
        headline = headline[tag.end() :]
        byline.notice_outlet = byline.notice_outlet or tag["outlet"]
    # A page prints the outlet's name above or under the headline: a masthead, not a section or deck.
    outlets = {byline.outlet, byline.notice_outlet}

    def masthead(line: str) -> bool:
        return line in outlets or bool(p.MASTHEAD.fullmatch(line))

    return Extracted(
        headline=_without_site_name(headline, outlets),
        subtitles=tuple(line for line in subtitles if not masthead(line)),
        section=" ".join(part for part in section if not masthead(part)) or crumbs_section,
        date=published[0] if published else None,
        time=published[1] if published else None,
        reporters=tuple(byline.reporters),
        outlet=byline.outlet or byline.notice_outlet,
        captions=tuple(captions),
        body=tuple(paragraphs),
        source_url=url,
        truncated=truncated,
        second_headline=second,
    )
