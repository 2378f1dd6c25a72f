"""YAML that people write by hand: sidecars, Markdown front matter, the entity registry.

Dates stay text. PyYAML makes an unquoted 2024-02-30 a date, fails to, and raises an
error that is no YAMLError: one mistyped day in a sidecar stopped the whole run with a
traceback. Read as text, it is one field's problem (fields.coerce says which), and the
values that do parse as dates are the same as PyYAML's (pubdate.parse_date_value reads
both, with the same zones).
"""

from __future__ import annotations

from typing import Any

import frontmatter
import yaml

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _Loader(yaml.SafeLoader):
    pass


_Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str) -> Any:
    """Raises yaml.YAMLError for text that is not YAML, and ValueError for a value PyYAML
    cannot make (an explicit `!!timestamp` of no such day)."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader


class _FrontMatter(frontmatter.YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        return load(fm)


def front_matter(text: str) -> frontmatter.Post:
    """A Markdown note's front matter (YAML as above, or JSON) and text."""
    handler = frontmatter.detect_format(text, frontmatter.handlers)
    return frontmatter.loads(text, handler=_FrontMatter() if isinstance(handler, frontmatter.YAMLHandler) else handler)
