"""Temporal expressions in an article, resolved against its publication date.

korean-datetime finds and resolves the expressions (지난달 28일, 작년 하반기,
올해 3분기 …); this module adds what news text needs on top of it:

- a bare day or month is in the past (news reports what happened), unless the
  sentence speaks of a plan (오는, 예정, 계획 …), when it is in the future;
- 2-digit "years" are not years (70년 역사, 3년 만에);
- an article without a known date resolves only absolute expressions
  (2014년, 2025년까지), never relative ones;
- `(현지 시간)`, `부터`, `까지`, `도`, `N일간` stay part of the expression as written;
- a value is a plan or target when it lies after the article's date, or the
  expression says so (까지, 오는, 내달, 내년, 예정 …).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from korean_datetime import Cycle, Grain, Kind, ParseOptions

from generator.enrich.scanner_index import indexed_parser

# A sentence about what is to come: plan words, an upcoming event, or a main
# verb in the present tense (개최한다, 이어진다), which Korean news uses for
# scheduled events, also in reported speech (개최한다고 밝혔다). Its bare dates
# are resolved forward, the others backward.
PLAN_WORDS = re.compile(r"오는|내달|다음\s?달|내년|예정|계획|목표|방침|열리는|열릴|개최되는|개최될|진행될|[할될릴]\s?것")


def _closed_by(final: int) -> str:
    """Every Hangul syllable whose last consonant is the given one (its index among the 28 finals)."""
    return "".join(chr(0xAC00 + initial_and_vowel * 28 + final) for initial_and_vowel in range(19 * 21))


# A present-tense verb: a syllable closed by ㄴ before 다 (개최한다, 연다, 세운다, 나선다), or 는다.
PRESENT = r"(?:[" + _closed_by(4) + r"]다|는다)"
PRESENT_TENSE_END = re.compile(PRESENT + r"[.”\"']*\s*$")
# The same verb in reported speech, before the verb of saying that ends the sentence:
# "하반기 추가 모집을 진행한다고 2일 밝혔다" is about what is to come ("진행했다고" is not).
SAYING = r"(?:밝혔|말했|전했|설명했|덧붙였|강조했|발표했|알렸)다"
REPORTED_PRESENT = re.compile(PRESENT + r"고\s(?:\S+\s){0,2}" + SAYING)
# A clause that ends in a verb marked past (맺었고, 입주했으며, 열렸지만, 열었던: a syllable closed by ㅆ;
# also what is reported, 열었다고 한다) or in a copula (곳이며,) speaks of what is, or was, whatever the
# sentence's last verb says of what is to come: "상반기 입주 기업은 여섯 곳이며, 하반기에는 … 모집한다"
# (상반기 is not next year's). A bare connective (설명회를 열고, …) has no tense of its own and takes the last verb's.
SETTLED_CLAUSE = re.compile(r"[" + _closed_by(20) + r"](?:고|으며|지만|는데|으나|다고|던)(?=[,\s])|이며,|이고,")
# "… 개최할 예정이라고 4일 밝혔다": the day right before the verb of saying is the day it
# was said, in the past however much the sentence speaks of what is to come.
SAID_ON = re.compile(r"\s?" + SAYING)
# The parser for each kind of sentence: False, the past; True, what is to come.
PARSERS = {False: indexed_parser(ParseOptions(cycle=Cycle.PAST)), True: indexed_parser(ParseOptions(cycle=Cycle.FUTURE))}
PLAN_MARKS = re.compile(r"까지|오는|내달|내년|예정")
# What may trail an expression and still belong to it.
TRAIL = re.compile(r"^(?:\s?\(현지\s?시간\)|도(?=\s|$)|\s?말(?:까지)?(?=\s|$)|부터\s?(?:[가-힣]{1,3}|\d+일)간|부터|까지)")
RELATIVE = re.compile(r"지난|작년|올해|내년|이번|오는|내달|다음|이달|금년|전년|이듬해|다음\s?달|지난달|어제|오늘|내일")
FOUR_DIGIT_YEAR = re.compile(r"(?:19|20)\d{2}")
DATE_KINDS = {Kind.DATE, Kind.DATETIME}
# A stretch of time, not a point in it: "지난 10년간", "지난 3개월 동안", "지난 2주간" (the parser reads them
# as the day that long ago). "지난 3일" is a day of the month, unless it runs for a while ("지난 3일간").
DURATION = re.compile(r"(?:지난|최근|과거|향후|앞으로)?\s?\d{1,3}\s?여?\s?(?P<unit>년|개월|달|주|주일|일|시간)\s?(?P<span>간|동안|새|째)?")
# "2년 전", "3년 뒤": that long before or after, known only to its unit (the parser gives the very day).
OFFSET = re.compile(r"\d+\s?(?P<unit>년|개월|달|주|주일|일)\s?(?:전|뒤|후)")
OFFSET_GRAIN = {"년": Grain.YEAR, "개월": Grain.MONTH, "달": Grain.MONTH, "일": Grain.DAY}  # weeks: see _grain
# A part of a month ("3월 중순", "이달 말", "다음달 초"): the parser gives the part's first day; the text
# says no day, so the month it is.
MONTH_PART = re.compile(r"(?:\d{1,2}월|달)\s?(?:초|중순|하순|상순|말)$")
# "Now": no day of an event ("1990년대 보스턴은 지금과 달랐다"), though the parser gives the publication day.
VAGUE = re.compile(r"지금|현재|요즘|오늘날|방금|이제")
# A year or month named by the story itself ("같은 해 3월", "이듬해", "그달"): another date of the text, not the
# article's, fixes it; the parser reads it against the publication date. Such words are the expression, or
# stand right before it ("같은 해 3월"). "다음 달" is next month, this article's.
ANAPHORIC = re.compile(r"(?:같은|그|다음)\s?해|이듬해|이듬달|당해|전년|같은\s?달|그\s?달")
ANAPHORIC_BEFORE = re.compile(r"(?:(?:같은|그|다음)\s?해|같은\s?달|그\s?달)(?:에|의)?\s*$")
# The parser tries every position of a sentence; most sentences hold no date
# at all, so a cheap look for a date-like word decides whether to call it.
MAYBE_DATE = re.compile(
    r"\d\s?(?:년|월|일|분기)|\d{4}[.\-/]\d|지난해|작년|올해|금년|내년|지난달|내달|다음\s?달|이달|오는|지난\s|"
    r"상반기|하반기|분기|이듬해|어제|오늘|내일|이번\s?주|지난주|다음\s?주"
)


@dataclass(frozen=True)
class Temporal:
    text: str  # the expression as written
    start: int  # offset in the sentence
    value: str  # 2020-01-21, 2019-11, 2023-Q3, 2020-H2, 2014
    precision: str  # day, month, quarter, half, year
    is_plan: bool
    sort_date: str  # first day it covers, YYYY-MM-DD, for ordering


def _value(start: dt.datetime, grain: Grain) -> tuple[str, str] | None:
    if grain in (Grain.DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND):
        return start.date().isoformat(), "day"
    if grain is Grain.WEEK:
        return start.date().isoformat(), "day"
    if grain is Grain.MONTH:
        return f"{start.year}-{start.month:02d}", "month"
    if grain is Grain.QUARTER:
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}", "quarter"
    if grain is Grain.HALF_YEAR:
        return f"{start.year}-H{1 if start.month <= 6 else 2}", "half"
    if grain is Grain.YEAR:
        return str(start.year), "year"
    return None


WINDOW = 12  # characters around a date-like word; the longest expressions (17일부터 20일까지) fit


def _windows(sentence: str) -> list[tuple[int, int]]:
    """Stretches of the sentence around date-like words, merged, cut at spaces."""
    spans: list[tuple[int, int]] = []
    for m in MAYBE_DATE.finditer(sentence):
        start = sentence.rfind(" ", 0, max(0, m.start() - WINDOW)) + 1
        end = sentence.find(" ", min(len(sentence), m.end() + WINDOW))
        end = len(sentence) if end == -1 else end
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


@functools.lru_cache(maxsize=4096)
def _parse_window(text: str, published: dt.date | None, future: bool) -> tuple:  # type: ignore[type-arg]
    now = dt.datetime.combine(published or dt.date(2000, 1, 1), dt.time(12))
    return tuple(PARSERS[future].parse_all(text, now=now))


def _parse(sentence: str, published: dt.date | None, future: bool) -> list[tuple[object, int]]:
    """(expression, offset of its window) for each expression; the parser scans
    every position it is given, so it gets only the windows, not whole sentences."""
    return [
        (expr, start)
        for start, end in _windows(sentence)
        for expr in _parse_window(sentence[start:end], published, future)
    ]


def _backward(sentence: str, published: dt.date | None, start: int, end: int) -> object | None:
    """The expression at start..end as the past reads it."""
    for expr, offset in _parse(sentence, published, future=False):
        if (expr.span[0] + offset, expr.span[1] + offset) == (start, end):  # type: ignore[attr-defined]
            return expr
    return None


def _settled_clauses(sentence: str) -> list[tuple[int, int]]:
    """The spans of the clauses that end settled (SETTLED_CLAUSE) and speak of no plan:
    "세울 계획이며," is a copula's clause, but about what is to come."""
    spans, clause = [], 0
    for m in SETTLED_CLAUSE.finditer(sentence):
        if not PLAN_WORDS.search(sentence, clause, m.end()):
            spans.append((clause, m.end()))
        clause = m.end()
    return spans


