"""The built site: MkDocs strict build of the seeds, Korean UI, nothing fetched from the network."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.__main__ import main
from tests.conftest import copy_project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("site"))
    assert main(["-C", str(project), "build", "--strict", "--no-pdf", "-q"]) == 0
    return project / "site"


def test_pages_exist(site: Path) -> None:
    for path in ["index.html", "archive/index.html", "archive/undated/index.html", "archive/2020-01/index.html"]:
        assert (site / path).exists(), path
    assert len(list((site / "articles").glob("*/index.html"))) == 5


def test_korean_ui(site: Path) -> None:
    assert '<html lang="ko"' in (site / "index.html").read_text("utf-8")


def test_no_request_leaves_the_site(site: Path) -> None:
    external = re.compile(r"""(?:src|href)=["'](?:https?:)?//""")
    css_import = re.compile(r"""@import\s+url\(["']?(?:https?:)?//|url\(["']?https?://""")
    offenders = []
    for path in site.rglob("*"):
        if path.suffix in (".html", ".css", ".js") and path.is_file():
            text = path.read_text("utf-8", errors="replace")
            if path.suffix == ".html":
                # Links the reader clicks are fine; anything loaded with the page is not.
                for tag in re.findall(r"<(?:script|link|img|iframe)[^>]*>", text):
                    if external.search(tag) and 'rel="canonical"' not in tag:
                        offenders.append(f"{path.name}: {tag}")
            elif css_import.search(text):
                offenders.append(path.name)
    assert offenders == []
    assert "fonts.googleapis" not in (site / "index.html").read_text("utf-8")


def test_article_page_shows_metadata_and_links_back(site: Path) -> None:
    page = (site / "articles/004-c190484ef61c86e9/index.html").read_text("utf-8")
    assert "2019년 4월 18일 16:11" in page and "신아일보" in page and "정태경" in page
    assert 'href="../../archive/2019-04/"' in page
    undated = (site / "articles/003-1b17a908ff56e5ab/index.html").read_text("utf-8")
    assert "본문에 게재일이 없습니다" in undated


def test_nav_does_not_list_articles(site: Path) -> None:
    nav = (site / "index.html").read_text("utf-8").split('class="md-nav md-nav--primary"', 1)[1].split("</nav>", 1)[0]
    assert "articles/" not in nav


def test_entity_link_from_article_to_entity_page_and_back(site: Path) -> None:
    article = (site / "articles/000-c34bfae6e99c667b/index.html").read_text("utf-8")
    assert 'href="../../entities/kpbma/"' in article
    entity = (site / "entities/kpbma/index.html").read_text("utf-8")
    assert 'href="../../articles/000-c34bfae6e99c667b/"' in entity


def test_network_picture_is_valid_svg_with_a_link_per_node(site: Path) -> None:
    import xml.etree.ElementTree as ET

    tree = ET.parse(site / "entities/network.svg")
    ns = {"svg": "http://www.w3.org/2000/svg"}
    links = tree.getroot().findall("svg:a", ns)
    assert len(links) >= 80
    hrefs = {a.get("href") for a in links}
    assert "kpbma/" in hrefs and "boston/" in hrefs
    for href in hrefs:
        assert (site / "entities" / href / "index.html").exists(), href


def test_tables_and_paragraphs_survive_the_templates(site: Path) -> None:
    """Jinja's whitespace control can glue a table to the line above it, which then
    shows as a paragraph of pipes: no page may show Markdown table syntax as text."""
    broken = sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*.html")
        if any("| --- |" in p for p in re.findall(r"<p>(.*?)</p>", path.read_text("utf-8"), re.S))
    )
    assert broken == []
    for listing in ("archive/2020-01", "archive/undated", "archive/no-outlet"):
        assert "<table>" in (site / listing / "index.html").read_text("utf-8"), listing
    assert "<p><strong>개체 유형</strong>" in (site / "timeline/index.html").read_text("utf-8")
