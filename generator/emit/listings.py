"""Corpus-wide pages: the home page and the archive by year and month.

Material renders the whole nav into every page, so articles are reached
through these paginated listings, never through the nav.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.dates import korean_month
from generator.model import Article, Page

GENERATED_BY = "briefing:listings"
UNDATED = "undated"


def newest_first(articles: list[Article]) -> list[Article]:
    """Dated articles newest first (ties by time, then id); undated ones after, by id."""
    dated = sorted(
        (a for a in articles if a.date),
        key=lambda a: (a.date or "", a.time or "", a.id),
        reverse=True,
    )
    return dated + sorted((a for a in articles if not a.date), key=lambda a: a.id)


@dataclass(frozen=True)
class Listing:
    key: str  # "2020-01" or "undated"
    label: str
    page: int
    pages: int

    @property
    def path(self) -> str:
        suffix = "" if self.page == 1 else f"-{self.page}"
        return f"archive/{self.key}{suffix}.md"


def _group(articles: list[Article]) -> dict[str, list[Article]]:
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in newest_first(articles):
        groups[article.month or UNDATED].append(article)
    return groups


def _label(key: str) -> str:
    return "날짜 미상" if key == UNDATED else korean_month(key)


def listing_of_each(articles: list[Article], page_size: int) -> dict[str, Listing]:
    """The listing page that shows each article, by article id."""
    result = {}
    for key, members in _group(articles).items():
        count = -(-len(members) // page_size)
        for index, article in enumerate(members):
            result[article.id] = Listing(key, _label(key), index // page_size + 1, count)
    return result


def emit_listings(articles: list[Article], page_size: int, latest: int) -> list[Page]:
    groups = _group(articles)
    ordered = newest_first(articles)
    dated = [a for a in ordered if a.date]
    pages: list[Page] = []
    months = sorted((k for k in groups if k != UNDATED), reverse=True)
    years: dict[str, list[tuple[Listing, int]]] = defaultdict(list)
    for key in months + ([UNDATED] if UNDATED in groups else []):
        members = groups[key]
        count = -(-len(members) // page_size)
        listings = [Listing(key, _label(key), n, count) for n in range(1, count + 1)]
        for listing in listings:
            chunk = members[(listing.page - 1) * page_size : listing.page * page_size]
            pages.append(
                Page(
                    path=listing.path,
                    template="listing.md.j2",
                    context={"listing": listing, "articles": chunk, "all_pages": listings, "total": len(members)},
                    front_matter={"title": f"{listing.label} 기사", "generated_by": GENERATED_BY},
                    generated_by=GENERATED_BY,
                )
            )
        if key != UNDATED:
            years[key[:4]].append((listings[0], len(members)))
    outlets = Counter(a.outlet for a in articles if a.outlet)
    pages.append(
        Page(
            path="archive/index.md",
            template="archive.md.j2",
            context={
                "years": sorted(years.items(), reverse=True),
                "undated": len(groups.get(UNDATED, [])),
                "total": len(articles),
            },
            front_matter={"title": "기사 목록", "generated_by": GENERATED_BY},
            generated_by=GENERATED_BY,
        )
    )
    pages.append(
        Page(
            path="index.md",
            template="home.md.j2",
            context={
                "total": len(articles),
                "first": dated[-1].date if dated else None,
                "last": dated[0].date if dated else None,
                "latest": dated[:latest],
                "undated": [a for a in ordered if not a.date],
                "no_outlet": [a for a in ordered if not a.outlet],
                "outlets": sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0])),
            },
            front_matter={"title": "브리핑 개요", "generated_by": GENERATED_BY},
            generated_by=GENERATED_BY,
        )
    )
    return pages
