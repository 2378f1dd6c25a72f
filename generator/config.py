"""Where things are. Every path is relative to the project root (the folder with mkdocs.yml)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from generator.errors import ConfigError


@dataclass(frozen=True)
class Config:
    root: Path
    max_input_bytes: int = 5_000_000  # far above any article; keeps a stray dump out of memory
    page_size: int = 50  # articles per listing page
    latest: int = 10  # articles on the home page
    # The site's whole-corpus PDF: the newest articles, so that a build stays bounded
    # (a briefing of 10,000 articles is not one anyone prints; `briefing pdf --limit 0` still makes it).
    site_pdf_articles: int = 100
    workers: int = os.cpu_count() or 1  # processes for the per-article work

    def site_pdf_limit(self, articles: int) -> int | None:
        """How many articles the site's corpus PDF holds, or None for all of them:
        one rule for the PDF (pdf.site_pdfs) and the home page's button that names it."""
        return self.site_pdf_articles if articles > self.site_pdf_articles else None

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def templates(self) -> Path:
        return self.root / "site_templates"

    @property
    def work(self) -> Path:
        return self.root / "build"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def registry(self) -> Path:
        return self.root / "entities.yml"

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"


def load(root: Path, workers: int | None = None) -> Config:
    """Check the project layout, reporting every missing piece at once."""
    root = root.resolve()
    config = Config(root=root) if workers is None else Config(root=root, workers=max(1, workers))
    missing = [
        str(path.relative_to(root))
        for path in (config.seeds, config.templates, config.mkdocs_yml)
        if not path.exists()
    ]
    if missing:
        raise ConfigError(f"{root} is not a briefing project: missing {', '.join(missing)}")
    return config
