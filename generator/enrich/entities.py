"""Entity mentions, Korean-aware. Fills Article.mentions and Article.entities.

A registry name counts as a mention when it stands as a word: nothing of the
same script glued before it, and after it only the end of the word or a
particle or ending (보스턴에서는, MIT와, 협회장은). A name inside a longer word
(이영 in 이영자, 대전 in 대전략, MIT in SMITH) is not one. A generic alias
(협회, 진흥원) names an entity only after the article has named it in full,
and then the one named most recently. All names are found in one pass of an
Aho-Corasick automaton, so the cost does not grow with the registry.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import ahocorasick

from generator.model import Article, Mention, Mentions
from generator.registry import Registry

# Particles and endings that may follow a name, longest first so that the
# regex tries 에서는 before 에서 before 에.
PARTICLES = sorted(
    """은 는 이 가 을 를 의 와 과 에 에서 에게 께 께서 으로 로 도 만 까지 부터 보다 처럼 마저 조차
    이나 나 이며 며 이고 고 이다 다 이라 라 이라는 라는 이란 란 이랑 랑 와의 과의 간 등 들 뿐 대로 만큼
    이었다 였다 였던 이었던 입니다 이자 엔 에선 으론 론 이라고 라고 이라며 라며 이라면 라면 인 인데 으로서 로서
    으로써 로써 에서의 으로의 로의 에의 이지만 지만 이든 든 야 이야""".split(),
    key=len,
    reverse=True,
)
# Nouns that glue onto a name of that type without making a new word:
# 협회장 (the association's head), 보스턴지역, 대전-보스턴간.
TYPE_SUFFIXES = {
    "organisation": ["장", "측", "내", "산하", "소속"],
    "government": ["장", "측", "내", "산하", "소속"],
    "university": ["장", "측", "내", "총장", "교수"],
    "hospital": ["장", "측", "내"],
    "company": ["측", "내", "사"],
    "place": ["시", "지역", "현지", "주", "일대", "권", "내", "인근", "시내"],
    "person": ["씨"],
}
_PARTICLE = "(?:" + "|".join(PARTICLES) + ")"


def _word_end(suffixes: list[str]) -> re.Pattern[str]:
    suffix = "(?:" + "|".join(sorted(suffixes, key=len, reverse=True)) + ")?" if suffixes else ""
    return re.compile(suffix + _PARTICLE + r"{0,3}(?![가-힣])")


_ENDS = {kind: _word_end(s) for kind, s in TYPE_SUFFIXES.items()}
_PLAIN_END = _word_end([])


def _script(ch: str) -> str:
    if "가" <= ch <= "힣" or "ㄱ" <= ch <= "ㅣ":
        return "hangul"
    if ch.isascii() and ch.isalnum():
        return "latin"
    if "\u4e00" <= ch <= "\u9fff":
        return "han"
    return "other"


@dataclass(frozen=True)
class _Name:
    entity: str
    kind: str
    generic: bool


class Matcher:
    def __init__(self, registry: Registry) -> None:
        self.automaton = ahocorasick.Automaton()
        table: dict[str, list[_Name]] = {}
        for entity in registry.entities:
            for name in entity.names:
                table.setdefault(name, []).append(_Name(entity.id, entity.type, False))
            for name in entity.generic_aliases:
                table.setdefault(name, []).append(_Name(entity.id, entity.type, True))
        for name, owners in table.items():
            self.automaton.add_word(name, (name, tuple(owners)))
        self.empty = not table
        if not self.empty:
            self.automaton.make_automaton()

    def _candidates(self, text: str) -> Iterator[tuple[int, int, str, tuple[_Name, ...]]]:
        for last, (name, owners) in self.automaton.iter(text):
            start, end = last - len(name) + 1, last + 1
            if start > 0 and _script(text[start - 1]) == _script(name[0]) != "other":
                continue
            yield start, end, name, owners

    def _stands_alone(self, text: str, end: int, name: str, kind: str) -> bool:
        tail = _script(name[-1])
        if tail == "latin":
            return end == len(text) or _script(text[end]) != "latin"
        if tail == "other":
            return True
        return bool(_ENDS.get(kind, _PLAIN_END).match(text, end))

    def find(self, fields: list[tuple[str, int, str]]) -> list[Mention]:
        """Mentions in reading order over (field, index, text) lines."""
        if self.empty:
            return []
        mentions: list[Mention] = []
        named: dict[str, int] = {}  # entity -> order of its latest full mention
        order = 0
        for field, index, text in fields:
            found = sorted(self._candidates(text), key=lambda c: (c[0], -(c[1] - c[0])))
            taken_until = -1
            for start, end, name, owners in found:
                if start < taken_until:
                    continue
                full = [o for o in owners if not o.generic and self._stands_alone(text, end, name, o.kind)]
                if full:
                    owner = full[0]
                else:
                    generic = [o for o in owners if o.generic and o.entity in named]
                    generic = [o for o in generic if self._stands_alone(text, end, name, o.kind)]
                    if not generic:
                        continue
                    owner = max(generic, key=lambda o: named[o.entity])
                order += 1
                if not owner.generic:
                    named[owner.entity] = order
                mentions.append(Mention(owner.entity, field, index, start, end, text[start:end], owner.generic))
                taken_until = end
        return mentions


def by_line(mentions: Iterable[Mention]) -> dict[tuple[str, int], list[Mention]]:
    """An article's mentions by line (field, index), each line's in reading order: in one
    pass, where a pass over them all for each line made a long article quadratic."""
    lines: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for mention in mentions:
        lines[mention.field, mention.index].append(mention)
    return lines


def within(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """A line's mentions inside [start, end): `mentions` in reading order (a line's do not
    overlap), `starts` their starts. By bisection: a scan of the line per sentence or per
    title made a long paragraph quadratic (a 500 KB one took 12 s)."""
    return [m for m in mentions[bisect_left(starts, start) : bisect_left(starts, end)] if m.end <= end]


def article_lines(article: Article) -> list[tuple[str, int, str]]:
    lines = [("title", 0, article.title)]
    for field in ("subtitles", "body", "captions"):
        lines.extend((field, i, text) for i, text in enumerate(getattr(article, field)))
    return lines


def find_entities(article: Article, matcher: Matcher) -> Article:
    mentions = matcher.find(article_lines(article))
    ids = tuple(sorted({m.entity for m in mentions}))
    return replace(article, mentions=Mentions(mentions), entities=ids)
