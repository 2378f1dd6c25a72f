"""Corpus-wide pages: the home page and the archive by year and month.

Material renders the whole nav into every page, so articles are reached
through these paginated listings, never through the nav.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from generator.config import Config
from generator.dates import korean_month
from generator.happenings import Happening, latest_date
from generator.model import Article, Page
from generator.order import newest_first
from generator.registry import TYPES, Registry
from generator.slug import slugify

GENERATED_BY = "briefing:listings"
UNDATED = "undated"


@dataclass(frozen=True)
class Review:
    """Articles an editor should look at, each kind with a paginated listing of its own;
    the home page shows the newest few of each, so it stays small at any corpus size."""

    label: str
    note: str
    needs: Callable[[Article], bool]


REVIEW = {
    UNDATED: Review("날짜 미상", "본문에 게재일이 없는 기사입니다. 날짜를 알면 `seeds/이름.meta.yml`에 적어 주세요.", lambda a: not a.date),
    "inferred-date": Review(
        "날짜 추정", "본문의 단서로 게재일을 추정한 기사입니다. 확인되면 `seeds/이름.meta.yml`에 적어 주세요.",
        lambda a: a.date_source == "inferred",
    ),
    "no-outlet": Review(
        "매체 미상", "본문에 매체 이름이 없는 기사입니다. 알면 `seeds/이름.meta.yml`에 `outlet:`으로 적어 주세요.",
        lambda a: not a.outlet,
    ),
    "truncated": Review(
        "본문 일부", "매체의 유료 구독 안내에서 본문이 끊긴 기사입니다. 전문을 구하면 입력 파일을 바꿔 주세요.", lambda a: a.truncated
    ),
}


@dataclass(frozen=True)
class Listing:
    key: str  # "2020-01" or "undated"; an outlet's listings: "2020" or "undated"
    label: str
    page: int
    pages: int
    folder: str = "archive"  # an outlet's listings are in outlets/<its slug>/

    @property
    def path(self) -> str:
        return listing_path(self.key, self.page, self.folder)


def listing_path(key: str, page: int = 1, folder: str = "archive") -> str:
    return f"{folder}/{key}{'' if page == 1 else f'-{page}'}.md"


def _group(articles: list[Article]) -> dict[str, list[Article]]:
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in newest_first(articles):
        groups[article.month or UNDATED].append(article)
    return groups


def _label(key: str) -> str:
    return REVIEW[key].label if key in REVIEW else korean_month(key)


ARCHIVE = ("전체 기사 목록", "archive/index.md")  # where a listing links back to: label, path


def _listing_pages(
    key: str, members: list[Article], page_size: int, label: str | None = None, folder: str = "archive",
    back: tuple[str, str] = ARCHIVE, note: str = "",
) -> list[Page]:
    """A paginated listing of `members`, newest first."""
    count = -(-len(members) // page_size)
    listings = [Listing(key, label or _label(key), n, count, folder) for n in range(1, count + 1)]
    return [
        Page(
            path=listing.path,
            template="listing.md.j2",
            context={
                "listing": listing,
                "articles": members[(listing.page - 1) * page_size : listing.page * page_size],
                "all_pages": listings,
                "total": len(members),
                "note": note,
                "back": back,
            },
            front_matter={"title": f"{listing.label} 기사", "generated_by": GENERATED_BY},
            generated_by=GENERATED_BY,
        )
        for listing in listings
    ]


@dataclass(frozen=True)
class ListingLink:
    """The listing page an article's page links back to, as the link shows it: how many
    pages the listing runs to is not on the article's page, and a month's listing that grew
    a page rendered every article page of the month again."""

    label: str
    path: str


def listing_of_each(articles: list[Article], page_size: int) -> dict[str, ListingLink]:
    """The listing page that shows each article, by article id; one link for each listing page,
    shared by its articles (page_memo digests a shared object once)."""
    result = {}
    for key, members in _group(articles).items():
        links = [ListingLink(_label(key), listing_path(key, n)) for n in range(1, -(-len(members) // page_size) + 1)]
        for index, article in enumerate(members):
            result[article.id] = links[index // page_size]
    return result


def _outlet_folder(outlet: str) -> str:
    return f"outlets/{slugify(outlet) or 'outlet'}"


def outlet_path(outlet: str) -> str:
    return f"{_outlet_folder(outlet)}.md"


def _outlet_pages(articles: list[Article], page_size: int, latest: int) -> list[Page]:
    """For each outlet, a page with its newest articles and its years, and a paginated
    listing of each year (outlets/<slug>/<year>.md): one page of all an outlet's articles
    held 4,000 rows at 10,000 articles, and every new article rendered it again."""
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in newest_first(articles):
        by_outlet[article.outlet or ""].append(article)
    named = sorted((o for o in by_outlet if o), key=lambda o: (-len(by_outlet[o]), o))
    pages = []
    for outlet in named:
        by_year: dict[str, list[Article]] = defaultdict(list)
        for article in by_outlet[outlet]:
            by_year[article.date[:4] if article.date else UNDATED].append(article)
        folder, back = _outlet_folder(outlet), (f"{outlet} 기사", outlet_path(outlet))
        years = []
        for year in sorted((y for y in by_year if y != UNDATED), reverse=True) + ([UNDATED] if UNDATED in by_year else []):
            when = "날짜 미상" if year == UNDATED else f"{year}년"
            pages.extend(_listing_pages(year, by_year[year], page_size, f"{outlet} {when}", folder, back))
            years.append((when, listing_path(year, 1, folder), len(by_year[year])))
        pages.append(
            Page(
                path=outlet_path(outlet),
                template="outlet.md.j2",
                context={"outlet": outlet, "total": len(by_outlet[outlet]), "years": years, "latest": by_outlet[outlet][:latest]},
                front_matter={"title": f"{outlet} 기사", "generated_by": GENERATED_BY},
                generated_by=GENERATED_BY,
            )
        )
    pages.append(
        Page(
            path="outlets/index.md",
            template="outlets.md.j2",
            context={
                "outlets": [(o, len(by_outlet[o]), outlet_path(o)) for o in named],
                "unknown": len(by_outlet.get("", [])),
                "unknown_path": listing_path("no-outlet"),
            },
            front_matter={"title": "매체별 기사", "generated_by": GENERATED_BY},
            generated_by=GENERATED_BY,
        )
    )
    return pages


def emit_listings(
    articles: list[Article],
    config: Config,
    registry: Registry,
    new_sources: set[str],
    happenings: list[Happening],
) -> list[Page]:
    known = registry.by_id()
    counts = Counter(e for a in articles for e in a.entities)
    active = [(known[e], n) for e, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if known[e].type != "place"][:10]
    today = latest_date(articles)
    upcoming = [h for h in happenings if h.is_plan and h.sort_date >= today][:10]
    groups = _group(articles)
    ordered = newest_first(articles)
    dated = [a for a in ordered if a.date]
    review = {key: [a for a in ordered if kind.needs(a)] for key, kind in REVIEW.items()}
    pages: list[Page] = []
    months = sorted((k for k in groups if k != UNDATED), reverse=True)
    years: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for key in months:
        pages.extend(_listing_pages(key, groups[key], config.page_size))
        years[key[:4]].append((_label(key), listing_path(key), len(groups[key])))
    for key, members in review.items():
        if members:
            pages.extend(_listing_pages(key, members, config.page_size, note=REVIEW[key].note))
    outlets = Counter(a.outlet for a in articles if a.outlet)
    pages.extend(_outlet_pages(articles, config.page_size, config.latest))
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
                "pdf_articles": config.site_pdf_limit(len(articles)),
                "first": dated[-1].date if dated else None,
                "last": dated[0].date if dated else None,
                "latest": dated[:config.latest],
                "new": [a for a in ordered if a.source in new_sources][:20],
                "new_total": len(new_sources),
                "undated": len(review[UNDATED]),
                # Heading, explanation, the newest few, how many in all, the listing of all.
                "review": [
                    (REVIEW[key].label, REVIEW[key].note, members[: config.latest], len(members), listing_path(key))
                    for key, members in review.items()
                    if members
                ],
                "outlets": [(o, n, outlet_path(o)) for o, n in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))],
                "active": active,
                "types": TYPES,
                "upcoming": upcoming,
                "known": known,
            },
            front_matter={"title": "브리핑 개요", "generated_by": GENERATED_BY},
            generated_by=GENERATED_BY,
        )
    )
    return pages
