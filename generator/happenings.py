"""Events across the corpus: the same happening reported by several articles is one."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.model import Article, Event, Quote
from generator.order import newest_first
from generator.registry import Registry

BACKGROUND_TYPES = {"place"}  # 보스턴, 미국: shared by nearly every event, so no sign of the same happening


@dataclass(frozen=True)
class Source:
    article: Article
    expression: str


@dataclass(frozen=True)
class Happening:
    """One event, however many articles report it."""

    value: str
    precision: str
    is_plan: bool
    sort_date: str
    text: str
    entities: tuple[str, ...]
    sources: tuple[Source, ...]

    @property
    def year(self) -> str:
        return self.value[:4]

    @property
    def month(self) -> str | None:
        return self.value[:7] if self.precision in ("day", "month") else None


@dataclass(frozen=True)
class Said:
    """One quote, however many articles carry it (five outlets print the same press release)."""

    quote: Quote
    article: Article  # the newest that carries it
    count: int


def distinct_quotes(articles: list[Article]) -> dict[str | None, list[Said]]:
    """Speaker (None: not known) -> their distinct quotes, newest first."""
    newest: dict[tuple[str | None, str], tuple[Quote, Article]] = {}
    count: Counter[tuple[str | None, str]] = Counter()
    for article in newest_first(articles):
        for quote in article.quotes:
            newest.setdefault((quote.speaker, quote.text), (quote, article))
            count[quote.speaker, quote.text] += 1
    out: dict[str | None, list[Said]] = defaultdict(list)
    for key, (quote, article) in newest.items():
        out[key[0]].append(Said(quote, article, count[key]))
    return out


def _same_happening(a: Event, b: Event, kinds: dict[str, str]) -> bool:
    """Same date and the same actors: at least two shared entities that are not places,
    or one when either event names only one."""
    if (a.value, a.precision) != (b.value, b.precision):
        return False
    ea = {e for e in a.entities if kinds.get(e) not in BACKGROUND_TYPES}
    eb = {e for e in b.entities if kinds.get(e) not in BACKGROUND_TYPES}
    shared = len(ea & eb)
    return shared >= 2 or (shared == 1 and min(len(ea), len(eb)) == 1)


def merge_events(articles: list[Article], registry: Registry) -> list[Happening]:
    kinds = {e.id: e.type for e in registry.entities}
    by_id = {a.id: a for a in articles}
    order = {a.id: n for n, a in enumerate(newest_first(articles)[::-1])}  # oldest report first
    # Each event is compared with the first report of each candidate cluster only,
    # and candidates are found through the entities they name, so merging stays
    # linear in the number of events even when thousands report one day.
    clusters: list[list[Event]] = []
    by_key: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    exact: dict[tuple[str, str, tuple[str, ...]], int] = {}  # fast path: the very same actors
    for article in sorted(articles, key=lambda a: order[a.id]):
        for event in article.events:
            actors = tuple(e for e in event.entities if kinds.get(e) not in BACKGROUND_TYPES)
            if not actors:
                # Nobody named to tell it by (_same_happening): "입주 기업이 올해 두 배로 늘었다"
                # and "세 곳이 올해 투자를 받았다" are two happenings, not one with two sources.
                clusters.append([event])
                continue
            home = exact.get((event.value, event.precision, actors))
            if home is None:
                candidates = sorted({i for e in actors for i in by_key[(event.value, event.precision, e)]})
                home = next((i for i in candidates if _same_happening(event, clusters[i][0], kinds)), None)
            if home is None:
                home = len(clusters)
                clusters.append([event])
                for e in actors:
                    by_key[(event.value, event.precision, e)].append(home)
            else:
                clusters[home].append(event)
            exact.setdefault((event.value, event.precision, actors), home)
    happenings = []
    for cluster in clusters:
        first = cluster[0]
        happenings.append(
            Happening(
                value=first.value,
                precision=first.precision,
                is_plan=any(e.is_plan for e in cluster),
                sort_date=first.sort_date,
                text=first.text,
                entities=tuple(sorted({x for e in cluster for x in e.entities})),
                # Keyed by id: hashing a whole Article (its body, its mentions) is slow.
                sources=tuple(Source(by_id[a], x) for a, x in dict.fromkeys((e.article, e.expression) for e in cluster)),
            )
        )
    return sorted(happenings, key=lambda h: (h.sort_date, h.precision, h.text))


def latest_date(articles: list[Article]) -> str:
    """The newest publication date: plans before it are history, not what is coming."""
    return max((a.date for a in articles if a.date), default="")
