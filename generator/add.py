"""`briefing add`: new inputs into seeds/ under safe names, then a generate.

Planning is pure; `copy_in` is the only code that writes into seeds/, and it
only ever creates new files (an existing name gets a -2, -3 … suffix).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.read import INPUT_SUFFIXES, SIDECAR_SUFFIX, files_under, is_input, sidecar_of
from generator.slug import short_hash, slugify


@dataclass
class Incoming:
    path: Path
    target: Path | None = None
    problem: str | None = None
    # The path as given names nothing that could be added (a typo, a glob that matched
    # nothing, a .pdf): the command's arguments are wrong, not an input, so the exit code says so.
    bad_argument: bool = False


def collect(paths: list[Path]) -> list[Incoming]:
    """Files named on the command line, and the article files inside named folders."""
    found: list[Incoming] = []
    for path in paths:
        if path.is_dir():
            # What generate would read in seeds/: not hidden files, nor what is in hidden
            # folders (.git/, a Mac's ._ copies), nor the files a browser saved with a page.
            inside = sorted(files_under(str(path), ()), key=lambda entry: entry[0])
            found.extend(Incoming(Path(full)) for _, full, assets in inside if assets is None and is_input(Path(full)))
        elif not path.exists():
            found.append(Incoming(path, problem="no such file or folder", bad_argument=True))
        elif path.suffix.lower() not in INPUT_SUFFIXES or path.name.endswith(SIDECAR_SUFFIX):
            found.append(Incoming(path, problem=f"not an article file ({', '.join(sorted(INPUT_SUFFIXES))})", bad_argument=True))
        else:
            found.append(Incoming(path))
    return found


def safe_name(path: Path, taken: set[str]) -> str:
    """A name for seeds/ that is new, readable and safe in a URL: the slug of the
    original stem, its extension lower-cased, and -2, -3 … if the name is taken."""
    stem = slugify(path.stem) or f"article-{short_hash(path.name)}"
    suffix = path.suffix.lower()
    name, n = f"{stem}{suffix}", 1
    while name in taken or sidecar_of(name) in taken:
        n += 1
        name = f"{stem}-{n}{suffix}"
    taken.add(name)
    return name


def copy_in(item: Incoming, seeds: Path, date: str | None, outlet: str | None) -> None:
    """Copy the input byte for byte; write the sidecar when the user supplied values."""
    assert item.target is not None and not item.target.exists()
    with item.path.open("rb") as source, item.target.open("xb") as target:  # "x": never overwrite
        shutil.copyfileobj(source, target)
    fields = {k: v for k, v in (("date", date), ("outlet", outlet)) if v}
    if fields:
        sidecar = Path(sidecar_of(str(item.target)))
        with sidecar.open("x", encoding="utf-8") as handle:
            yaml.safe_dump(fields, handle, allow_unicode=True, sort_keys=True)
