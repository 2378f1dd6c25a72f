"""Take the README's screenshots of a built site/ in Debian's Chromium.

    .venv/bin/python scripts/screenshots.py [SITE_DIR] [OUT_DIR]   (defaults: site, docs/screenshots)

Run `briefing build` first. The site is served on localhost under /briefing/,
as the browser tests do, so what is pictured is what a reader on a sub-path sees.
"""

from __future__ import annotations

import functools
import http.server
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
PAGES = {  # file name -> (path under the site, viewport, full page)
    "home.png": ("", DESKTOP, False),
    "article.png": ("articles/001-7919fbaac4a69bba/", DESKTOP, False),
    "entity.png": ("entities/won-hee-mok/", DESKTOP, False),
    "timeline.png": ("timeline/", DESKTOP, False),
    "network.png": ("entities/", DESKTOP, False),
    "phone.png": ("", PHONE, False),
}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as www:
        (Path(www) / "briefing").symlink_to(site.resolve())
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=www))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/briefing/"
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
                for name, (path, viewport, full) in PAGES.items():
                    page = browser.new_page(viewport=viewport)
                    page.goto(base + path)
                    page.wait_for_timeout(800)
                    page.screenshot(path=str(out / name), full_page=full)
                    page.close()
                page = browser.new_page(viewport=DESKTOP)
                page.goto(base)
                page.locator("[data-briefing-search]").first.click()
                page.keyboard.type("KHIDI")
                page.locator("#briefing-search a.pagefind-ui__result-link").first.wait_for(state="attached", timeout=30000)
                page.wait_for_timeout(800)
                page.screenshot(path=str(out / "search.png"))
                browser.close()
        finally:
            server.shutdown()
    print(f"screenshots: {', '.join(sorted([*PAGES, 'search.png']))} -> {out}")


if __name__ == "__main__":
    main()
