"""A saved web page. trafilatura finds the main text and the page's stated metadata."""

from __future__ import annotations

import datetime as dt
import functools
import re
from configparser import ConfigParser
from typing import TYPE_CHECKING
from urllib.parse import unquote

from generator import patterns as p
from generator.errors import InputError
from generator.extract import article_view_title
from generator.extract.bylines import Byline, take_byline_line
from generator.extract.pubdate import find_published, parse_date_value
from generator.model import RawDoc

if TYPE_CHECKING:  # lxml is loaded with trafilatura, only when a page is read
    from lxml.html import HtmlElement

# htmldate's extensive search guesses dates from URLs and free text; we only
# accept a date the page states in its metadata, so it stays off.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# A page saved from a news portal names the portal as its site ("네이버 뉴스"); the whole
# name is matched, as 다음 is also a word.
PORTAL = re.compile(r"\s*(?:네이버|naver|다음|daum|카카오|kakao|네이트|nate|zum|줌)(?:\s?(?:뉴스|news))?\s*", re.IGNORECASE)
OUTLET_LIKE = re.compile(p.OUTLET_LIKE + r"$|^news", re.IGNORECASE)
NOT_A_PERSON = re.compile(
    r"관리자|운영자|admin(?:istrator)?|webmaster|editor|편집(?:국|부|팀)|(?:온라인|디지털|인터넷)?\s?뉴스\s?(?:팀|부|룸)|"
    r"newsroom|보도\s?자료|데스크",
    re.IGNORECASE,
)
# Photo captions: <figure>, and Naver's photo box.
CAPTION_BOXES = "//figure | //span[contains(@class, 'end_photo_org')]"
CAPTION_TEXT = ".//figcaption | .//em[contains(@class, 'img_desc')]"
_PUBLISHED = (
    '//meta[@property="article:published_time" or @name="article:published_time"'
    ' or @itemprop="datePublished" or @name="pubdate"]/@content'
    # Naver's article page keeps its stamp in an attribute: data-date-time="2024-06-03 10:12:00"
    " | //*[contains(@class, '_ARTICLE_DATE_TIME')]/@data-date-time"
    # Daum's: <meta property="og:regDate" content="20240512100400">
    ' | //meta[@property="og:regDate"]/@content'
)
# What a page prints between its headline and its text (deck lines, byline, stamp, buttons), which
# trafilatura leaves out with the headline: the headline element's next siblings, up to the one
# holding the text. An article's head is a few short lines; more is not its head.
HEADLINE_BOX = "//h1 | //h2 | //h3 | //h4"
INLINE = {"a", "abbr", "b", "cite", "code", "em", "font", "i", "img", "label", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u"}
HEAD_LINES_MAX = 15
HEAD_BOX_MAX = 400  # characters of text in one sibling
NOT_HEAD = {"script", "style", "noscript", "nav", "aside", "form", "footer", "figure", "button", "select"}
LINK_LIST_MIN = 3
MIN_TEXT = 50  # characters of main text trafilatura must find before it tries its fallbacks
_DIGITS_STAMP = re.compile(r"(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})")
KST = dt.timezone(dt.timedelta(hours=9))


def read_html(text: str, source: str, sha256: str) -> RawDoc:
    # Imported here: it takes a third of a second, and most runs read no HTML (or
    # none that changed: cached articles are not read again).
    import trafilatura

    tree = trafilatura.load_html(text)
    if tree is None:
        raise InputError("no-text", "no HTML page could be read from the file")
    captions = _take_figures(tree)
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        # Its deduplication remembers text across calls in the process: a page read a
        # fourth time (the preview after edits, the same article saved again) was
        # discarded as seen before, and results hung on the order of reading.
        deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
        config=_settings(),
    )
    if doc is None or not (doc.text or "").strip():
        raise InputError("no-text", "no article text found in the HTML page" + _frame_hint(tree))
    meta: dict[str, object] = {}
    title, crumbs = _title_and_crumbs(doc.title or "")
    if title:
        meta["title"] = title
    if doc.date and _states_publication(tree, text, doc.date):
        meta["date"] = _with_time(tree, doc.date)
    # The page's own stamp ("승인 2024.06.12 09:00" above the text, outside what trafilatura
    # keeps; it works on a copy of the tree) gives the time the metadata does not, for the same
    # day. Not a date of its own: a site's footer states its registration ("등록일 2010.03.02").
    date = meta.get("date")
    if isinstance(date, str) and "T" not in date:
        body = tree.find(".//body")
        stamp = find_published(_block_lines(tree if body is None else body), labelled_only=True)
        if stamp and stamp[0] == date and stamp[1]:
            meta["date"] = f"{date}T{stamp[1]}"
    fallback: dict[str, object] = {}
    if doc.sitename and not PORTAL.fullmatch(doc.sitename):
        fallback["outlet"] = doc.sitename
    if doc.author:
        fallback["reporters"] = reporters_from_author(doc.author)
    if doc.categories or crumbs:
        meta["section"] = doc.categories[0] if doc.categories else crumbs
    if captions:
        meta["captions"] = captions
    if doc.url:
        meta["source_url"] = doc.url  # the page's canonical or og:url address
    # The extracted text keeps the headline out; put it back on top so the same
    # text rules (headline, deck, byline) apply as for a copied page.
    body = doc.text
    head = _head_lines(tree, title, body)
    if head:
        body = "\n".join(head) + "\n\n" + body
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    return RawDoc(source=source, fmt="html", text=body, sha256=sha256, meta=meta, fallback=fallback)


