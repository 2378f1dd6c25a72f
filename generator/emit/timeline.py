"""The timeline: events merged across articles, pages by year, by entity type and for plans;
the quotes page; and data/briefing.json for other tools."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from generator.emit.articles import front_matter
from generator.emit.listings import newest_first
from generator.hangul import sort_key
from generator.model import Article, Event, Page, Quote
from generator.registry import TYPES, Registry

GENERATED_BY = "briefing:timeline"
INDEX_SHOWN = 300  # the newest events on the timeline's front page; the year pages hold all
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
    groups: dict[tuple[str, str], list[list[Event]]] = defaultdict(list)
    for article in sorted(articles, key=lambda a: order[a.id]):
        for event in article.events:
            clusters = groups[(event.value, event.precision)]
            home = next((c for c in clusters if any(_same_happening(event, other, kinds) for other in c)), None)
            if home is None:
                clusters.append([event])
            else:
                home.append(event)
    happenings = []
    for clusters in groups.values():
        for cluster in clusters:
            first = cluster[0]
            sources = tuple(dict.fromkeys(Source(by_id[e.article], e.expression) for e in cluster))
            happenings.append(
                Happening(
                    value=first.value,
                    precision=first.precision,
                    is_plan=any(e.is_plan for e in cluster),
                    sort_date=first.sort_date,
                    text=first.text,
                    entities=tuple(sorted({x for e in cluster for x in e.entities})),
                    sources=sources,
                )
            )
    return sorted(happenings, key=lambda h: (h.sort_date, h.precision, h.text))


def _page(path: str, template: str, title: str, **context: object) -> Page:
    return Page(path, template, dict(context), {"title": title, "generated_by": GENERATED_BY}, GENERATED_BY)


def emit_timeline(articles: list[Article], registry: Registry) -> list[Page]:
    known = registry.by_id()
    happenings = merge_events(articles, registry)
    years = sorted({h.year for h in happenings}, reverse=True)
    type_counts = {
        kind: sum(1 for h in happenings if any(known[e].type == kind for e in h.entities)) for kind in TYPES
    }
    kinds = [(kind, TYPES[kind], n) for kind, n in type_counts.items() if n]
    common = {"known": known, "types": TYPES, "years": years, "kinds": kinds}
    plans = [h for h in happenings if h.is_plan]
    pages = [
        _page(
            "timeline/index.md", "timeline.md.j2", "타임라인",
            happenings=happenings[::-1][:INDEX_SHOWN], plans=[h for h in plans if h.sort_date >= latest_date(articles)],
            total=len(happenings), scope=None, **common,
        ),
    ]
    for year in years:
        chosen = [h for h in happenings if h.year == year][::-1]
        pages.append(_page(f"timeline/{year}.md", "timeline.md.j2", f"{year}년 타임라인", happenings=chosen, plans=[], total=len(chosen), scope=f"{year}년", **common))
    for kind, label, _n in kinds:
        chosen = [h for h in happenings if any(known[e].type == kind for e in h.entities)][::-1]
        pages.append(_page(f"timeline/type-{kind}.md", "timeline.md.j2", f"타임라인: {label}", happenings=chosen[:INDEX_SHOWN], plans=[], total=len(chosen), scope=label, **common))
    pages.append(_page("timeline/plans.md", "plans.md.j2", "계획·목표", plans=plans, **common))
    pages.append(_page("quotes.md", "quotes.md.j2", "발언", groups=quote_groups(articles, registry), known=known))
    pages.append(
        Page("data/briefing.json", "json", {"data": export(articles, registry, happenings)}, None, GENERATED_BY)
    )
    return pages


def latest_date(articles: list[Article]) -> str:
    """The newest publication date: plans before it are history, not what is coming."""
    return max((a.date for a in articles if a.date), default="")


def quote_groups(articles: list[Article], registry: Registry) -> list[tuple[str | None, list[tuple[Quote, Article]]]]:
    known = registry.by_id()
    groups: dict[str | None, list[tuple[Quote, Article]]] = defaultdict(list)
    for article in newest_first(articles):
        for quote in article.quotes:
            groups[quote.speaker].append((quote, article))
    speakers = sorted((s for s in groups if s), key=lambda s: (-len(groups[s]), sort_key(known[s].name)))
    return [(s, groups[s]) for s in speakers] + ([(None, groups[None])] if None in groups else [])


def export(articles: list[Article], registry: Registry, happenings: list[Happening]) -> dict[str, object]:
    """The documented data format (README: data/briefing.json)."""
    mentioned: dict[str, list[str]] = defaultdict(list)
    for article in newest_first(articles):
        for entity in article.entities:
            mentioned[entity].append(article.id)
    return {
        "articles": [
            {
                "id": a.id,
                "url": f"articles/{a.id}/",
                **{k: v for k, v in front_matter(a).items() if k not in ("generated_by", "captions", "subtitles")},
            }
            for a in newest_first(articles)
        ],
        "entities": [
            {
                "id": e.id,
                "type": e.type,
                "name": e.name,
                "english": e.english,
                "aliases": list(e.aliases),
                "krx": e.krx,
                "description": e.description,
                "url": f"entities/{e.id}/",
                "articles": mentioned.get(e.id, []),
            }
            for e in registry.entities
        ],
        "events": [
            {
                "date": h.value,
                "precision": h.precision,
                "is_plan": h.is_plan,
                "text": h.text,
                "entities": list(h.entities),
                "sources": [s.article.id for s in h.sources],
            }
            for h in happenings
        ],
        "quotes": [
            {"speaker": q.speaker, "text": q.text, "article": a.id}
            for a in newest_first(articles)
            for q in a.quotes
        ],
    }
