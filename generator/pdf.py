"""Briefing PDFs: the same corpus, entities and timeline as the site, on A4.

    select (scope) -> briefing_html (pure: Jinja2 print template) -> write_pdf (WeasyPrint)

One code path serves every scope: the whole corpus, one entity, a date range.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import os
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.dates import check_day, korean_date, korean_value
from generator.emit.entities import Profile, profiles
from generator.hangul import sort_key
from generator.errors import GeneratorError
from generator.happenings import Happening, distinct_quotes, merge_events
from generator.model import Article
from generator.order import newest_first
from generator.registry import TYPES, Registry
from generator.render import markup_environment

TOP_ENTITIES = 12
INDEX_COLUMN_REFS = 3  # page numbers an index entry has on average, at most, to be set in two columns
KEY_DATES = 12


@dataclass(frozen=True)
class Scope:
    entity: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    title: str | None = None
    limit: int | None = None  # newest N articles only (the site's PDFs; briefing pdf --limit)

    def file_name(self) -> str:
        parts = ["briefing"]
        if self.entity:
            parts.append(self.entity)
        if self.since:
            parts.append(f"since-{self.since}")
        if self.until:
            parts.append(f"until-{self.until}")
        return "-".join(parts) + ".pdf"


def select(articles: list[Article], scope: Scope, registry: Registry) -> list[Article]:
    """The articles a scope covers, newest first, before its limit. A date range leaves out undated articles."""
    check_day(scope.since, "--since")
    check_day(scope.until, "--until")
    if scope.entity and scope.entity not in registry.by_id():
        raise GeneratorError(f"--entity: no entity with id '{scope.entity}' in entities.yml")
    chosen = newest_first(articles)
    if scope.entity:
        chosen = [a for a in chosen if scope.entity in a.entities]
    if scope.since:
        chosen = [a for a in chosen if a.date and a.date >= scope.since]
    if scope.until:
        chosen = [a for a in chosen if a.date and a.date <= scope.until]
    return chosen


_HANGUL_WORD = re.compile(r"\S*[가-힣]\S*")
WORD_JOINER = "\u2060"


def keep_words(text: object) -> Markup:
    """Escape, and keep each word with Hangul in it on one line.

    WeasyPrint ignores `word-break: keep-all`, and line breaking allows a break
    between any two Hangul syllables, so 한국제약바이오협회 could end a line as
    한국제약. A word joiner (U+2060) between the word's characters forbids that;
    it has no glyph, so copying text out of the PDF gives the word as written.
    (No-wrap spans do the same but make layout twice as slow.)
    """
    escaped = html.escape(str(text), quote=False)
    return Markup(_HANGUL_WORD.sub(lambda m: WORD_JOINER.join(m.group()), escaped))


def _environment(templates: Path) -> jinja2.Environment:
    env = markup_environment(templates)
    env.filters["kw"] = keep_words
    env.filters["korean_date"] = korean_date
    env.filters["korean_value"] = korean_value
    return env


def generation_day() -> dt.date:
    """Today, or SOURCE_DATE_EPOCH's day, so a PDF can be made reproducibly."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date() if epoch else dt.date.today()


class Corpus:
    """The articles and registry every briefing of a run draws on, with what the
    briefings share worked out once: a build makes one PDF per entity, and merging
    the events and profiling 10,000 articles again for each took minutes."""

    def __init__(self, articles: list[Article], registry: Registry) -> None:
        self.articles = articles
        self.registry = registry

    @functools.cached_property
    def happenings(self) -> list[Happening]:
        return merge_events(self.articles, self.registry)

    @functools.cached_property
    def profiles(self) -> dict[str, Profile]:
        return profiles(self.articles, self.registry, self.happenings, distinct_quotes(self.articles))


def briefing_html(corpus: Corpus, scope: Scope, templates: Path, today: dt.date) -> tuple[str, int]:
    """(HTML of the briefing, number of articles in it)."""
    registry = corpus.registry
    in_scope = select(corpus.articles, scope, registry)
    articles = in_scope[: scope.limit] if scope.limit else in_scope
    limited = len(articles) < len(in_scope)  # only then does the cover say the newest were kept
    known = registry.by_id()
    ids = {a.id for a in articles}
    happenings: list[Happening] = [h for h in corpus.happenings if any(s.article.id in ids for s in h.sources)]
    if scope.entity:
        happenings = [h for h in happenings if scope.entity in h.entities]
    counts = Counter(e for a in articles for e in a.entities)
    index = sorted(
        ((known[e], [a for a in articles if e in a.entities]) for e in counts),
        key=lambda pair: sort_key(pair[0].name),
    )
    dated = [a.date for a in articles if a.date]
    profile = corpus.profiles[scope.entity] if scope.entity else None
    scope_label = _scope_label(scope, known, limited)
    title = scope.title or (f"{known[scope.entity].name} 브리핑" if scope.entity else "보스턴 바이오 진출 브리핑")
    key_dates = sorted(happenings, key=lambda h: (-len(h.sources), not h.is_plan, h.sort_date))[:KEY_DATES]
    context = {
        "title": title,
        "scope": scope_label,
        "limited": limited,
        "articles": articles,
        "first": min(dated) if dated else None,
        "last": max(dated) if dated else None,
        "undated": [a for a in articles if not a.date],
        "outlets": Counter(a.outlet for a in articles if a.outlet).most_common(),
        "top": [(known[e], n) for e, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ENTITIES]],
        "key_dates": sorted(key_dates, key=lambda h: h.sort_date),
        "timeline": happenings,
        "index": index,
        # Two columns for short entries (a few page numbers each, as a briefing of a few articles
        # has them); longer ones read better across the page, and CSS columns made WeasyPrint
        # take 40 % longer over a briefing of 30 articles (9.3 s against 6.6 s).
        "index_columns": sum(len(mentioned) for _, mentioned in index) <= INDEX_COLUMN_REFS * len(index),
        "profile": profile,
        "known": known,
        "types": TYPES,
        "ids": ids,
        "today": today.isoformat(),
    }
    return _environment(templates).get_template("print/briefing.html.j2").render(**context), len(articles)


