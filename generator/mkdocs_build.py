"""One MkDocs build worker: `python -m generator.mkdocs_build CONFIG SITE LISTING INDEX COUNT`.

site.py decides which docs to build (all of them after cleaning site/, or
only those whose source changed) and lists them in LISTING, one per line;
it starts COUNT workers at once, and worker INDEX builds every COUNT-th of
them, so a build uses every core (MkDocs itself renders one page at a time).
Each worker is a strict MkDocs dirty build whose idea of a modified file is
"listed, and mine" rather than MkDocs' "newer than its output" (which a file
restored from a backup would fool): every worker reads the whole docs folder
and nav, so each page comes out exactly as from a single build. Worker 0
alone copies the other files (listed ones, and any MkDocs finds newer) and
writes the theme's own pages (404, sitemap), so no file is written by two
processes.

MkDocs' own command refuses a strict dirty build (the dirty build logs a
warning about itself, and strict mode fails on any warning): that one warning
is dropped here, and every other warning still fails the build.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

DIRTY_WARNING = "A 'dirty' build is being performed"


class _DropDirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_WARNING)


def main(argv: list[str]) -> int:
    # Material prints a banner about MkDocs 2 on every build; it is not a build problem.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort
    from mkdocs.structure.files import File

    config_file, site_dir, listing, index, count = argv
    docs = [doc for doc in Path(listing).read_text("utf-8").splitlines() if doc]
    listed = set(docs)
    mine = set(docs[int(index) :: int(count)])
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s - %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("mkdocs.commands.build").addFilter(_DropDirtyWarning())
    config = load_config(config_file, strict=True, site_dir=site_dir)
    newer = File.is_modified

    def is_modified(self: File) -> bool:
        if self.is_documentation_page():
            return self.src_uri in mine
        return index == "0" and (self.src_uri in listed or newer(self))

    File.is_modified = is_modified  # type: ignore[method-assign]
    if index != "0":
        mkdocs_build._build_theme_template = lambda *args, **kwargs: None
    config.plugins.on_startup(command="build", dirty=True)
    try:
        mkdocs_build.build(config, dirty=True)
    except Abort as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        config.plugins.on_shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
