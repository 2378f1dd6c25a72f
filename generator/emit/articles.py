"""One page per article, with the stable front-matter format documented in the README."""

from __future__ import annotations

from typing import Any

from generator.emit.listings import listing_of_each
from generator.model import Article, Page

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
        "source": article.source,
        "source_sha256": article.source_sha256,
        "generated_by": GENERATED_BY,
    }
    return {k: v for k, v in fields.items() if v not in (None, [], "")}


def article_path(article: Article) -> str:
    return f"articles/{article.id}.md"


def emit_articles(articles: list[Article], page_size: int) -> list[Page]:
    listings = listing_of_each(articles, page_size)
    pages = []
    for article in articles:
        listing = listings[article.id]
        pages.append(
            Page(
                path=article_path(article),
                template="article.md.j2",
                context={"article": article, "listing": listing},
                front_matter=front_matter(article),
                generated_by=GENERATED_BY,
            )
        )
    return pages