def _scope_label(scope: Scope, known: dict, limited: bool) -> str:  # type: ignore[type-arg]
    parts = []
    if scope.entity:
        parts.append(f"{known[scope.entity].name} 관련 기사")
    if scope.since or scope.until:
        since = korean_date(scope.since) if scope.since else "처음"
        until = korean_date(scope.until) if scope.until else "현재"
        parts.append(f"{since} ~ {until}")
    if limited:
        parts.append(f"최신 {scope.limit}건까지")
    return " · ".join(parts) or "전체 기사"


def slow_font_subsetting() -> str | None:
    """Why PDFs will be slow on this machine, or None. WeasyPrint cuts the embedded
    font down to the glyphs used with HarfBuzz when its subsetter library is there,
    and otherwise with fontTools, which takes over ten minutes per PDF for a CJK font
    (seen on a fresh machine with WeasyPrint 70); WeasyPrint only logs that to a
    logger nobody hears."""
    from weasyprint.text.ffi import harfbuzz_subset

    if harfbuzz_subset is not None:
        return None
    return (
        "HarfBuzz's font subsetter (libharfbuzz-subset) is missing: each PDF will take minutes; "
        "install it (Debian: apt-get install libharfbuzz-subset0, or run scripts/install-system-packages.sh)"
    )


def write_pdf(html_text: str, path: Path, base: Path, cache: Path | None = None) -> bool:
    """Render with WeasyPrint and move into place; the module's only disk writes.

    With a cache folder, a PDF whose HTML (and print CSS) has not changed is
    copied from the last run instead of laid out again. Returns True when it
    was rendered.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    cached = cache / f"{cache_key(html_text, base)}.pdf" if cache else None
    if cached and cached.exists():
        shutil.copyfile(cached, tmp)
        os.replace(tmp, path)
        return False
    import weasyprint  # heavy import, only when a PDF is made

    weasyprint.HTML(string=html_text, base_url=str(base)).write_pdf(tmp)
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tmp, cached)
    os.replace(tmp, path)
    return True


def cache_key(html_text: str, base: Path) -> str:
    return hashlib.sha256((html_text + (base / "print" / "briefing.css").read_text("utf-8")).encode()).hexdigest()


def prune_cache(cache: Path, keep: set[str]) -> None:
    """Drop cached PDFs this run did not use, so the cache holds one build's worth."""
    for old in cache.glob("*.pdf"):
        if old.stem not in keep:
            old.unlink()


def _render_job(job: tuple[str, Path, Path, Path | None]) -> bool:
    return write_pdf(*job)


def write_pdfs(jobs: list[tuple[str, Path, Path, Path | None]], progress: bool) -> int:
    """Render many PDFs on every core. Returns how many were laid out (not cached)."""
    from concurrent.futures import ProcessPoolExecutor

    from tqdm import tqdm

    with ProcessPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1) or 1) as pool:
        done = list(tqdm(pool.map(_render_job, jobs), total=len(jobs), desc="pdf", unit="file", disable=not progress, leave=False))
    return sum(done)


ENTITY_PDF_ARTICLES = 30  # the site's per-entity PDFs: the newest articles, so build time stays bounded
# `briefing pdf`'s: the newest articles of its scope, unless --limit says otherwise. A
# briefing of 113 articles ran to 235 pages and took half a minute to lay out; 405 took
# 1.5 GB: the 10,000 articles of a large corpus would take most of an hour and more memory
# than most machines have, for a document no meeting reads.
BRIEFING_ARTICLES = 200


def site_pdfs(articles: list[Article], corpus_limit: int | None) -> list[tuple[str, Scope]]:
    """(path under site/, scope) of the PDFs `briefing build` publishes: the corpus
    (its newest `corpus_limit` articles, see Config.site_pdf_limit) and each mentioned entity."""
    mentioned = sorted({e for a in articles for e in a.entities})
    return [("pdf/briefing.pdf", Scope(limit=corpus_limit))] + [
        (f"pdf/entities/{e}.pdf", Scope(entity=e, limit=ENTITY_PDF_ARTICLES)) for e in mentioned
    ]
