"""Entity pages and listings made from the seeds."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from generator.cache import load_memo, save_memo
from generator.config import load
from generator.emit import network
from generator.emit.network import Layouts, layout
from generator.pipeline import run
from generator.registry import Entity
from tests.conftest import ROOT, copy_project


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    project = tmp_path_factory.mktemp("entities")
    copy_project(project)
    return {path: data.decode("utf-8") for path, data in run(load(project)).files.items()}


def test_one_page_per_registry_entity(files: dict[str, str]) -> None:
    from generator.registry import load as load_registry

    ids = {e.id for e in load_registry(ROOT / "entities.yml").entities}
    assert {p[len("entities/") : -3] for p in files if p.startswith("entities/") and p.endswith(".md")} == ids | {"index"}


def test_entity_page_lists_articles_newest_first_with_snippets(files: dict[str, str]) -> None:
    page = files["entities/boston.md"]
    order = [page.index(f"articles/{slug}.md") for slug in (
        "002-67abb6c4b3a5d6e3", "000-c34bfae6e99c667b", "004-c190484ef61c86e9", "001-7919fbaac4a69bba", "003-1b17a908ff56e5ab"
    )]
    assert order == sorted(order)
    assert '<span class="snippet">' in page and "보스턴" in page.split("## 언급 기사")[1]


def test_person_page_shows_roles_with_their_article_and_date(files: dict[str, str]) -> None:
    page = files["entities/won-hee-mok.md"]
    assert "회장 · [한국제약바이오협회](kpbma.md)" in page
    # Two articles give the same role in other words: one line, the newest article, and how many more say so.
    assert "“한국제약바이오협회 회장”, [제약바이오협, MIT 통한 美 바이오생태계 진출 박차](../articles/000-c34bfae6e99c667b.md) (2020-01-22) 외 1건" in page
    assert page.count("- 회장 · [한국제약바이오협회](kpbma.md) — ") == 1


def test_organisation_page_lists_its_people(files: dict[str, str]) -> None:
    assert "[원희목](won-hee-mok.md) · 회장" in files["entities/kpbma.md"]


def test_company_page_shows_stock_code(files: dict[str, str]) -> None:
    assert "**종목코드** 128940 (KRX)" in files["entities/hanmi.md"]


def test_related_entities_are_ranked_by_shared_articles(files: dict[str, str]) -> None:
    related = files["entities/kpbma.md"].split("## 함께 언급된 개체")[1]
    counts = [int(line.rsplit("· ", 1)[1].rstrip("건")) for line in related.strip().splitlines() if line.startswith("- ")]
    assert counts == sorted(counts, reverse=True) and counts[0] == 2


def test_type_listing_is_in_korean_order_with_counts(files: dict[str, str]) -> None:
    page = files["entity-types/company.md"]
    # Each initial heading carries an attribute list that keeps it out of the search index.
    headings = [line[3:].removesuffix(" { data-pagefind-ignore }") for line in page.splitlines() if line.startswith("## ")]
    assert headings == sorted(headings[:-1], key=lambda h: "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ".index(h)) + ["A–Z"]
    assert page.index("[다케다제약]") < page.index("[한미약품]") < page.index("[GC녹십자]")
    assert "| [한미약품](../entities/hanmi.md) | Hanmi Pharmaceutical | 1 |" in page


def test_article_front_matter_lists_entities_and_box_groups_them(files: dict[str, str]) -> None:
    import frontmatter

    post = frontmatter.loads(files["articles/003-1b17a908ff56e5ab.md"])
    assert "lee-young" in post["entities"] and post["entities"] == sorted(post["entities"])
    assert "- **인물** [윤석열](../entities/yoon-suk-yeol.md), [이영](../entities/lee-young.md)" in post.content


def test_a_quote_carried_by_several_articles_is_listed_once(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (seed,) = (project / "seeds").glob("000_*.txt")
    shutil.copy(seed, project / "seeds" / "000_copy.txt")  # a second outlet's copy of the same text
    files = run(load(project)).files
    quotes, person = (files[p].decode("utf-8") for p in ("quotes.md", "entities/won-hee-mok.md"))  # type: ignore[union-attr]
    quote = "“올해는 오픈 이노베이션이 역동적으로 이뤄지고 있는 글로벌 생태계에"
    for page in (quotes, person):
        assert page.count(quote) == 1
        assert "외 1건 보도" in page.split(quote)[1].split("\n\n")[0]


def test_co_mentions_counts_each_pair_once_per_article(tmp_path: Path) -> None:
    from collections import Counter
    from itertools import combinations
    from types import SimpleNamespace

    from generator.emit.entities import co_mentions

    articles = [
        SimpleNamespace(entities=["boston", "kpbma", "mit"]),
        SimpleNamespace(entities=["boston", "mit"]),
        SimpleNamespace(entities=[]),
        SimpleNamespace(entities=["kpbma", "kpbma", "mit"]),  # an id listed twice is still one article
        SimpleNamespace(entities=["hanmi"]),
    ]
    assert co_mentions(articles) == Counter({("boston", "mit"): 2, ("kpbma", "mit"): 2, ("boston", "kpbma"): 1})
    assert co_mentions([]) == Counter()
    seeds = run(load(copy_project(tmp_path))).articles
    expected = Counter(pair for a in seeds for pair in combinations(sorted(set(a.entities)), 2))
    assert co_mentions(seeds) == expected and len(expected) > 100


def _ring(count: int) -> tuple[Counter[tuple[str, str]], list[Entity], dict[str, int]]:
    """Six entities, each named with the next in `count` articles and with the one after in fewer."""
    ids = [f"e{n}" for n in range(6)]
    pairs: Counter[tuple[str, str]] = Counter()
    for n, entity in enumerate(ids):
        pairs[tuple(sorted((entity, ids[(n + 1) % 6])))] = count + n  # type: ignore[index]
        pairs[tuple(sorted((entity, ids[(n + 2) % 6])))] = count // 3 + n  # type: ignore[index]
    entities = [Entity(e, "place", f"곳{e}", None, (), (), None, None, ()) for e in ids]
    return pairs, entities, {e: count for e in ids}


def test_a_layout_worked_out_before_is_reused_after_a_round_trip_through_the_memo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pairs, entities, counts = _ring(1200)
    first = Layouts()
    drawn = layout(pairs, entities, counts, first)
    memo = tmp_path / "network.json"
    save_memo(memo, first.used)

    def unsolvable(*args: object) -> object:
        raise AssertionError("the layout was worked out again")

    monkeypatch.setattr(network, "_solve", unsolvable)
    assert layout(pairs, entities, counts, Layouts(load_memo(memo))) == drawn  # the same floats, to the bit


def test_one_more_article_does_not_move_the_picture_but_a_new_tie_does() -> None:
    pairs, entities, counts = _ring(1200)
    drawn = layout(pairs, entities, counts)
    pairs[("e0", "e1")] += 1
    assert [(n.x, n.y) for n in layout(pairs, entities, counts).nodes] == [(n.x, n.y) for n in drawn.nodes]
    pairs[("e0", "e1")] += 500
    assert [(n.x, n.y) for n in layout(pairs, entities, counts).nodes] != [(n.x, n.y) for n in drawn.nodes]


def test_a_damaged_layout_memo_is_worked_out_again() -> None:
    pairs, entities, counts = _ring(30)
    drawn = layout(pairs, entities, counts)
    for damaged in ([[0.0, "x"]] * 6, [[0.0, 0.0]] * 5, "x", None):
        first = Layouts()
        layout(pairs, entities, counts, first)
        layouts = Layouts({key: damaged for key in first.used})
        assert layout(pairs, entities, counts, layouts) == drawn
