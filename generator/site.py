"""Running MkDocs on the generated content: a strict build, or the live preview."""

from __future__ import annotations

import subprocess
import sys

from generator.config import Config
from generator.errors import BuildError


def mkdocs_command(config: Config, *args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", *args, "-f", str(config.mkdocs_yml)]


def build_site(config: Config) -> None:
    """`mkdocs build --strict` into site/; any MkDocs warning fails the build."""
    proc = subprocess.run(
        mkdocs_command(config, "build", "--strict", "--clean", "-d", str(config.site)),
        cwd=config.root,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise BuildError("mkdocs build failed:\n" + (proc.stderr or proc.stdout).strip())
    index_search(config)


PAGEFIND_EXCLUDE = [".headerlink", ".md-source-file", ".search-aids-label"]


def index_search(config: Config) -> None:
    """Pagefind's chunked index and UI into site/pagefind/ (the binary ships in the PyPI package)."""
    proc = subprocess.run(
        [
            sys.executable, "-m", "pagefind", "--site", str(config.site), "--force-language", "ko", "--quiet",
            *(arg for selector in PAGEFIND_EXCLUDE for arg in ("--exclude-selectors", selector)),
        ],
        cwd=config.root,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise BuildError("search indexing (pagefind) failed:\n" + (proc.stderr or proc.stdout).strip())


def start_preview(config: Config, address: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(mkdocs_command(config, "serve", "--dev-addr", address), cwd=config.root)