def resolve(sentence: str, published: dt.date | None) -> list[Temporal]:
    if not MAYBE_DATE.search(sentence):
        return []
    settled = _settled_clauses(sentence)
    rest, at = "", 0
    for start, end in settled:
        rest, at = rest + sentence[at:start], end
    rest += sentence[at:]
    plan_sentence = bool(PLAN_WORDS.search(rest) or PRESENT_TENSE_END.search(rest) or REPORTED_PRESENT.search(rest))
    found = []
    for expr, offset in _parse(sentence, published, future=plan_sentence):
        if expr.kind not in DATE_KINDS:
            continue
        start, end = expr.span[0] + offset, expr.span[1] + offset
        if plan_sentence and (any(a <= start < b for a, b in settled) or SAID_ON.match(sentence, end)):
            expr = _backward(sentence, published, start, end) or expr
        text = expr.text
        relative = bool(RELATIVE.search(text)) or not FOUR_DIGIT_YEAR.search(text)
        if published is None and relative:
            continue  # nothing to resolve a relative date against: skip, never guess
        if expr.grain is Grain.YEAR and not FOUR_DIGIT_YEAR.search(text) and not RELATIVE.search(text):
            continue  # 70년 역사: a duration, not a year
        if VAGUE.fullmatch(text) or ANAPHORIC.search(text) or ANAPHORIC_BEFORE.search(sentence, 0, start):
            continue  # "지금"; "같은 해 3월", the story's year, not this one
        if sentence.startswith("대", end):
            continue  # "1990년대": a decade, not 1990
        known = _grain(expr, text)
        if known is None:
            continue
        start_day, grain = known
        value, precision = _value(start_day, grain)  # type: ignore[misc]
        trail = TRAIL.match(sentence[end:])
        if trail:
            text += trail.group()
        sort_date = start_day.date().isoformat()
        ahead = published is not None and expr.start.date() > published  # the parser's day: "이달 말" may be ahead
        # "까지" and its kin mark a plan while the period is not over: "2020년까지 운영했다" is history.
        marked = bool(PLAN_MARKS.search(text)) and (published is None or _last_day(start_day, grain) >= published)
        found.append(Temporal(text.strip(), start, value, precision, marked or ahead, sort_date))
    return found


