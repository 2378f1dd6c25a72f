"""One page per article, with the stable front-matter format documented in the README."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.emit.listings import listing_of_each
from generator.order import newest_first
from generator.mdtext import Raw, escape
from generator.model import Article, Mention, Page
from generator.registry import TYPES, Entity

GENERATED_BY = "briefing:articles"


def front_matter(article: Article) -> dict[str, Any]:
    """Keys in a fixed order; empty values are left out rather than written as null."""
    fields: dict[str, Any] = {
        "title": article.title,
        "title_source": article.title_source,
        "subtitles": list(article.subtitles),
        "date": article.date,
        "date_source": article.date_source,
        "time": article.time,
        "outlet": article.outlet,
        "reporters": list(article.reporters),
        "section": article.section,
        "captions": list(article.captions),
        "entities": list(article.entities),
        "story": article.story,
        "source": article.source,
        "source_url": article.source_url,
        "truncated": article.truncated or None,
        "source_sha256": article.source_sha256,
        "generated_by": GENERATED_BY,
    }
    # Every value is text, a list or None (truncated is True or None), so the empty ones
    # are the false ones: `v not in (None, [], "")` took a fifth of the data export's time.
    return {k: v for k, v in fields.items() if v}


def tags(article: Article, known: dict[str, Entity]) -> list[str]:
    """Material's tags above the title: the outlet, then the kinds of entity the article names."""
    kinds = {known[e].type for e in article.entities}
    return ([article.outlet] if article.outlet else []) + [TYPES[k] for k in TYPES if k in kinds]


def page_front_matter(context: dict[str, Any]) -> dict[str, Any]:
    """An article page's front matter, from its context: building it for each of 10,000
    pages, and digesting it for their keys, took a quarter of a second of every run."""
    return {**front_matter(context["article"]), "tags": tags(context["article"], context["known"])}


def article_path(article: Article) -> str:
    return f"articles/{article.id}.md"


def _link_title(entity: Entity) -> str:
    """The hover text of an entity link: what it is, in one line."""
    parts = [entity.name, TYPES[entity.type]]
    if entity.description:
        parts.append(entity.description)
    return " · ".join(parts).replace('"', "'")


def linked_body(article: Article, known: dict[str, Entity]) -> list[Raw]:
    """Body paragraphs as Markdown: the first mention of each entity links to its page.

    A full name is preferred to a generic alias (협회) that came before it.
    """
    chosen: dict[str, Mention] = {}
    for mention in (m for m in article.mentions if m.field == "body"):
        if mention.entity not in chosen or (chosen[mention.entity].generic and not mention.generic):
            chosen[mention.entity] = mention
    first: dict[int, list[Mention]] = {}
    for mention in sorted(chosen.values(), key=lambda m: (m.index, m.start)):
        first.setdefault(mention.index, []).append(mention)
    paragraphs = []
    for index, text in enumerate(article.body):
        out, pos = [], 0
        for m in first.get(index, []):
            out.append(escape(text[pos : m.start], line_start=pos == 0))
            title = escape(_link_title(known[m.entity]), line_start=False).replace('"', "&quot;")
            out.append(f'[{escape(m.text, line_start=False)}](../entities/{m.entity}.md "{title}")')
            pos = m.end
        out.append(escape(text[pos:], line_start=pos == 0))
        paragraphs.append(Raw("".join(out)))
    return paragraphs


def entity_groups(article: Article, known: dict[str, Entity]) -> list[tuple[str, list[Entity]]]:
    by_type: dict[str, list[Entity]] = {}
    for entity_id in article.entities:
        entity = known[entity_id]
        by_type.setdefault(entity.type, []).append(entity)
    return [(TYPES[kind], sorted(by_type[kind], key=lambda e: e.name)) for kind in TYPES if kind in by_type]


@dataclass(frozen=True)
class Ref:
    """Another article as a page links to it: a change to its body or entities does not touch this page."""

    id: str
    title: str
    date: str | None
    outlet: str | None

    @classmethod
    def of(cls, article: Article) -> Ref:
        return cls(article.id, article.title, article.date, article.outlet)


def emit_articles(articles: list[Article], page_size: int, known: dict[str, Entity]) -> list[Page]:
    listings = listing_of_each(articles, page_size)
    ordered = newest_first(articles)
    versions: dict[str, list[Article]] = {}
    for a in ordered:
        if a.story:
            versions.setdefault(a.story, []).append(a)
    position = {a.id: n for n, a in enumerate(ordered)}
    # One Ref per article, shared by every page that shows it (page keys digest a shared object once).
    refs = [Ref.of(a) for a in ordered]
    pages = []
    for article in articles:
        listing = listings[article.id]
        n = position[article.id]
        newer = refs[n - 1] if n > 0 else None
        older = refs[n + 1] if n + 1 < len(ordered) else None
        pages.append(
            Page(
                path=article_path(article),
                template="article.md.j2",
                context={
                    "article": article,
                    "listing": listing,
                    # Only its own entities, so that a registry edit re-renders only the pages it touches.
                    "known": {e: known[e] for e in article.entities},
                    "newer": newer,
                    "versions": [refs[position[v.id]] for v in versions.get(article.story or "", []) if v.id != article.id],
                    "older": older,
                },
                front_matter=page_front_matter,
                generated_by=GENERATED_BY,
            )
        )
    return pages
