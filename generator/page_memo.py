"""Rendered pages reused between runs, so a run after a small change renders
only the pages whose inputs changed.

Each page gets a key: a digest of its template set, the generator's code and
everything in its context. An article in a context counts by its fingerprint
(its cache key, which covers its input, sidecar and the code, and the registry
entries it read) plus the fields set after the cache (its story), so a corpus
page listing 10,000 articles is keyed without walking their text; a registry
entry counts by its whole definition. The memo (build/pages.json)
maps each page path to the key it was last rendered from, the digest of the
bytes that came out, and the stamp of the file in content/ that holds them
(cache.file_stamp: size, inode, modification and change time). A page whose
key is unchanged is not rendered: when the file's stamp is as recorded it is
not even read; otherwise it is read and kept only if it still has exactly
those bytes. Anything else (edited, deleted, a memo from another version) is
rendered again.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.cache import file_stamp, load_memo, save_memo
from generator.model import Article, Page
from generator.registry import Entity

MEMO = "pages.json"


class PageKeys:
    """Page -> key. Articles are represented by their cache keys; objects met
    many times in one run (the registry, shared lists) are digested once."""

    def __init__(self, salt: str, article_keys: dict[str, str]) -> None:
        self.salt = salt
        self.article_keys = article_keys
        self._seen: dict[int, bytes] = {}
        # What _seen knows by id, held so that no id is reused for another value while
        # this object lives: a run makes its pages in groups, and a group's pages may go
        # before the next group's are keyed.
        self._held: list[Any] = []

    def __call__(self, page: Page) -> str | None:
        if page.template == "json" and not callable(page.context.get("data")):
            # A data file whose context is the whole of what it holds: walking it for a key
            # takes about as long as writing it out. So it is always rendered. Data made
            # from the context when rendered (a function under "data") is keyed as usual.
            return None
        digest = hashlib.sha256(self.salt.encode())
        try:
            for part in (page.path, page.template, page.context, page.front_matter):
                digest.update(self._digest(part))
        except _Unkeyed:
            return None
        return digest.hexdigest()

    def _digest(self, value: Any) -> bytes:
        """A plain value (a str subclass such as Raw too: its type is named), or a container
        of plain values only, stands for itself (its type and repr, length-prefixed, so that
        no two sequences of them run together alike); anything else for a digest of its
        parts, worked out once per object."""
        kind = type(value)
        if kind in _PLAIN or (kind in _CONTAINERS and _plain(value)) or isinstance(value, (str, int, float)):
            data = f"{kind.__name__}:{value!r}".encode("utf-8", "surrogatepass")
            return len(data).to_bytes(8, "big") + data
        memo = self._seen.get(id(value))
        if memo is not None:
            return memo
        digest = hashlib.sha256(kind.__name__.encode())
        seen = self._seen
        if isinstance(value, Article):
            key = self.article_keys.get(value.id)
            if key is None:
                raise _Unkeyed
            digest.update(f"{key}:{value.story}".encode())
        elif isinstance(value, Entity):
            digest.update(repr(value).encode())  # its whole definition: an edit re-renders the pages that show it
        elif isinstance(value, dict):
            if all(type(k) is str for k in value):
                # The keys in one repr, then the values in their order: an article page's
                # entity records ({id: Entity}) took two calls an entry, a sixth of its keying.
                digest.update(repr(list(value)).encode("utf-8", "surrogatepass"))
                for v in value.values():
                    known = seen.get(id(v))  # inline: lists of thousands of articles are common
                    digest.update(known if known is not None else self._digest(v))
            else:
                for k, v in value.items():
                    digest.update(self._digest(k) + self._digest(v))
        elif isinstance(value, (list, tuple)):
            for item in value:
                known = seen.get(id(item))
                digest.update(known if known is not None else self._digest(item))
        elif isinstance(value, (set, frozenset)):
            for item in sorted(self._digest(item) for item in value):
                digest.update(item)
        elif isinstance(value, types.FunctionType):
            # Code is in the salt, so a function stands for itself by its name, if the name
            # finds it: a lambda or a nested function could close over anything.
            name = f"{value.__module__}.{value.__qualname__}"
            if "<" in value.__qualname__ or getattr(sys.modules.get(value.__module__), value.__qualname__, None) is not value:
                raise _Unkeyed
            digest.update(name.encode())
        elif dataclasses.is_dataclass(value):
            fields = [getattr(value, name) for name in _field_names(kind)]
            if _plain(fields):
                digest.update(repr(fields).encode("utf-8", "surrogatepass"))  # small records such as Ref
            else:
                for field_value in fields:
                    digest.update(self._digest(field_value))
        else:
            raise _Unkeyed  # something this walker cannot vouch for: always render
        out = digest.digest()
        seen[id(value)] = out
        self._held.append(value)
        return out


# Exact types: a str subclass such as Raw reprs like a str but renders differently.
_PLAIN = frozenset({str, int, float, bool, type(None)})
_CONTAINERS = frozenset({list, tuple, dict})


def _plain(value: list[Any] | tuple[Any, ...] | dict[str, Any]) -> bool:
    """Whether repr tells apart all values like this one: a list or tuple of plain values
    or of lists of them (front matter's lists), or a mapping of text to such values."""
    if type(value) is dict:
        if not all(type(k) is str for k in value):
            return False
        value = value.values()  # type: ignore[assignment]
    for item in value:
        kind = type(item)
        if kind not in _PLAIN and not ((kind is list or kind is tuple) and all(type(i) in _PLAIN for i in item)):
            return False
    return True


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


class _Unkeyed(Exception):
    pass


@dataclass(frozen=True)
class Unchanged:
    """A page whose file in content/ already holds what it would render to."""

    sha256: str


@dataclass(frozen=True)
class Entry:
    key: str
    sha256: str
    stamp: list[int] | None = None  # cache.file_stamp of the file in content/; None until it is written


def load(work: Path) -> dict[str, Entry]:
    try:
        return {str(k): Entry(str(v[0]), str(v[1]), [int(x) for x in v[2:]] or None) for k, v in load_memo(work / MEMO).items()}
    except (ValueError, TypeError, IndexError):
        return {}


def reuse(content: Path, memo: dict[str, Entry], path: str, key: str | None) -> tuple[bytes | Unchanged, Entry] | None:
    """What content/ already holds for the page, if it is what `key` rendered last
    time, with the memo entry to keep; None when the page must be rendered."""
    entry = memo.get(path)
    if key is None or entry is None or entry.key != key:
        return None
    target = content / path
    stamp = file_stamp(target)  # before reading: a file changed meanwhile gets a new stamp next time
    if stamp is None:
        return None
    if stamp == entry.stamp:
        return Unchanged(entry.sha256), entry
    try:
        data = target.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        return None
    return data, Entry(key, entry.sha256, stamp)


def save(work: Path, content: Path, entries: dict[str, Entry], skipped: list[str]) -> None:
    """Keep the memo of a run whose files are now in content/ (all but `skipped`),
    with each file's stamp, so that the next run need not read it."""
    settled = {}
    for path, entry in entries.items():
        if path in skipped:
            continue
        if entry.stamp is None:
            stamp = file_stamp(content / path)
            if stamp is None:
                continue
            entry = Entry(entry.key, entry.sha256, stamp)
        settled[path] = entry
    save_memo(work / MEMO, {path: [e.key, e.sha256, *(e.stamp or [])] for path, e in settled.items()})
