"""Names the registry does not know yet, for `briefing entities suggest`.

Cheap rules run on every `generate` (for the one-line count); the
morphological analyser (kiwipiepy) runs only when suggestions are asked for.

    acronym definitions   한국보건산업진흥원(KHIDI), 재미한인바이오산업협회(이하 KABIC)
    titled names          원희목 회장, (대표 고종성)
    stock codes           한미약품(128940), 유한양행[000100]
    proper nouns          NNP tokens from kiwipiepy
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import yaml

from generator import patterns as p
from generator.enrich.entities import PARTICLES, Matcher, by_line
from generator.enrich.facts import TITLES
from generator.model import Article
from generator.registry import Registry

_TITLE = "(?:" + "|".join(TITLES) + ")"
ACRONYM = re.compile(r"(?<![가-힣A-Za-z])(?P<name>[가-힣][가-힣A-Za-z0-9·]{1,29})\s?\((?:이하\s*)?(?P<acronym>[A-Z][A-Za-z0-9&]{1,9})\)")
_WORD_END = r"(?:(?:" + "|".join(PARTICLES) + r")*(?![가-힣]))"
TITLED = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4}) (?P<title>" + _TITLE + r")" + _WORD_END + r"|\((?P<title2>" + _TITLE + r") (?P<name2>[가-힣]{2,4})\)")
STOCK = re.compile(r"(?<![가-힣A-Za-z])(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,20})\s?[(\[](?P<code>\d{6})[)\]]")
# Suffixes that tell an organisation's kind, checked on the candidate's own name.
KIND_BY_SUFFIX = [
    (("대학교", "대학", "대", "공대"), "university"),
    (("병원", "의료원"), "hospital"),
    (("부", "처", "청", "위원회", "진흥원", "공단", "총영사관", "시청"), "government"),
    (("제약", "약품", "바이오", "양행", "홀딩스", "화학", "로직스", "사이언스", "테라퓨틱스"), "company"),
    (("협회", "학회", "재단", "연구원", "연구소", "센터", "클러스터"), "organisation"),
    (("사업", "프로그램", "펀드"), "programme"),
]
# Domain words the analyser tags as proper nouns.
GENERIC = {"클러스터", "바이오클러스터", "이노베이션", "인큐베이션", "바이오마커", "유니콘", "캐피털", "파크", "바이오밸리", "한미"}
ANALYSER_MIN_COUNT = 2


@dataclass
class Candidate:
    name: str
    type: str
    count: int = 0
    rules: set[str] = field(default_factory=set)
    example: str = ""
    source: str = ""
    acronym: str | None = None
    krx: str | None = None
    title: str | None = None


def _has_kind_suffix(name: str) -> bool:
    return any(name.endswith(suffixes) for suffixes, _kind_ in KIND_BY_SUFFIX)


def _kind(name: str) -> str:
    for suffixes, kind in KIND_BY_SUFFIX:
        if name.endswith(suffixes):
            return kind
    return "organisation"


def _sentence(text: str, start: int) -> str:
    left = text.rfind(". ", 0, start)
    left = 0 if left == -1 else left + 2
    right = text.find(". ", start)
    sentence = text[left : right + 1 if right != -1 else len(text)].strip()
    return sentence if len(sentence) <= 160 else sentence[:157] + "…"


class Collector:
    def __init__(self, registry: Registry, matcher: Matcher | None = None) -> None:
        self.matcher = matcher or Matcher(registry)
        self.found: dict[str, Candidate] = {}

    def known(self, name: str) -> bool:
        mentions = self.matcher.find([("body", 0, name)])
        return any(m.start == 0 and m.end == len(name) for m in mentions)

    def add(self, name: str, kind: str, rule: str, article: Article, text: str, start: int, **facts: str) -> None:
        name = name.strip()
        if len(name) < 2 or name in GENERIC or self.known(name):
            return
        candidate = self.found.setdefault(name, Candidate(name, kind))
        candidate.rules.add(rule)
        if not candidate.example:
            candidate.example, candidate.source = _sentence(text, start), article.source
        for key, value in facts.items():
            if value and getattr(candidate, key) is None:
                setattr(candidate, key, value)

    def rules(self, articles: Iterable[Article]) -> None:
        for article in articles:
            for text in article.body:
                for m in ACRONYM.finditer(text):
                    # Only institutions: 업무협약(MOU), 인공지능(AI) are terms, and a known acronym is known.
                    if _has_kind_suffix(m["name"]) and not self.known(m["acronym"]):
                        self.add(m["name"], _kind(m["name"]), "acronym", article, text, m.start(), acronym=m["acronym"])
                for m in TITLED.finditer(text):
                    name, title = (m["name"], m["title"]) if m["name"] else (m["name2"], m["title2"])
                    # 이상의 교수: a possessive, not a name.
                    if name[0] in p.SURNAMES and not name.endswith("의") and (len(name) == 3 or m["name2"]):
                        self.add(name, "person", "title", article, text, m.start(), title=title)
                for m in STOCK.finditer(text):
                    self.add(m["name"], "company", "stock-code", article, text, m.start(), krx=m["code"])

    def analyser(self, articles: Iterable[Article]) -> None:
        from kiwipiepy import Kiwi  # loads its model (~1 s): only when asked

        kiwi = Kiwi()
        for article in articles:
            lines = by_line(article.mentions)
            for index, text in enumerate(article.body):
                spans = [(m.start, m.end) for m in lines.get(("body", index), [])]
                for token in kiwi.tokenize(text):
                    inside = any(s < token.start + token.len and token.start < e for s, e in spans)
                    if token.tag == "NNP" and len(token.form) >= 2 and not inside:
                        self.add(token.form, _kind(token.form), "analyser", article, text, token.start)

    def ranked(self, articles: Iterable[Article]) -> list[Candidate]:
        corpus = "\n".join(paragraph for a in articles for paragraph in a.body)
        for candidate in self.found.values():
            candidate.count = len(re.findall(re.escape(candidate.name) + r"(?![가-힣]{3})", corpus)) or 1
        kept = [c for c in self.found.values() if c.rules != {"analyser"} or c.count >= ANALYSER_MIN_COUNT]
        return sorted(kept, key=lambda c: (-len(c.rules - {"analyser"}), -c.count, c.name))


def unknown_names(article: Article, registry: Registry, matcher: Matcher) -> tuple[str, ...]:
    """Names the cheap rules find in one article that the registry does not know."""
    collector = Collector(registry, matcher)
    collector.rules([article])
    return tuple(sorted(collector.found))


def cheap_candidates(articles: list[Article], registry: Registry) -> list[Candidate]:
    collector = Collector(registry)
    collector.rules(articles)
    return collector.ranked(articles)


def all_candidates(articles: list[Article], registry: Registry, analyser: bool = True) -> list[Candidate]:
    collector = Collector(registry)
    collector.rules(articles)
    if analyser:
        collector.analyser(articles)
    return collector.ranked(articles)


def as_yaml(candidates: list[Candidate]) -> str:
    """Entries ready to paste under `entities:`; each carries its evidence as a comment."""
    used: dict[str, int] = defaultdict(int)
    blocks = []
    for n, c in enumerate(candidates, 1):
        base = (c.acronym or "").lower() or (f"krx-{c.krx}" if c.krx else f"candidate-{n}")
        used[base] += 1
        entry: dict[str, object] = {"id": base if used[base] == 1 else f"{base}-{used[base]}", "type": c.type, "name": c.name}
        if c.acronym:
            entry["aliases"] = [c.acronym]
        if c.krx:
            entry["krx"] = c.krx
        if c.title:
            entry["description"] = f"{c.title} (확인 필요)"
        dumped = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=1000).rstrip()
        evidence = f"  # {c.count}회 · 근거: {', '.join(sorted(c.rules))} · {c.source}\n  # 예: {c.example}"
        blocks.append(evidence + "\n" + "\n".join("  " + line for line in dumped.split("\n")))
    return "\n".join(blocks) + ("\n" if blocks else "")
