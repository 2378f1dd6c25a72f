"""Facts the text states about entities: stock codes and people's roles.

Fills Article.stock_codes and Article.roles. Needs Article.mentions.

Stock codes: 한미약품(128940), 유한양행[000100], 셀트리온(068270.KS), 알테오젠(코스닥 196170).
Roles, in the forms Korean outlets write them:
  원희목 회장 / 원희목 한국제약바이오협회 회장 / 권순만 한국보건산업진흥원장
  허태정 대전 시장 / 산자이 사르마(Sanjay Sarma) 부총장 / 김종성 회장(KABIC)
  한국제약바이오협회(회장 원희목) / 제노스코(대표 고종성)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from generator.enrich.entities import PARTICLES, by_line, within
from generator.model import Article, Mention, Role, StockCode
from generator.registry import Registry

TITLES = sorted(
    """회장 부회장 명예회장 대표 대표이사 사장 부사장 원장 부원장 장관 차관 시장 도지사 지사장 총영사 대사
    대통령 총리 이사 이사장 부총장 총장 교수 센터장 소장 본부장 단장 청장 처장 국장 실장 팀장 의원 위원장
    지부장 상무 전무 부장 박사 연구원 CEO CTO CSO""".split(),
    key=len,
    reverse=True,
)
_TITLE_END = re.compile("(?:" + "|".join(TITLES) + ")$")
_PARTICLE_END = re.compile("(?:" + "|".join(PARTICLES) + ")+$")
_ENGLISH_PARENS = re.compile(r"\([A-Za-z][A-Za-z .'\-]*\)")  # matched where the name ends
_ACRONYM_PARENS = re.compile(r"\(([A-Za-z]{2,})\)")
# The market may stand before or after the code: (068270.KS), (코스피 068270), (196170·코스닥), (KRX:068270).
_MARKET = r"(?:KRX|KOSPI|KOSDAQ|KS|KQ|코스피|코스닥|유가증권시장|유가증권)"
_STOCK = re.compile(
    r"(?P<name>[가-힣A-Za-z0-9&]+)\s?[(\[](?:" + _MARKET + r"\s?[:：]?\s?)?(?P<code>\d{6})"
    r"(?:\s?[.·,]?\s?" + _MARKET + r")?[)\]]"
)
_ORG_PARENS = re.compile(r"\((?P<title>" + "|".join(TITLES) + r")\s+(?P<name>[^()]{2,12})\)")  # where the name ends
_TOKEN = re.compile(r"\S+")
MAX_PHRASE_TOKENS = 4
ORG_TYPES = {"organisation", "government", "university", "hospital", "company", "place", "programme"}
STEM_LETTERS = 6  # a title glued to at least this much of an institution's name


def stock_codes(article: Article) -> tuple[StockCode, ...]:
    ends = {(m.index, m.end): m.entity for m in article.mentions if m.field == "body"}
    found = {}
    for index, paragraph in enumerate(article.body):
        for m in _STOCK.finditer(paragraph):
            entity = ends.get((index, m.end("name")))
            found[(entity, m["name"], m["code"])] = None
    return tuple(StockCode(e, n, c) for e, n, c in found)


def _org_in(phrase_mentions: list[Mention], token: str, registry: Registry, kinds: dict[str, str]) -> str | None:
    orgs = [m.entity for m in phrase_mentions if kinds.get(m.entity) in ORG_TYPES]
    if orgs:
        return orgs[-1]
    acronym = _ACRONYM_PARENS.search(token)
    if acronym:
        for entity in registry.entities:
            if acronym[1] in entity.names and entity.type in ORG_TYPES:
                return entity.id
    # A title glued to an institution's name: 주보스턴대한민국총영사 -> ...총영사관.
    stem = _ACRONYM_PARENS.sub("", token)
    if len(stem) >= STEM_LETTERS:
        for entity in registry.entities:
            if entity.type in ORG_TYPES and any(n.startswith(stem) for n in entity.names):
                return entity.id
    return None


@dataclass(frozen=True)
class _Line:
    """One line's text and mentions (in reading order), with what the role rules look up in
    them, worked out once a line: per person, a long paragraph made them quadratic."""

    text: str
    mentions: list[Mention]
    starts: list[int]
    names: set[str]  # the mentions' text as written

    @classmethod
    def of(cls, text: str, mentions: list[Mention]) -> _Line:
        return cls(text, mentions, [m.start for m in mentions], {m.text for m in mentions})


def _role_after(line: _Line, person: Mention, registry: Registry, kinds: dict[str, str]) -> Role | None:
    text = line.text
    pos = person.end
    english = _ENGLISH_PARENS.match(text, pos)
    if english:
        pos = english.end()
    if pos >= len(text) or not text[pos].isspace():
        return None  # a particle glued to the name ends the noun phrase
    start = pos + 1
    tokens = list(islice(_TOKEN.finditer(text, start), MAX_PHRASE_TOKENS))
    for tok in tokens:
        raw = tok.group()
        trimmed = raw.rstrip(",.·“”\"'")
        core = _ACRONYM_PARENS.sub("", trimmed)  # "(CR)", "(KABIC)" are transparent
        stripped = core if _TITLE_END.search(core) else _PARTICLE_END.sub("", core)
        closed = trimmed != raw or stripped != core
        title = _TITLE_END.search(stripped)
        if title and stripped not in line.names:
            acronym = _ACRONYM_PARENS.search(trimmed)
            phrase = text[start : tok.start()] + stripped + (acronym.group() if acronym else "")
            inside = within(line.mentions, line.starts, start, tok.end())
            return Role(person.entity, title.group(), _org_in(inside, stripped + (acronym.group() if acronym else ""), registry, kinds), phrase)
        if closed:
            return None  # punctuation or a particle closed the phrase with no title
    return None


def _org_before(line: _Line, n: int, kinds: dict[str, str]) -> str | None:
    """'MIT 산자이 사르마 부총장': an institution named just before the person (the line's n-th
    mention). Mentions do not overlap, so only the one before it in reading order can be."""
    person, before = line.mentions[n], line.mentions[n - 1] if n else None
    if before is None or not 0 <= person.start - before.end <= 1:
        return None
    return before.entity if kinds.get(before.entity) in ORG_TYPES else None


def roles(article: Article, registry: Registry) -> tuple[Role, ...]:
    kinds = {e.id: e.type for e in registry.entities}
    found: dict[Role, None] = {}
    lines = by_line(article.mentions)
    for field in ("subtitles", "body", "captions"):
        for index, text in enumerate(getattr(article, field)):
            line = _Line.of(text, lines.get((field, index), []))
            for n, mention in enumerate(line.mentions):
                if kinds.get(mention.entity) == "person":
                    role = _role_after(line, mention, registry, kinds)
                    if role and role.org is None:
                        role = replace(role, org=_org_before(line, n, kinds))
                    if role:
                        found[role] = None
                elif kinds.get(mention.entity) in ORG_TYPES:
                    m = _ORG_PARENS.match(text, mention.end)
                    if m:
                        people = [
                            p for p in line.mentions if kinds.get(p.entity) == "person" and p.start == m.start("name")
                        ]
                        for p in people:
                            found[Role(p.entity, m["title"], mention.entity, f"{mention.text} {m['title']}")] = None
    # "원희목 회장" adds nothing once "원희목 한국제약바이오협회 회장" is known.
    placed = {(r.person, r.title) for r in found if r.org}
    return tuple(r for r in found if r.org or (r.person, r.title) not in placed)


def find_facts(article: Article, registry: Registry) -> Article:
    return replace(article, stock_codes=stock_codes(article), roles=roles(article, registry))
