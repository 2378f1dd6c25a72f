"""Which registry entries an article's enrichment can depend on, so that an edit
of one entry redoes only the articles it can change.

An entry matters to an article when one of its forms occurs anywhere in the
article's text, before any word or particle rule: its name, aliases, English
name and generic aliases; and, for organisation-like entries, the first
STEM_LETTERS letters of each name (facts.py ties a title glued to the stem of
an institution's name, 주보스턴대한민국총영사, to that institution). The enrich
stage reads the registry only for entries found this way, so an article's
enrichment is unchanged while those entries are. The cache stores each
article's entries with one digest of their definitions; a registry whose forms
are unchanged needs no new scan.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

import ahocorasick

from generator.enrich.entities import article_lines
from generator.enrich.facts import ORG_TYPES, STEM_LETTERS
from generator.model import Article
from generator.registry import Entity, Registry

Signature = tuple[tuple[str, ...], bytes]  # see Relevance.signature


def _forms(entity: Entity) -> set[str]:
    forms = {*entity.names, *entity.generic_aliases}
    if entity.type in ORG_TYPES:
        forms.update(name[:STEM_LETTERS] for name in entity.names if len(name) >= STEM_LETTERS)
    return forms


def _read_by_enrichment(entity: Entity) -> str:
    """An entry as the enrich stage sees it: all but its description and links, which
    only pages show (and pages are keyed by the whole entry, page_memo.py). Editing a
    description named in 2,000 of 10,000 articles redid all 2,000 (31 s)."""
    return repr(replace(entity, description=None, links=()))


class Relevance:
    def __init__(self, registry: Registry) -> None:
        self.entries = {e.id: hashlib.sha256(_read_by_enrichment(e).encode()).hexdigest() for e in registry.entities}
        owners: dict[str, set[str]] = {}
        for entity in registry.entities:
            for form in _forms(entity):
                owners.setdefault(form, set()).add(entity.id)
        self.forms = hashlib.sha256(repr(sorted((f, sorted(ids)) for f, ids in owners.items())).encode()).hexdigest()
        self.automaton = ahocorasick.Automaton()
        for form, ids in owners.items():
            self.automaton.add_word(form, tuple(sorted(ids)))
        if owners:
            self.automaton.make_automaton()

    def entities(self, article: Article) -> set[str]:
        if not self.entries:
            return set()
        found: set[str] = set()
        for _field, _index, text in article_lines(article):
            for _end, ids in self.automaton.iter(text):
                found.update(ids)
        return found

    def signature(self, ids: Iterable[str]) -> Signature:
        """The entries' ids, sorted, and one digest of them and their definitions ("" for an
        id the registry no longer has). Kept with each cached article: as a mapping of id to
        digest, it made the cache of 10,000 articles 123 MB rather than 105, and unpickling it
        0.48-0.50 s rather than 0.42-0.43."""
        ordered = tuple(sorted(ids))
        return ordered, hashlib.sha256("\n".join([f"{i} {self.entries.get(i, '')}" for i in ordered]).encode()).digest()
