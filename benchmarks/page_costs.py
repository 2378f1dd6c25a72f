"""What an article page costs MkDocs' Markdown step, and which parts of the page cost it.

    python benchmarks/page_costs.py [CONTENT] [PAGES]     (default: content/ of this project, 300 pages)

Converts the article pages under CONTENT/articles/ with the Markdown extensions
of mkdocs.yml, as they are and with one part of the page taken away at a time,
and prints the milliseconds a page (the best of four rounds). Run it on the
content/ of a benchmark corpus to see where the build's time goes: the site
build (bench.py) is this step, the theme's template and Pagefind, for every page.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import frontmatter
import markdown

ROOT = Path(__file__).resolve().parent.parent
EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc"]
DIV = r'<(?:div|nav) class="[^"]*"[^>]*markdown>.*?</(?:div|nav)>'

VARIANTS: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "without links (their text kept)": lambda text: re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text),
    "without link titles (tooltips)": lambda text: re.sub(r' "[^"]*"\)', ")", text),
    "without the hidden search words": lambda text: re.sub(r'<div class="search-aids".*?</div>', "", text, flags=re.S),
    "body only (no boxes)": lambda text: re.sub(DIV, "", text, flags=re.S),
    "boxes only (meta, entities, pager …)": lambda text: "\n\n".join(re.findall(DIV, text, flags=re.S)),
}


def per_page_ms(texts: list[str]) -> float:
    converter = markdown.Markdown(extensions=EXTENSIONS, extension_configs={"toc": {"permalink": True}})
    best = float("inf")
    for _ in range(4):
        start = time.perf_counter()
        for text in texts:
            converter.reset()
            converter.convert(text)
        best = min(best, time.perf_counter() - start)
    return best / len(texts) * 1000


def main() -> None:
    content = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "content"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    files = sorted((content / "articles").glob("*.md"))[:count]
    if not files:
        sys.exit(f"no article pages under {content / 'articles'}")
    texts = [frontmatter.loads(path.read_text("utf-8")).content for path in files]
    print(f"{len(texts)} article pages from {content}, {sum(map(len, texts)) / len(texts) / 1000:.1f} K characters each")
    for name, variant in VARIANTS.items():
        print(f"{name:40} {per_page_ms([variant(text) for text in texts]):6.2f} ms a page")


if __name__ == "__main__":
    main()
