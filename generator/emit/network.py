"""Which entities appear together: a co-occurrence graph laid out at build time for an SVG.

The layout is networkx's Kamada-Kawai layout started from a circle (nothing
random in it); coordinates are rounded so the SVG is byte-identical from run
to run.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

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


def layout(pairs: Counter[tuple[str, str]], entities: list[Entity], counts: dict[str, int]) -> Graph:
    """`pairs`: how many articles name each pair of entities (ids in sorted order)."""
    chosen = {e.id for e in entities}
    weights = Counter({pair: n for pair, n in pairs.items() if pair[0] in chosen and pair[1] in chosen})
    kept: set[tuple[str, str]] = set()
    for entity in entities:
        ties = sorted(((w, pair) for pair, w in weights.items() if entity.id in pair), key=lambda t: (-t[0], t[1]))
        kept.update(pair for _w, pair in ties[:EDGES_PER_NODE])
    graph = nx.Graph()
    graph.add_nodes_from(sorted(chosen))
    # Kamada-Kawai reads edge values as distances: entities that share more articles sit closer.
    graph.add_edges_from((a, b, {"distance": 1 / weights[(a, b)]}) for a, b in sorted(kept))
    if not entities:
        return Graph([], [])
    if len(entities) == 1:
        positions = {entities[0].id: (0.0, 0.0)}
    else:
        # Kamada-Kawai keeps distances even, so labels overlap far less than
        # with a spring layout; unconnected parts are laid out side by side.
        start = nx.circular_layout(graph)
        positions = nx.kamada_kawai_layout(graph, pos=start, weight="distance", scale=1.0)
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
