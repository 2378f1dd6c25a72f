"""Which entities appear together: a co-occurrence graph laid out at build time for an SVG.

The layout is networkx's Kamada-Kawai layout started from a circle (nothing
random in it); coordinates are rounded so the SVG is byte-identical from run
to run. It is worked out from the ties' strengths to two significant figures,
and a layout worked out before for the same ties is reused (Layouts): one more
article does not move the picture, and a run after adding one to 10,000 does
not spend half a second importing scipy's optimiser and solving it again.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from generator.registry import Entity

WIDTH, HEIGHT, MARGIN = 1400, 1000, 80
EDGES_PER_NODE = 6  # the strongest ties only, or 80 nodes become a hairball


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    type: str
    x: float
    y: float
    r: float
    articles: int


@dataclass(frozen=True)
class Edge:
    a: Node
    b: Node
    weight: int


@dataclass(frozen=True)
class Graph:
    nodes: list[Node]
    edges: list[Edge]
    width: int = WIDTH
    height: int = HEIGHT


Tie = tuple[str, str, int]  # two entity ids in sorted order, and the strength the layout reads


class Layouts:
    """Layouts worked out before (`known`, from build/network.json), by a digest of the
    ids and ties they were worked out for; `used` holds this run's, to keep for the next."""

    def __init__(self, known: Mapping[str, object] | None = None) -> None:
        self.known = dict(known or {})
        self.used: dict[str, list[list[float]]] = {}

    def positions(self, ids: list[str], ties: list[Tie]) -> dict[str, tuple[float, float]]:
        key = hashlib.sha256(repr((ids, ties)).encode("utf-8")).hexdigest()
        found = self.known.get(key)
        if not _is_layout(found, len(ids)):
            found = [[x, y] for x, y in _solve(ids, ties)]
        self.used[key] = found  # type: ignore[assignment]
        return {entity: (xy[0], xy[1]) for entity, xy in zip(ids, found)}  # type: ignore[arg-type]


def _is_layout(value: object, size: int) -> bool:
    return (
        isinstance(value, list)
        and len(value) == size
        and all(isinstance(xy, list) and len(xy) == 2 and all(type(c) is float for c in xy) for xy in value)
    )


def _solve(ids: list[str], ties: list[Tie]) -> list[tuple[float, float]]:
    if len(ids) == 1:
        return [(0.0, 0.0)]
    import networkx as nx  # with its scipy optimiser, half a second: only when a layout is worked out

    graph = nx.Graph()
    graph.add_nodes_from(ids)
    # Kamada-Kawai reads edge values as distances: entities that share more articles sit closer.
    graph.add_edges_from((a, b, {"distance": 1 / strength}) for a, b, strength in ties)
    # Kamada-Kawai keeps distances even, so labels overlap far less than
    # with a spring layout; unconnected parts are laid out side by side.
    start = nx.circular_layout(graph)
    positions = nx.kamada_kawai_layout(graph, pos=start, weight="distance", scale=1.0)
    return [(float(positions[entity][0]), float(positions[entity][1])) for entity in ids]


def strength(articles: int) -> int:
    """A tie's strength to two significant figures (1,234 articles -> 1,200)."""
    digits = len(str(articles)) - 2
    return articles if digits <= 0 else round(articles, -digits)


def layout(
    pairs: Counter[tuple[str, str]], entities: list[Entity], counts: dict[str, int], layouts: Layouts | None = None
) -> Graph:
    """`pairs`: how many articles name each pair of entities (ids in sorted order)."""
    chosen = {e.id for e in entities}
    weights = Counter({pair: n for pair, n in pairs.items() if pair[0] in chosen and pair[1] in chosen})
    kept: set[tuple[str, str]] = set()
    for entity in entities:
        ties = sorted(((w, pair) for pair, w in weights.items() if entity.id in pair), key=lambda t: (-t[0], t[1]))
        kept.update(pair for _w, pair in ties[:EDGES_PER_NODE])
    if not entities:
        return Graph([], [])
    ids = sorted(chosen)
    positions = (layouts or Layouts()).positions(ids, [(a, b, strength(weights[(a, b)])) for a, b in sorted(kept)])
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    top = max(counts.values())
    nodes = {}
    for entity in entities:
        px, py = positions[entity.id]
        nodes[entity.id] = Node(
            id=entity.id,
            name=entity.name,
            type=entity.type,
            x=round(MARGIN + (px - min(xs)) / span_x * (WIDTH - 2 * MARGIN), 1),
            y=round(MARGIN + (py - min(ys)) / span_y * (HEIGHT - 2 * MARGIN), 1),
            r=round(5 + 13 * (counts[entity.id] / top) ** 0.5, 1),
            articles=counts[entity.id],
        )
    edges = [Edge(nodes[a], nodes[b], weights[(a, b)]) for a, b in sorted(kept)]
    return Graph(sorted(nodes.values(), key=lambda n: (n.articles, n.id)), edges)