def _grain(expr: object, text: str) -> tuple[dt.datetime, Grain] | None:
    """The first day and the precision the text gives the expression, which may be coarser
    than the parser's; None for no date (a stretch of time, or a week across two months)."""
    start, grain = expr.start, expr.grain  # type: ignore[attr-defined]
    duration = DURATION.fullmatch(text)
    if duration and (duration["span"] or duration["unit"] != "일"):
        return None  # "지난 10년간": a stretch of time, no event's date
    offset = OFFSET.fullmatch(text)
    if offset:
        grain = OFFSET_GRAIN.get(offset["unit"], Grain.WEEK)
    elif MONTH_PART.search(text):
        grain = Grain.MONTH
    if grain is Grain.WEEK:
        # No week precision: a week within one month is that month; one across two is no date.
        return (start.replace(day=1), Grain.MONTH) if (start + dt.timedelta(days=6)).month == start.month else None
    if grain is Grain.YEAR:
        start = start.replace(month=1, day=1)
    elif grain is Grain.MONTH:
        start = start.replace(day=1)
    return (start, grain) if _value(start, grain) is not None else None


def _last_day(start: dt.datetime, grain: Grain) -> dt.date:
    """The last day of the period that starts at `start`."""
    months = {Grain.MONTH: 1, Grain.QUARTER: 3, Grain.HALF_YEAR: 6, Grain.YEAR: 12}.get(grain)
    if months is None:
        return start.date()
    first = start.date().replace(day=1)
    year, month = divmod(first.month - 1 + months, 12)
    return first.replace(year=first.year + year, month=month + 1) - dt.timedelta(days=1)
