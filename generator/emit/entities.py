"""Entity pages, one listing per type, and the entity index with the network picture."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from generator.emit.network import Layouts, layout
from generator.happenings import Happening, Said
from generator.hangul import initial, sort_key
from generator.order import newest_first
from generator.model import Article, Page, Role
from generator.registry import TYPES, Entity, Registry

GENERATED_BY = "briefing:entities"
SNIPPET_RADIUS = 45
RELATED_MAX = 15
# An entity such as 보스턴 is in nearly every article: its page shows the newest
# ones, so that page size stays flat as the corpus grows.
ARTICLES_SHOWN = 100
EVENTS_SHOWN = 50
QUOTES_SHOWN = 50
NETWORK_NODES = 90


def entity_path(entity_id: str) -> str:
    return f"entities/{entity_id}.md"


def type_path(kind: str) -> str:
    return f"entity-types/{kind}.md"


def snippet(article: Article, entity_id: str) -> str:
    """A short stretch around the first body mention, by full name if there is one."""
    own = [m for m in article.mentions if m.entity == entity_id]
    mention = min(own, key=lambda m: (m.field != "body", m.generic, m.index, m.start))
    text = article.title if mention.field == "title" else getattr(article, mention.field)[mention.index]
    start, end = max(0, mention.start - SNIPPET_RADIUS), min(len(text), mention.end + SNIPPET_RADIUS)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


@dataclass
class RoleSeen:
    """A role as the articles give it: the newest article that says so, and how many do."""

    role: Role
    article: Article
    count: int = 1


@dataclass
class Profile:
    entity: Entity
    articles: list[Article] = field(default_factory=list)
    roles: list[RoleSeen] = field(default_factory=list)  # this person's roles
    staff: list[RoleSeen] = field(default_factory=list)  # people in roles at this organisation
    stock_codes: Counter[str] = field(default_factory=Counter)
    related: list[tuple[Entity, int]] = field(default_factory=list)
    incoming: list[tuple[Entity, str]] = field(default_factory=list)  # registry links to it
    events: list[object] = field(default_factory=list)  # timeline Happenings naming it, newest first
    quotes: list[Said] = field(default_factory=list)  # what it said, newest first


def co_mentions(articles: list[Article]) -> Counter[tuple[str, str]]:
    """How many articles name each pair of entities (ids in sorted order). Each entity's
    articles are the bits of one integer, and a pair's count is the bits the two share:
    0.06 s at 10,000 articles and 103 entities. Counting the ~4 million pairs article
    by article took half a second, and a sparse matrix product loaded numpy and scipy
    (0.4 s, in a run after one new article that needs them for nothing else). The work
    grows with the square of the entities named: ~1 s for 1,000 at 10,000 articles."""
    named: dict[str, bytearray] = {}
    size = len(articles) // 8 + 1
    for n, article in enumerate(articles):
        for entity in article.entities:
            bits = named.get(entity)
            if bits is None:
                bits = named[entity] = bytearray(size)
            bits[n >> 3] |= 1 << (n & 7)  # an id listed twice in one article is still one article
    ids = sorted(named)
    masks = [int.from_bytes(named[e], "little") for e in ids]
    pairs: Counter[tuple[str, str]] = Counter()
    for i, first in enumerate(ids):
        mask = masks[i]
        for j in range(i + 1, len(ids)):
            shared = (mask & masks[j]).bit_count()
            if shared:
                pairs[first, ids[j]] = shared
    return pairs


def profiles(
    articles: list[Article],
    registry: Registry,
    happenings: list[Happening],
    said: dict[str | None, list[Said]],
    pairs: Counter[tuple[str, str]] | None = None,
) -> dict[str, Profile]:
    known = registry.by_id()
    result = {e.id: Profile(e) for e in registry.entities}
    pairs = co_mentions(articles) if pairs is None else pairs
    roles: dict[tuple[str, str, str | None], RoleSeen] = {}
    for article in newest_first(articles):
        for entity_id in article.entities:
            result[entity_id].articles.append(article)
        for role in article.roles:
            seen = roles.get((role.person, role.title, role.org))
            if seen is not None:
                seen.count += 1
                continue
            seen = roles[role.person, role.title, role.org] = RoleSeen(role, article)
            result[role.person].roles.append(seen)
            if role.org:
                result[role.org].staff.append(seen)
        for stock in article.stock_codes:
            if stock.entity:
                result[stock.entity].stock_codes[stock.code] += 1
    related: dict[str, Counter[str]] = defaultdict(Counter)
    for (a, b), count in pairs.items():
        related[a][b] = count
        related[b][a] = count
    for entity_id, profile in result.items():
        ranked = sorted(related[entity_id].items(), key=lambda kv: (-kv[1], sort_key(known[kv[0]].name)))
        profile.related = [(known[other], n) for other, n in ranked[:RELATED_MAX]]
        for link in profile.entity.links:
            result[link.to].incoming.append((profile.entity, link.role))
    for profile in result.values():
        profile.incoming.sort(key=lambda pair: sort_key(pair[0].name))
    for happening in reversed(happenings):
        for entity_id in happening.entities:
            result[entity_id].events.append(happening)
    for speaker, quotes in said.items():
        if speaker:
            result[speaker].quotes = quotes
    return result


def emit_entities(
    articles: list[Article],
    registry: Registry,
    happenings: list[Happening],
    said: dict[str | None, list[Said]],
    layouts: Layouts | None = None,
) -> list[Page]:
    known = registry.by_id()
    pairs = co_mentions(articles)
    table = profiles(articles, registry, happenings, said, pairs)
    pages = [
        Page(
            path=entity_path(p.entity.id),
            template="entity.md.j2",
            # Only what the page shows (and counts), so that its key in page_memo stays
            # cheap and does not change with every article that names the entity.
            context={
                "p": replace(p, articles=[], events=[], quotes=[]),
                "counts": {"articles": len(p.articles), "events": len(p.events), "quotes": len(p.quotes)},
                "type_label": TYPES[p.entity.type],
                "known": known,
                "shown": p.articles[:ARTICLES_SHOWN],
                "events": p.events[:EVENTS_SHOWN],
                "quotes": p.quotes[:QUOTES_SHOWN],
                "snippets": {a.id: snippet(a, p.entity.id) for a in p.articles[:ARTICLES_SHOWN]},
            },
            front_matter={"title": p.entity.name, "entity_type": p.entity.type, "generated_by": GENERATED_BY},
            generated_by=GENERATED_BY,
        )
        for p in table.values()
    ]
    by_type: dict[str, list[Profile]] = defaultdict(list)
    for profile in table.values():
        by_type[profile.entity.type].append(profile)
    for kind, members in sorted(by_type.items()):
        members.sort(key=lambda p: sort_key(p.entity.name))
        groups: dict[str, list[Profile]] = defaultdict(list)
        for p in members:
            groups[initial(p.entity.name)].append(p)
        pages.append(
            Page(
                path=type_path(kind),
                template="entity_type.md.j2",
                context={
                    "kind": kind,
                    "label": TYPES[kind],
                    "groups": [(letter, [(p.entity, len(p.articles)) for p in ps]) for letter, ps in groups.items()],
                    "total": len(members),
                },
                front_matter={"title": TYPES[kind], "generated_by": GENERATED_BY},
                generated_by=GENERATED_BY,
            )
        )
    active = sorted((p for p in table.values() if p.articles), key=lambda p: (-len(p.articles), sort_key(p.entity.name)))
    graph = layout(pairs, [p.entity for p in active[:NETWORK_NODES]], {p.entity.id: len(p.articles) for p in active}, layouts)
    pages.append(
        Page(
            path="entities/network.svg",
            template="network.svg.j2",
            context={"graph": graph, "types": TYPES},
            generated_by=GENERATED_BY,
        )
    )
    pages.append(
        Page(
            path="entities/index.md",
            template="entities.md.j2",
            context={
                "types": [(kind, TYPES[kind], len(by_type[kind])) for kind in TYPES if kind in by_type],
                "top": [(p.entity, len(p.articles)) for p in active[:20]],
                "total": len(table),
                "shown": len(graph.nodes),
            },
            front_matter={"title": "개체", "generated_by": GENERATED_BY},
            generated_by=GENERATED_BY,
        )
    )
    return pages
