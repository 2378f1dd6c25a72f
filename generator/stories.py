"""Same story, several outlets: articles that report one announcement are grouped.

Two articles are one story when their dates are at most STORY_WINDOW_DAYS
apart and either their text overlaps heavily (word 3-gram Jaccard at least
TEXT_OVERLAP: copies and light rewrites), or they report a happening on the
same day with a shared actor and name mostly the same actors overall
(ACTOR_OVERLAP): differently worded versions of one announcement.
Sharing a topic is not enough: 보스턴 and 바이오 are in every article here.
Comparisons are made only within the date window (and, for undated
articles, among those sharing actors), so grouping stays near-linear.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from generator.happenings import BACKGROUND_TYPES
from generator.model import Article
from generator.registry import Registry

STORY_WINDOW_DAYS = 3
TEXT_OVERLAP = 0.2
ACTOR_OVERLAP = 0.5
_WORD = re.compile(r"[가-힣A-Za-z0-9]+")


def shingles(article: Article) -> frozenset[int]:
    words = _WORD.findall(" ".join((article.title, *article.body)))
    return frozenset(map(hash, zip(words, words[1:], words[2:])))


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not (a and b):
        return 0.0
    shared = len(a & b)  # the union's size follows from it: no second set is built
    return shared / (len(a) + len(b) - shared)


def _happenings(article: Article, kinds: dict[str, str]) -> set[tuple[str, frozenset[str]]]:
    """(day, actors) of the article's day-precise events."""
    out = set()
    for event in article.events:
        actors = frozenset(e for e in event.entities if kinds.get(e) not in BACKGROUND_TYPES)
        if event.precision == "day" and actors:
            out.add((event.value, actors))
    return out


def _actors(article: Article, kinds: dict[str, str]) -> frozenset[str]:
    return frozenset(e for e in article.entities if kinds.get(e) not in BACKGROUND_TYPES)


def _same_story(a: Article, b: Article, sh: dict[str, frozenset[int]], hp: dict[str, set], ac: dict[str, frozenset[str]]) -> bool:  # type: ignore[type-arg]
    if a.date and b.date:
        gap = abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days)
        if gap > STORY_WINDOW_DAYS:
            return False
    if _jaccard(sh[a.id], sh[b.id]) >= TEXT_OVERLAP:
        return True
    same_day = any(v == w and x & y for v, x in hp[a.id] for w, y in hp[b.id])
    return same_day and _jaccard(ac[a.id], ac[b.id]) >= ACTOR_OVERLAP  # type: ignore[arg-type]


class _Features(dict):  # type: ignore[type-arg]
    """Article id -> a feature of the article, worked out when first asked for:
    with earlier decisions reused, most articles are never compared."""

    def __init__(self, make: Callable[[Article], Any], by_id: dict[str, Article]) -> None:
        super().__init__()
        self.make, self.by_id = make, by_id

    def __missing__(self, article_id: str) -> Any:
        value = self[article_id] = self.make(self.by_id[article_id])
        return value


