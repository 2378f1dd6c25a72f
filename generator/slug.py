"""The one slug rule. A slug depends only on the input's own file name, so it
never changes when other articles are added or the folder is listed in another
order; it is lower-case ASCII letters, digits, Hangul syllables and hyphens,
so it can hold no path separator, no dot-dot and nothing a URL must escape
except Hangul (which browsers show as written)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

MAX_LEN = 80
_UNSAFE = re.compile(r"[^a-z0-9가-힣]+")


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    slug = _UNSAFE.sub("-", text).strip("-")
    return slug[:MAX_LEN].rstrip("-")


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def article_slugs(sources: Iterable[str]) -> dict[str, str]:
    """Map each input path to its slug.

    The slug is the file name without extension, slugified. Names that slugify
    to the same text ("a b.txt" and "a-b.txt", "x.txt" and "x.html"), or to
    nothing, all get a hash of their full path appended, so none of them
    depends on which of the others exist.
    """
    by_slug: dict[str, list[str]] = {}
    for source in sorted(sources):
        stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        by_slug.setdefault(slugify(stem), []).append(source)
    result = {}
    for slug, group in by_slug.items():
        for source in group:
            if slug and len(group) == 1:
                result[source] = slug
            else:
                result[source] = f"{slug or 'article'}-{short_hash(source)}"
    return result
