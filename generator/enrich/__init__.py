"""Enrich stage: what the text says about the registry's entities.

    entities.find_entities -> Article.mentions, Article.entities
    facts.find_facts       -> Article.stock_codes, Article.roles (needs mentions)
    events.find_events     -> Article.events, Article.quotes; an inferred date (needs mentions)
    suggest.unknown_names  -> Article.unknown_names
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.enrich.entities import Matcher, find_entities
from generator.enrich.events import find_events
from generator.enrich.facts import find_facts
from generator.model import Article, Issue
from generator.enrich.relevance import Relevance
from generator.registry import Registry
from generator.suggest import unknown_names


@dataclass
class Enricher:
    registry: Registry

    def __post_init__(self) -> None:
        self.matcher = Matcher(self.registry)
        self.known = self.registry.by_id()
        self.relevance = Relevance(self.registry)

    def __call__(self, article: Article) -> tuple[Article, list[Issue]]:
        article = find_facts(find_entities(article, self.matcher), self.registry)
        article, issues = find_events(article, self.registry)
        article = replace(article, unknown_names=unknown_names(article, self.registry, self.matcher))
        for stock in article.stock_codes:
            entity = self.known.get(stock.entity or "")
            if entity and entity.krx and entity.krx != stock.code:
                issues.append(
                    Issue(
                        "warning",
                        "stock-code-differs",
                        article.source,
                        f"the text gives {stock.name}({stock.code}) but entities.yml has {entity.krx} for {entity.id}",
                    )
                )
        return article, issues
