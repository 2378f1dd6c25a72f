"""The timeline: events merged across articles, pages by year, by entity type and for plans;
the quotes page; and data/briefing.json for other tools."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from generator.emit.articles import front_matter
from generator.happenings import Happening, Said, latest_date
from generator.hangul import sort_key
from generator.model import Article, Page
from generator.order import newest_first
from generator.registry import TYPES, Registry

GENERATED_BY = "briefing:timeline"
INDEX_SHOWN = 300  # the newest events on the timeline's front page; the year pages hold all
QUOTES_PER_SPEAKER = 20  # the quotes page stays readable (and small) however large the corpus; data/briefing.json has all


def _page(path: str, template: str, title: str, **context: object) -> Page:
    return Page(path, template, dict(context), {"title": title, "generated_by": GENERATED_BY}, GENERATED_BY)


def emit_timeline(
    articles: list[Article], registry: Registry, happenings: list[Happening], said: dict[str | None, list[Said]]
) -> list[Page]:
    known = registry.by_id()
    today = latest_date(articles)
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
            happenings=happenings[::-1][:INDEX_SHOWN], plans=[h for h in plans if h.sort_date >= today],
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
    pages.append(_page("quotes.md", "quotes.md.j2", "발언", groups=quote_groups(said, registry), known=known))
    return pages


def emit_export(articles: list[Article], registry: Registry, happenings: list[Happening]) -> Page:
    context = {"data": export, "articles": articles, "entities": registry.entities, "happenings": happenings}
    return Page("data/briefing.json", "json", context, None, GENERATED_BY)


def quote_groups(groups: dict[str | None, list[Said]], registry: Registry) -> list[tuple[str | None, int, list[Said]]]:
    """(speaker, how many distinct quotes, the newest QUOTES_PER_SPEAKER of them), most quoted first;
    from the corpus's distinct quotes (happenings.distinct_quotes)."""
    known = registry.by_id()
    speakers = sorted((s for s in groups if s), key=lambda s: (-len(groups[s]), sort_key(known[s].name)))
    return [(s, len(groups[s]), groups[s][:QUOTES_PER_SPEAKER]) for s in [*speakers, *([None] if None in groups else [])]]


def export(context: dict[str, Any]) -> dict[str, object]:
    """The documented data format (README: data/briefing.json), made when the file is
    rendered: 27 MB at 10,000 articles, it took half a second of every run to make and
    write out, though it changes only when an article, an entity or a happening does."""
    articles, happenings = context["articles"], context["happenings"]
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
            for e in context["entities"]
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
