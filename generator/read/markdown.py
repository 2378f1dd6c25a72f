"""An editor's own note: Markdown with YAML front matter (title, date, outlet, ...)."""

from __future__ import annotations

import yaml

from generator import yamltext
from generator.errors import InputError
from generator.model import RawDoc


def read_markdown(text: str, source: str, sha256: str) -> RawDoc:
    try:
        post = yamltext.front_matter(text)
    except (yaml.YAMLError, ValueError) as exc:
        raise InputError("bad-front-matter", f"front matter is not valid YAML: {exc}") from exc
    meta = {k: v for k, v in post.metadata.items() if v not in (None, "", [])}
    return RawDoc(source=source, fmt="markdown", text=post.content, sha256=sha256, meta=meta)
