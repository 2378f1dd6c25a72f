"""Readers, one per input format, chosen by file extension (Pelican's reader registry) and
by what the file holds; the page in a web archive goes to them as a file's bytes do."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from html import unescape  # bound by name: the package's own html module takes the name "html"
from pathlib import Path
from typing import Protocol

import frontmatter

from generator.errors import InputError, first_readable
from generator.model import RawDoc
from generator.read import webarchive
from generator.read.decode import MIXED, cut_padding, decode
from generator.read.html import read_html
from generator.read.markdown import read_markdown
from generator.read.mhtml import read_mhtml
from generator.read.mojibake import repair


class Reader(Protocol):
    def __call__(self, text: str, source: str, sha256: str) -> RawDoc: ...


# Text exported from a feed or a CMS carries HTML character references ("&quot;",
# "&#39;", "&middot;"): they stand for their characters. Only complete references
# (with the ";"): unescape alone also reads "&not" in "Terms&notice".
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _read_text(text: str, source: str, sha256: str) -> RawDoc:
    text = _CHARACTER_REFERENCE.sub(lambda m: unescape(m.group()), text)
    return RawDoc(source=source, fmt="text", text=text, sha256=sha256)


READERS: dict[str, Reader] = {
    ".txt": _read_text,
    ".text": _read_text,
    ".html": read_html,
    ".htm": read_html,
    ".mhtml": read_mhtml,
    ".mht": read_mhtml,
    ".md": read_markdown,
    ".markdown": read_markdown,
}
# A web page's HTML, however it is named: its doctype or <html> first (after comments).
_PAGE_SOURCE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_MARKUP = re.compile(r"<[A-Za-z!/]")  # a tag, a doctype or a comment: none in text
PAGE_SUFFIXES = (".html", ".htm", ".mhtml", ".mht")
# Every file read as an article: a web archive holds a document for one of READERS.
INPUT_SUFFIXES = frozenset({*READERS, webarchive.SUFFIX})

SIDECAR_SUFFIX = ".meta.yml"


def sidecar_of(path: str) -> str:
    """The sidecar's path (or name) for an input's: 기사.txt -> 기사.meta.yml. Text, not a Path:
    a run makes one for each of 10,000 inputs, and Path.with_name took 0.05 s of it."""
    return os.path.splitext(path)[0] + SIDECAR_SUFFIX


def is_input(path: Path) -> bool:
    return path.suffix.lower() in INPUT_SUFFIXES and not path.name.startswith(".")


def is_page_assets(folder: Path) -> bool:
    """'기사_files/' beside '기사.html': the scripts, styles, images and ad frames a browser
    saves with a complete page. Its .html files are not articles."""
    if not folder.name.endswith("_files"):
        return False
    stem = folder.name[: -len("_files")]
    return any((folder.parent / (stem + suffix)).is_file() for suffix in PAGE_SUFFIXES)


def files_under(
    folder: str, parts: tuple[str, ...], assets: tuple[str, ...] | None = None
) -> Iterator[tuple[tuple[str, ...], str, tuple[str, ...] | None]]:
    """Every file under `folder` that is not hidden, nor in a hidden folder: its path's parts
    below `folder` (after `parts`), its path, and the parts of the saved page's asset folder
    it is in, if any. A link is not followed into a folder, and a dangling one is kept, so that
    reading it reports the problem. os.scandir, not Path.rglob: at 10,000 inputs, rglob
    and a Path's tests for each file took 0.25-0.35 s of every run."""
    try:
        with os.scandir(folder) as found:
            entries = list(found)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        here = (*parts, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from files_under(entry.path, here, here if is_page_assets(Path(entry.path)) else assets)
        elif entry.is_symlink() or entry.is_file():
            yield here, entry.path, assets


def read_document(path: Path, source: str, max_bytes: int) -> RawDoc:
    """Read one input file. Never writes; raises InputError for an unusable file."""
    return parse_bytes(load_bytes(path, max_bytes), path, source)


def load_bytes(path: Path, max_bytes: int) -> bytes:
    if path.suffix.lower() not in INPUT_SUFFIXES:
        raise InputError("unsupported", f"unsupported file type '{path.suffix}'")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                "too-large",
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one article",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError("unreadable", f"cannot read the file: {exc.strerror or exc}") from exc
    return data


def parse_bytes(data: bytes, path: Path, source: str) -> RawDoc:
    if not data.strip():
        raise InputError("empty", "file is empty")
    sha256 = hashlib.sha256(data).hexdigest()  # of the file as it is, whatever it holds
    suffix = path.suffix.lower()
    if suffix != webarchive.SUFFIX:
        return _parse(data, suffix, source, sha256)
    archive = webarchive.unwrap(data)
    raw = first_readable(lambda document: _parse(document.data, document.suffix, source, sha256), [archive.page, *archive.frames])
    return raw.saved_from(archive.page.url)


def _parse(data: bytes, suffix: str, source: str, sha256: str) -> RawDoc:
    """The document in `data`, read by the reader for `suffix` or, where it holds something
    else than that name says, by the one for what it holds."""
    readable, padding = cut_padding(data)
    text, encoding = decode(readable)
    text, repaired = repair(text)
    if encoding == MIXED:
        repaired = "its lines are in two encodings, UTF-8 and CP949, and each was read in its own"
    if padding:
        cut = f"the file ends in {padding:,} NUL bytes (a save cut short, or padding), and the text before them was read"
        repaired = f"{repaired}; {cut}" if repaired else cut
    # What the file holds, where its name says otherwise.
    reader, read_as = READERS[suffix], None
    if reader is _read_text and _PAGE_SOURCE.match(text):
        # A page's HTML under a text file's name: a download tool's, or "view source" saved.
        reader, read_as = read_html, ("page-source", "the file holds a web page's HTML, not text; read as a saved page")
    elif reader is read_html and not _MARKUP.search(text):
        # Text under a page's name: renamed, or saved so by a tool.
        reader, read_as = _read_text, ("plain-text", "the file holds plain text, not a web page; read as text")
    elif reader is read_markdown and frontmatter.detect_format(text, frontmatter.handlers) is None:
        # A copy saved by a notes app: an editor's own note has front matter.
        reader, read_as = _read_text, (
            "plain-text", "a Markdown file without front matter: read as a copied article, not as an editor's note"
        )
    raw = reader(text, source, sha256)
    return replace(raw, repaired=repaired, read_as=read_as) if repaired or read_as else raw