def _title_and_crumbs(title: str) -> tuple[str, str]:
    """The headline in a page's title, and the sections a CMS's trail there names (trafilatura
    takes the outlet's name off an ndsoft title, not the trail of the sections and the page kind)."""
    view = article_view_title(title.strip())
    return (view[0], view[1] or "") if view else (title.strip(), "")


def _frame_hint(tree: HtmlElement) -> str:
    """Where the text is when the page shows it in a frame (a blog's post, as a browser saves it:
    the frame's own page in the NAME_files/ folder beside it, which is not read as an article)."""
    frames = [src for src in tree.xpath("//iframe/@src | //frame/@src") if src.lower().split("?")[0].endswith((".html", ".htm"))]
    local = [src for src in frames if "://" not in src and not src.startswith("//")]
    if not local:
        return ""
    return f"; the page shows its text in a frame, saved as {unquote(local[0]).removeprefix('./')}: put that file in seeds/ instead"


@functools.cache
def _settings() -> ConfigParser:
    from trafilatura.settings import use_config

    settings = use_config()
    # Below this much text, trafilatura falls back to the page's whole text as one line
    # (headline, share buttons, byline, notice and all): a news brief is often shorter
    # than its default of 250 characters, and came out as one paragraph of everything.
    settings.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_TEXT))
    return settings


# The page's own dates, told apart by what their names (or JSON-LD keys) say of them.
_MODIFIED_NAME = re.compile(r"modif|updated|lastmod", re.IGNORECASE)
_JSON_DATE = re.compile(r'"(?P<key>date(?:Published|Created|Modified))"\s*:\s*"(?P<value>[^"]{8,40})"')
# Where a <time> is another story's: the lists of other stories beside or under the article.
_ELSEWHERE = {"aside", "nav", "footer", "li"}


def _states_publication(tree: HtmlElement, html: str, date: str) -> bool:
    """Whether the page states `date` as its publication day: in a meta tag or a <time> of its own (not one
    named as a modification, not one in a list of other stories), or as JSON-LD datePublished. trafilatura's
    date search falls back to what is left: a day the page states only as a modification (og:updated_time)
    and a sidebar's <time> of another story were both taken for the article's publication date."""
    stated: set[str] = set()
    for element in tree.xpath("//meta[@content] | //*[@datetime]"):
        name = " ".join(element.get(attr, "") for attr in ("property", "name", "itemprop", "class"))
        if _MODIFIED_NAME.search(name) or any(a.tag in _ELSEWHERE for a in element.iterancestors()):
            continue
        stated.add(_day(element.get("content") or element.get("datetime") or ""))
    for m in _JSON_DATE.finditer(html):
        if not m["key"].endswith("Modified"):
            stated.add(_day(m["value"]))
    return date in stated


def _day(value: str) -> str:
    """The day as the value writes it, in its own zone: trafilatura gives that day (_with_time turns it Korean)."""
    parsed = parse_date_value(_expanded(value).split("T", 1)[0])
    return parsed[0] if parsed else ""


def _expanded(value: str) -> str:
    """Daum's stamp of digits alone ("20240512100400") as a date and time; any other value as it is."""
    digits = _DIGITS_STAMP.fullmatch(value.strip())
    return "{}-{}-{}T{}:{}:{}".format(*digits.groups()) if digits else value


