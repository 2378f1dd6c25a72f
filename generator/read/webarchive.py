"""A page saved by Safari (File › Save As, "Web Archive", its default: .webarchive): a
property list holding the page as the browser loaded it (its bytes, their type and
encoding, its address), the frames it showed, each an archive of its own, and its images.

Only the documents are taken; their bytes are read as any input's are (read.parse_bytes).
"""

from __future__ import annotations

import plistlib
from dataclasses import dataclass
from typing import Any

from generator.errors import InputError

SUFFIX = ".webarchive"
# The readers the documents in an archive go to, by their type.
READ_AS = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt"}


@dataclass(frozen=True)
class Document:
    data: bytes
    suffix: str  # the reader's (READ_AS)
    url: str | None


@dataclass(frozen=True)
class Archive:
    page: Document
    frames: list[Document]  # in the order the page holds them, frames within frames after theirs


def unwrap(data: bytes) -> Archive:
    """The page and the frames a web archive's bytes hold; InputError when it holds no page."""
    try:
        archive = plistlib.loads(data)
    except Exception as exc:  # plistlib raises whatever its parsers meet (ValueError, KeyError, OverflowError, ...)
        raise InputError("unreadable", f"not a web archive that can be read ({type(exc).__name__}); save the page again") from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict):
        raise InputError("no-text", "no page inside the web archive (.webarchive)")
    page = _document(main)
    if page is None:
        kind = main.get("WebResourceMIMEType")
        raise InputError("no-text", f"the web archive holds {kind if isinstance(kind, str) else 'no document'}, not a page")
    return Archive(page, _frames(archive))


def _document(resource: dict[str, Any]) -> Document | None:
    data, kind, url = resource.get("WebResourceData"), resource.get("WebResourceMIMEType"), resource.get("WebResourceURL")
    if not isinstance(data, bytes) or not isinstance(kind, str) or kind.lower() not in READ_AS:
        return None
    return Document(data, READ_AS[kind.lower()], (url.strip() or None) if isinstance(url, str) else None)


def _frames(archive: dict[str, Any]) -> list[Document]:
    out = []
    frames = archive.get("WebSubframeArchives")
    for frame in frames if isinstance(frames, list) else []:
        if not isinstance(frame, dict):
            continue
        main = frame.get("WebMainResource")
        document = _document(main) if isinstance(main, dict) else None
        if document is not None:
            out.append(document)
        out.extend(_frames(frame))
    return out
