"""What a reader does: search in Korean, follow links, read on a phone, with no request leaving the server."""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import ONE_BUNDLE, SUB_PATH
from tests.conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def heading(page) -> str:  # type: ignore[no-untyped-def]
    return page.locator("article h1").first.inner_text().rstrip("¶").strip()


RESULT_LINK = "#briefing-search a.pagefind-ui__result-link"


def _loaded(page) -> None:  # type: ignore[no-untyped-def]
    """Until every result shown has its text: Pagefind fills them in one by one (slowly on a busy machine)."""
    page.wait_for_function("!document.querySelector('#briefing-search .pagefind-ui__loading')", timeout=10000)


def search(page, base_url: str, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Type into the header search, as a reader does, and return the result links."""
    page.goto(base_url)
    page.locator("[data-briefing-search]").first.click()
    page.keyboard.type(query)
    page.locator(RESULT_LINK).first.wait_for(state="attached", timeout=5000)
    _loaded(page)
    more = page.locator("#briefing-search .pagefind-ui__button")
    while more.count():  # the reader asks for more results until all are shown
        more.first.click()
        _loaded(page)
    return page.eval_on_selector_all(RESULT_LINK, "els => els.map(e => e.getAttribute('href'))")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("보스턴", "articles/004-c190484ef61c86e9/"),  # written 보스턴에서, 보스턴의 … in the text
        ("KHIDI", "articles/001-7919fbaac4a69bba/"),  # this article only says 한국보건산업진흥원
        ("진흥원", "entities/khidi/"),  # the end of a compound
        ("클러스터", "articles/002-67abb6c4b3a5d6e3/"),  # inside 바이오클러스터
        ("원희목", "entities/won-hee-mok/"),
    ],
)
def test_korean_search(page, base_url: str, query: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    links = search(page, base_url, query)
    assert any(link.rstrip("/").endswith(expected.rstrip("/")) for link in links), links
    assert page.outside == []


def test_search_results_are_titled_by_what_they_are(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    """A result's sub-titles are page or section headings, never an entity list's initial letter (ㅎ)."""
    search(page, base_url, "KHIDI")
    titles = page.eval_on_selector_all(
        "#briefing-search .pagefind-ui__result-title", "els => els.map(e => e.textContent.trim())"
    )
    assert "정부·공공기관" in titles
    assert not [t for t in titles if len(t) == 1 and "ㄱ" <= t <= "ㅎ"], titles
    assert page.outside == []


def test_one_bundle_and_bundles_by_year_find_the_same_pages(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    one_bundle = base_url.replace(f"/{SUB_PATH}/", f"/{ONE_BUNDLE}/")
    for query in ("보스턴", "KHIDI", "바이오"):
        by_year = sorted(link.replace(f"/{SUB_PATH}/", "/") for link in search(page, base_url, query))
        single = sorted(link.replace(f"/{ONE_BUNDLE}/", "/") for link in search(page, one_bundle, query))
        assert by_year == single and any("/articles/" in link for link in single), query
    assert page.outside == []


def test_search_results_work_under_the_sub_path(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    links = search(page, base_url, "원희목")
    page.goto(links[0] if links[0].startswith("http") else base_url.split("/briefing/")[0] + links[0])
    assert heading(page) == "원희목"


def test_search_is_reachable_from_the_keyboard(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url)
    page.keyboard.press("Control+k")
    page.keyboard.type("보스턴")
    page.locator(RESULT_LINK).first.wait_for(state="attached", timeout=5000)
    page.keyboard.press("Escape")  # and closed again
    assert not page.locator("#briefing-search").evaluate("d => d.open")


def test_article_to_entity_and_back(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "articles/000-c34bfae6e99c667b/")
    page.locator("article a[href$='entities/kpbma/']").first.click()
    page.wait_for_url("**/entities/kpbma/")
    assert heading(page) == "한국제약바이오협회"
    assert page.locator("a[href$='articles/000-c34bfae6e99c667b/']").count() >= 1
    assert page.outside == []


def test_hovering_an_entity_link_says_what_it_is(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "articles/004-c190484ef61c86e9/")
    page.locator("article a[href$='entities/heo-tae-jeong/']").first.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(timeout=3000)
    assert "인물" in tooltip.inner_text() and "대전광역시장" in tooltip.inner_text()


def test_home_page_on_a_phone(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url)
    assert heading(page) == "브리핑 개요"
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1
    assert page.locator("text=최근 기사").first.is_visible()
    context.close()


PAGES = ["", "articles/001-7919fbaac4a69bba/", "entities/kpbma/", "entities/", "timeline/", "quotes/", "archive/2019-04/"]


@pytest.mark.parametrize("path", PAGES)
def test_basic_accessibility(page, base_url: str, path: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + path)
    assert page.get_attribute("html", "lang") == "ko"
    assert page.locator("article h1").count() == 1
    assert page.locator("img:not([alt])").count() == 0
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => JSON.stringify(await axe.run(document, {resultTypes: ['violations']}))")
    serious = [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in json.loads(result)["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    assert page.outside == []


def test_printing_a_page_leaves_out_the_site_chrome(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "articles/001-7919fbaac4a69bba/")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".briefing-search", ".article-pager"):
        assert page.locator(selector).first.is_hidden(), selector
    assert page.locator("article h1").first.is_visible()
    link = page.locator("article p a").first
    assert link.evaluate("a => getComputedStyle(a).textDecorationLine") == "none"
