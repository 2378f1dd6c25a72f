"""The hidden search words on article pages: what a reader could not find otherwise, and nothing more."""

from __future__ import annotations

import re

import pytest

from generator.config import load
from generator.pipeline import run
from generator.registry import load as load_registry
from generator.search_aids import article_terms
from tests.conftest import ROOT, copy_project


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    project = copy_project(tmp_path_factory.mktemp("aids"))
    return {a.id: a for a in run(load(project)).articles}, load_registry(ROOT / "entities.yml").by_id()


def test_aliases_and_compound_tails_the_text_lacks_are_added(seeded) -> None:  # type: ignore[no-untyped-def]
    articles, known = seeded
    terms = article_terms(articles["001-7919fbaac4a69bba"], known)
    assert "KHIDI" in terms  # the article only says 한국보건산업진흥원
    assert "산업진흥원" in terms  # a tail of 한국보건산업진흥원
    assert "진흥원" not in terms  # 001 also says 진흥원은: found without help
    assert "진흥원" in article_terms(articles["002-67abb6c4b3a5d6e3"], known)  # 002 never does


def test_words_the_page_already_starts_a_word_with_are_left_out(seeded) -> None:  # type: ignore[no-untyped-def]
    articles, known = seeded
    for article in articles.values():
        terms = article_terms(article, known)
        shown = "\n".join((article.title, *article.subtitles, *article.body, *article.captions))
        assert "보스턴" not in terms  # 보스턴에서, 보스턴의 …: found by prefix already
        assert terms and not [t for t in terms if re.search(r"(?<!\w)" + re.escape(t), shown)]