def _with_time(tree: HtmlElement, date: str) -> str:
    """The date trafilatura found, with the time of day when the page's publication
    stamp states one for that same day; both in Korean time, as Korean outlets print them."""
    for value in tree.xpath(_PUBLISHED):
        value = _expanded(value)
        try:
            stamp = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            continue
        if "T" not in value and " " not in value.strip():
            continue  # a date alone: no time to take
        as_written = stamp.date().isoformat()
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(KST)
        # The day as written may be another zone's ("2024-06-02T20:30:00Z", which trafilatura gives as
        # 2024-06-02): in Korean time it is the 3rd, as the outlet prints it.
        if date in (as_written, stamp.date().isoformat()):
            return stamp.strftime("%Y-%m-%dT%H:%M")
    return date


def _head_lines(tree: HtmlElement, title: str, text: str) -> list[str]:
    """The lines under the headline before the text (HEADLINE_BOX), for the text rules to sort
    out as in a copied page: a deck line (ndsoft's <h4 class="subheading">, <h2 class="subtitle">)
    was lost, and so was a byline printed only there. Lines the text holds are left out."""
    opening = text.strip().splitlines()[0][:30] if text.strip() else None
    for headline in tree.xpath(HEADLINE_BOX):
        if " ".join(headline.text_content().split()) != title:
            continue  # a site's logo or a section's name: not this article's head
        lines: list[str] = []
        for box in headline.itersiblings():
            if not isinstance(box.tag, str) or box.tag in NOT_HEAD or _link_list(box):
                continue
            words = " ".join(box.text_content().split())
            if (opening and opening in words) or len(words) > HEAD_BOX_MAX:
                break  # the text begins
            lines.extend(line for line in _block_lines(box) if line not in text and line not in lines)
        return lines[:HEAD_LINES_MAX]
    return []


def _link_list(box: HtmlElement) -> bool:
    """A row or list of links and nothing else (a menu, tags, share buttons): no head line is one."""
    links = box.xpath(".//a")
    return len(links) >= LINK_LIST_MIN and "".join(box.text_content().split()) == "".join(
        "".join(a.text_content().split()) for a in links
    )


def _block_lines(box: HtmlElement) -> list[str]:
    """The element's text as the browser lays it out in lines: a line per block and <br>, the inline
    pieces in it joined by a space (Daum's byline is "<span>김철수 기자</span><span>입력 …</span>"),
    so that a stamp split over elements ("승인 <span>2024.06.12 09:00</span>") reads whole. The walk
    recurses: libxml2 parses HTML no deeper than 256 elements."""
    lines: list[str] = []
    pieces: list[str] = []

    def end_line() -> None:
        line = " ".join(" ".join(pieces).split())
        if line:
            lines.append(line)
        pieces.clear()

    def walk(element: HtmlElement) -> None:
        block = element.tag not in INLINE
        if block:
            end_line()
        if element.tag not in ("script", "style"):
            pieces.append(element.text or "")
            for child in element:
                if isinstance(child.tag, str):  # not a comment
                    walk(child)
                pieces.append(child.tail or "")
        if block:
            end_line()

    walk(box)
    end_line()
    return lines


def _take_figures(tree: HtmlElement) -> list[str]:
    """Photo captions, with the figures taken out of the page. A <figure> ahead of the
    paragraphs (as Korean CMSs place the lead photo) made trafilatura run the caption
    and every paragraph together into one line, which then read as a caption."""
    captions = []
    for figure in tree.xpath(CAPTION_BOXES):
        for caption in figure.xpath(CAPTION_TEXT):
            words = " ".join(caption.text_content().split())
            if words and words not in captions:
                captions.append(words)
        figure.drop_tree()  # keeps the text that follows the figure
    return captions


def reporters_from_author(author: str) -> list[str]:
    """A page's author field (trafilatura's, or a web clipper's) ("홍길동 기자; 김철수 기자") as names: the byline rules
    take the titles and e-mail addresses off; a name they do not know is kept as written."""
    names = []
    for part in (a.strip() for a in author.split(";")):
        if not part or PORTAL.fullmatch(part) or OUTLET_LIKE.search(part):
            continue  # "연합뉴스 | 네이버": the page's outlet and portal, not people
        if p.STAMP_LABEL.fullmatch(part):
            continue  # "김철수 기자; 입력": the byline's stamp, cut at its date
        if NOT_A_PERSON.fullmatch(part):
            continue  # a CMS's account or a desk ("관리자", "admin", "온라인뉴스팀"): no reporter
        byline = Byline()
        taken = take_byline_line(part, byline) and byline.reporters
        names.extend(byline.reporters if taken else [part])
    return list(dict.fromkeys(names))
