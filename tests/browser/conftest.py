"""Build the seed site once, host it under a sub-path on localhost, drive Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import search_index
from generator.__main__ import main
from generator.config import load
from generator.site import SITE_STATE
from tests.conftest import copy_project

CHROMIUM = Path("/usr/bin/chromium")
SUB_PATH = "briefing"  # hosted at /briefing/, as on an intranet server with other sites
ONE_BUNDLE = "one-bundle"


@pytest.fixture(scope="session")
def site_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed site at /briefing/, its search split by year as a large site's is; and
    at /one-bundle/ the same site with the search index in one bundle, as a small site's."""
    project = tmp_path_factory.mktemp("browser")
    copy_project(project)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_index, "BY_YEAR_FROM", 1)
        assert main(["-C", str(project), "build", "--strict", "--no-pdf", "-q"]) == 0
    served = tmp_path_factory.mktemp("www")
    shutil.copytree(project / "site", served / SUB_PATH)
    shards = {doc: str(entry[1]) for doc, entry in json.loads((project / "build" / SITE_STATE).read_text("utf-8"))["docs"].items()}
    assert sum(shard != search_index.HUB for shard in shards.values()) < search_index.BY_YEAR_FROM  # so: one bundle
    search_index.index(load(project), shards, shards, None)
    shutil.copytree(project / "site", served / ONE_BUNDLE)
    return served


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(site_root: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site_root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: `make test` installs it (Debian packages chromium, fonts-noto-cjk)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url: str):  # type: ignore[no-untyped-def]
    """A page that records every request that leaves this server."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    page = context.new_page()
    page.outside = []  # type: ignore[attr-defined]
    origin = base_url.split(f"/{SUB_PATH}/")[0]
    page.on("request", lambda r: None if r.url.startswith((origin, "data:", "blob:")) else page.outside.append(r.url))  # type: ignore[attr-defined]
    yield page
    context.close()
