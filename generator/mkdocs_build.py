"""`mkdocs build --strict`, run as `python -m generator.mkdocs_build CONFIG SITE [CHANGED]`.

With CHANGED (a file listing docs paths, one per line) the build is dirty:
the outputs of those pages are removed first, and MkDocs rebuilds a page when
its output is missing or older than its source, so those are rebuilt whatever
their modification times say, and unchanged pages are left as they are.

MkDocs' own command refuses a strict dirty build: the dirty build logs a
warning about itself, and strict mode fails on any warning. site.py makes the
dirty build safe (it rebuilds from scratch whenever a page was removed or the
theme changed, and removes the output of every page whose source changed), so
that one warning is dropped here and every other warning still fails the build.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

DIRTY_WARNING = "A 'dirty' build is being performed"


class _DropDirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_WARNING)


def _remove_outputs(config: MkDocsConfig, docs: list[str]) -> None:
    from mkdocs.structure.files import File

    for doc in docs:
        Path(File(doc, config.docs_dir, config.site_dir, config.use_directory_urls).abs_dest_path).unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    # Material prints a banner about MkDocs 2 on every build; it is not a build problem.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    config_file, site_dir, *changed = argv
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s - %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("mkdocs.commands.build").addFilter(_DropDirtyWarning())
    dirty = bool(changed)
    config = load_config(config_file, strict=True, site_dir=site_dir)
    if dirty:
        _remove_outputs(config, [doc for doc in Path(changed[0]).read_text("utf-8").splitlines() if doc])
    config.plugins.on_startup(command="build", dirty=dirty)
    try:
        build(config, dirty=dirty)
    except Abort as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        config.plugins.on_shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
