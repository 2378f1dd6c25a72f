"""Words a reader may search for that the page does not spell out.

Pagefind matches the start of words, and Korean writes compounds without
spaces, so 진흥원 would not find 한국보건산업진흥원 and KHIDI would not find
an article that only says 한국보건산업진흥원. Each article page carries, hidden,
the names and aliases of its entities and the endings of its long compound
words; they are indexed but never shown.
"""

from __future__ import annotations

import bisect
import functools
import re

from generator.enrich.entities import PARTICLES
from generator.model import Article
from generator.registry import Entity

_WORD = re.compile(r"[가-힣]{3,}")
_TOKEN = re.compile(r"\w+")
_PARTICLE_END = re.compile("(?:" + "|".join(PARTICLES) + ")$")
# Endings of verbs and adjectives: their tails are not words of their own.
_PREDICATE_END = re.compile(r"(?:[다며고서면지게요니]|했|된|한|할|될|던|는|은|을|를|인|들)$")
MIN_SUFFIX = 2


def compound_parts(text: str) -> set[str]:
    """Tails of long Hangul nouns: 한국보건산업진흥원 -> 진흥원, 산업진흥원, …"""
    parts: set[str] = set()
    for word in _WORD.findall(text):
        parts.update(_tails(word))
    return parts


@functools.lru_cache(maxsize=1 << 16)  # words repeat across a corpus far more than they vary
def _tails(word: str) -> tuple[str, ...]:
    noun = _PARTICLE_END.sub("", word)
    if len(noun) < 3 or _PREDICATE_END.search(noun):
        return ()
    return tuple(noun[i:] for i in range(1, len(noun) - MIN_SUFFIX + 1))


def article_terms(article: Article, known: dict[str, Entity]) -> list[str]:
    """The hidden words for one article page: only those a reader could not find already.

    A word the page shows at the start of a word (보스턴 in 보스턴에서) is found
    by prefix anyway; repeating it would only grow the index of a word that is
    on every page, which is what a reader's first query downloads."""
    terms: set[str] = set()
    for entity_id in article.entities:
        entity = known[entity_id]
        terms.update((*entity.names, *entity.generic_aliases))
    shown = "\n".join((article.title, *article.subtitles, *article.body, *article.captions))
    for text in (article.title, *article.subtitles, *article.body):
        terms.update(compound_parts(text))
    words = sorted(set(_TOKEN.findall(shown)))
    return sorted(t for t in terms if not _at_word_start(t, shown, words))


def _at_word_start(term: str, text: str, words: list[str]) -> bool:
    """Whether `text` has `term` where a word starts. `words`: the text's words, sorted."""
    if _TOKEN.fullmatch(term):  # one word: does some word of the text start with it?
        at = bisect.bisect_left(words, term)
        return at < len(words) and words[at].startswith(term)
    at = text.find(term)
    while at != -1:
        if at == 0 or not _TOKEN.match(text, at - 1):
            return True
        at = text.find(term, at + 1)
    return False
