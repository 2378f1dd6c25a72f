"""Dated events and quotes, from the body's sentences. Fills Article.events and
Article.quotes (and the date of an undated article when its text proves it).

Needs Article.mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from generator import patterns as p
from generator.enrich.entities import by_line, within
from generator.enrich.sentences import split
from generator.enrich.temporal import resolve
from generator.model import Article, Event, Issue, Mention, Quote
from generator.registry import Registry

HEADLINE_MAX = 110
SAYING = r"(?:말했다|밝혔다|강조했다|전했다|설명했다|분석했다|소개했다|덧붙였다|당부했다|주장했다|언급했다|평가했다|내다봤다|전망했다)"
# "25일 밝혔다": the day the news was told, not an event of its own.
REPORT_DAY = re.compile(r"^\s*(?:\(현지\s?시간\))?\s?" + SAYING)
# A quote; pages sometimes close one with an opening mark (다하겠다“고), so that counts too.
QUOTE = re.compile(r"[“\"]([^“”\"]{4,}?)(?:[”\"]|“(?=\s?(?:이?라?고|며|면서)))")
AFTER_QUOTE = re.compile(r"^\s?(?:이?라고|고|이?라며|며|이?라면서|면서|는|란|이란)?\s?(?:[가-힣]+\s)?" + SAYING)
LEAD_CONNECTORS = re.compile(r"^(?:한편|이어|또한|아울러|특히|이와 함께|이날|앞서)\s?,?\s*")
# After a speaker's name: an optional English name, up to four words of title, then the subject particle.
SUBJECT_AFTER = re.compile(r"^(?:\([^)]*\))?(?:\s?[^\s“\"]+?){0,4}?(?:장|측)?(?:은|는|이|가)(?:\s|$)")
# A sentence that carries on the previous speaker's words: it opens with a quote or a connector.
CONTINUES = re.compile(r"^\s*(?:[“\"]|이어|아울러|또|그러면서|그는|그녀는)")
SPEAKER_TYPES_ORDER = ["person", "organisation", "government", "university", "hospital", "company"]


def _headline(sentence: str) -> str:
    text = LEAD_CONNECTORS.sub("", p.PARAGRAPH_MARK.sub("", sentence.strip()))
    if len(text) <= HEADLINE_MAX:
        return text
    cut = text[:HEADLINE_MAX].rsplit(" ", 1)[0]
    return cut.rstrip(" ,·") + "…"


def events_and_quotes(article: Article, registry: Registry) -> tuple[list[Event], list[Quote]]:
    kinds = {e.id: e.type for e in registry.entities}
    published = dt.date.fromisoformat(article.date) if article.date else None
    events: dict[tuple[str, str], Event] = {}
    quotes: list[Quote] = []
    lines = by_line(article.mentions)
    for index, paragraph in enumerate(article.body):
        here = lines.get(("body", index), [])
        starts = [m.start for m in here]
        previous_speaker: str | None = None
        for offset, sentence in split(paragraph):
            inside = within(here, starts, offset, offset + len(sentence))
            entities = tuple(sorted({m.entity for m in inside}))
            quoted = [(m.start(), m.end()) for m in QUOTE.finditer(sentence)]
            for temporal in resolve(sentence, published):
                tail = sentence[temporal.start + len(temporal.text) :]
                if temporal.precision == "day" and REPORT_DAY.match(tail):
                    continue
                if any(s <= temporal.start < e for s, e in quoted):
                    continue  # a speaker's 오늘 or 올해 is theirs, not the article's
                key = (temporal.value, sentence)
                events.setdefault(
                    key,
                    Event(
                        value=temporal.value,
                        precision=temporal.precision,
                        is_plan=temporal.is_plan,
                        sort_date=temporal.sort_date,
                        expression=temporal.text,
                        text=_headline(sentence),
                        entities=entities,
                        article=article.id,
                    ),
                )
            spoken = [m for m in QUOTE.finditer(sentence) if AFTER_QUOTE.match(sentence[_last_quote_end(sentence):])]
            speaker = None
            if spoken:
                speaker = _speaker(paragraph, inside, offset + spoken[0].start(), kinds)
                if speaker is None and CONTINUES.match(sentence):
                    speaker = previous_speaker
                for m in spoken:
                    quotes.append(Quote(speaker, m.group(1).strip(), article.id))
            previous_speaker = speaker
    return list(events.values()), quotes


def _last_quote_end(sentence: str) -> int:
    ends = [m.end() for m in QUOTE.finditer(sentence)]
    return ends[-1] if ends else len(sentence)


def _speaker(paragraph: str, mentions: list[Mention], quote_start: int, kinds: dict[str, str]) -> str | None:
    """Who says the quote: the subject of the sentence, named before the quote.

    The subject carries 은/는/이/가, directly or after a title phrase
    (원희목 제약바이오협회장은 “…”). A person wins over an institution; names in
    passing (the authors in "보고서(미국지사 양하경, 박순만)을 통해") are not speakers.
    """
    before = [m for m in mentions if m.end <= quote_start]
    subjects = [m for m in before if SUBJECT_AFTER.match(paragraph[m.end : quote_start])]
    for kind in SPEAKER_TYPES_ORDER:
        chosen = [m for m in subjects if kinds.get(m.entity) == kind]
        if chosen:
            return chosen[-1].entity
    return None


ANNOUNCED = re.compile(r"(?<![\d.])(\d{1,2})일\s?(?:\(현지\s?시간\)\s?)?" + SAYING)
FULL_DATE = re.compile(r"((?:19|20)\d{2})\s?[년.]\s?(\d{1,2})\s?[월.]\s?(\d{1,2})\s?일?")
INFER_WINDOW_DAYS = 7


def infer_date(article: Article) -> tuple[str, str] | None:
    """(date, evidence) when the text proves its own date, else None.

    Evidence needed: the day the news was told (25일 밝혔다) and a full date
    with a year a few days before it (2021년 6월 24일). A day alone, or a
    year that the text does not state, proves nothing.
    """
    text = " ".join(article.body)
    told = ANNOUNCED.search(text)
    if not told:
        return None
    day = int(told.group(1))
    for m in FULL_DATE.finditer(text):
        try:
            anchor = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        for month_shift in (0, 1):
            year, month = anchor.year + (anchor.month + month_shift - 1) // 12, (anchor.month + month_shift - 1) % 12 + 1
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if 0 <= (candidate - anchor).days <= INFER_WINDOW_DAYS:
                return candidate.isoformat(), f"'{m.group(0).strip()}' … '{told.group(0)}'"
    return None


def find_events(article: Article, registry: Registry) -> tuple[Article, list[Issue]]:
    issues = []
    if article.date is None:
        inferred = infer_date(article)
        if inferred:
            article = replace(article, date=inferred[0], date_source="inferred", time=None)
            issues.append(
                Issue("info", "date-inferred", article.source, f"date inferred from the text: {inferred[0]} (evidence: {inferred[1]})")
            )
    events, quotes = events_and_quotes(article, registry)
    return replace(article, events=tuple(events), quotes=tuple(quotes)), issues
