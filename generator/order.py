"""The one reading order of the corpus."""

from __future__ import annotations

from generator.model import Article


def newest_first(articles: list[Article]) -> list[Article]:
    """Dated articles newest first (ties by time, then id); undated ones after, by id."""
    dated = sorted(
        (a for a in articles if a.date),
        key=lambda a: (a.date or "", a.time or "", a.id),
        reverse=True,
    )
    return dated + sorted((a for a in articles if not a.date), key=lambda a: a.id)