def group_stories(
    articles: list[Article], registry: Registry, keys: dict[str, str] | None = None, decided: dict[str, Any] | None = None
) -> tuple[dict[str, str], dict[str, Any]]:
    """Article id -> story id (its group's earliest-dated, then smallest, article id),
    for articles whose story has more than one version; and what was decided, for
    the next run: the articles compared ("seen") and the pairs of them that are one
    story ("same"), each article named by the head of its key.

    With `keys` (a digest of each article's content, such as its cache key), what an
    earlier run decided (`decided`) stands: every pair of its articles that could be
    one story was compared then, and an article's key names its content. So only
    the pairs with an article it did not have are compared: adding one article to
    10,000 compares it with the articles of its days, where looking up all 120,000
    pairs of the corpus took over half a second."""
    kinds = {e.id: e.type for e in registry.entities}
    by_id = {a.id: a for a in articles}
    sh = _Features(shingles, by_id)
    hp = _Features(lambda a: _happenings(a, kinds), by_id)
    ac = _Features(lambda a: _actors(a, kinds), by_id)
    head = {a.id: keys[a.id][:24] for a in articles} if keys is not None else {}
    seen, same = _earlier(decided) if keys is not None else (set(), set())
    now_same: set[str] = set()

    def pair(a: Article, b: Article) -> str:
        first, second = head[a.id], head[b.id]
        return first + second if first <= second else second + first

    def same_story(a: Article, b: Article) -> bool:
        if keys is None:
            return _same_story(a, b, sh, hp, ac)
        name = pair(a, b)
        found = name in same if head[a.id] in seen and head[b.id] in seen else _same_story(a, b, sh, hp, ac)
        if found:
            now_same.add(name)
        return found

    parent = {a.id: a.id for a in articles}
    # Each group's date span: joining stops at 2 x the window, so a story that
    # recurs every few days does not chain into one endless "story".
    span = {a.id: (a.date, a.date) for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        dates = [d for d in (*span[ra], *span[rb]) if d]
        if dates and (dt.date.fromisoformat(max(dates)) - dt.date.fromisoformat(min(dates))).days > 2 * STORY_WINDOW_DAYS:
            return
        parent[rb] = ra
        span[ra] = (min(dates), max(dates)) if dates else (None, None)

    # Dated articles: each pair at most STORY_WINDOW_DAYS apart, joined in the order of
    # their places in date order (the span rule makes the outcome depend on that order).
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date, a.id))
    days = [dt.date.fromisoformat(a.date).toordinal() for a in dated]  # type: ignore[arg-type]
    place = {head[a.id]: n for n, a in enumerate(dated)} if keys is not None else {}
    joined = []
    for remembered in same:  # pairs of earlier articles: both still here, and dated
        i, j = place.get(remembered[:24]), place.get(remembered[24:])
        if i is not None and j is not None:
            joined.append((min(i, j), max(i, j)))
            now_same.add(remembered)
    for i, a in enumerate(dated):
        if keys is not None and head[a.id] in seen:
            continue  # its pairs with earlier articles are in `joined`; with new ones, compared from theirs
        first = bisect.bisect_left(days, days[i] - STORY_WINDOW_DAYS)
        for j in range(first, bisect.bisect_right(days, days[i] + STORY_WINDOW_DAYS)):
            other = dated[j]
            new_other = keys is None or head[other.id] not in seen
            if j != i and not (new_other and j < i) and same_story(a, other):  # two new ones: once, from the first
                joined.append((min(i, j), max(i, j)))
    for i, j in sorted(joined):
        join(dated[i].id, dated[j].id)
    # Undated articles: compared with those sharing at least two actors. (The index walks
    # every article's entities: a tenth of a second at 10,000, so only when it is needed.)
    undated = [x for x in articles if not x.date]
    by_actor: dict[str, list[Article]] = defaultdict(list)
    for article in articles if undated else ():
        for entity in article.entities:
            if kinds.get(entity) not in BACKGROUND_TYPES:
                by_actor[entity].append(article)
    for a in undated:
        shared: dict[str, int] = defaultdict(int)
        for entity in a.entities:
            for other in by_actor.get(entity, ()):
                if other.id != a.id:
                    shared[other.id] += 1
        for other_id, n in sorted(shared.items()):
            if n >= 2 and same_story(a, by_id[other_id]):
                join(a.id, other_id)
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        groups[find(article.id)].append(article)
    story = {}
    for members in groups.values():
        if len(members) > 1:
            first = min(members, key=lambda a: (a.date or "9999", a.id))
            for m in members:
                story[m.id] = first.id
    return story, {"seen": sorted(set(head.values())), "same": sorted(now_same)}


def _earlier(decided: dict[str, Any] | None) -> tuple[set[str], set[str]]:
    """(articles compared, pairs that are one story) from an earlier run's memo; nothing
    from one that is missing, damaged or of another form."""
    seen, same = (decided or {}).get("seen"), (decided or {}).get("same")
    if not (isinstance(seen, list) and isinstance(same, list) and all(type(x) is str for x in (*seen, *same))):
        return set(), set()
    return set(seen), set(same)


def text_key(article: Article) -> str:
    """Same text after cleaning: the same article saved twice (or from two places)."""
    return hashlib.sha256("\n".join(article.body).encode("utf-8")).hexdigest()


def exact_duplicates(articles: list[Article]) -> dict[str, str]:
    """Article id -> id of the first article (by id) with the same cleaned text."""
    first: dict[str, str] = {}
    out = {}
    for article in sorted(articles, key=lambda a: a.id):
        key = text_key(article)
        if key in first:
            out[article.id] = first[key]
        else:
            first[key] = article.id
    return out
