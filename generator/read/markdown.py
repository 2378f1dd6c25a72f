"""An editor's own note: Markdown with YAML front matter (title, date, outlet, ...)."""

from __future__ import annotations

import re

import yaml

from generator import yamltext
from generator.errors import InputError
from generator.model import RawDoc
from generator.read.html import reporters_from_author


# A web clipper's names for what the page stated (Obsidian's: its address and publication
# field; `created` is when it was clipped, never the date). A note's own keys come first.
CLIPPER_KEYS = {"source": "source_url", "published": "date"}
_WIKILINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")  # [[page]] or [[page|shown]]: the shown text


def read_markdown(text: str, source: str, sha256: str) -> RawDoc:
    try:
        post = yamltext.front_matter(text)
    except (yaml.YAMLError, ValueError) as exc:
        raise InputError("bad-front-matter", f"front matter is not valid YAML: {exc}") from exc
    meta = {k: v for k, v in post.metadata.items() if v not in (None, "", [])}
    for theirs, ours in CLIPPER_KEYS.items():
        if theirs in meta and ours not in meta:
            meta[ours] = meta.pop(theirs)
    # The page's author field, as a clipper copies it: weaker than a byline in the text, as for saved pages.
    authors = meta.pop("author", None)
    authors = [authors] if isinstance(authors, str) else authors if isinstance(authors, list) else []
    names = [n for a in authors if isinstance(a, str) for n in reporters_from_author(_WIKILINK.sub(r"\1", a))]
    fallback = {"reporters": names} if names else {}
    return RawDoc(source=source, fmt="markdown", text=post.content, sha256=sha256, meta=meta, fallback=fallback)
