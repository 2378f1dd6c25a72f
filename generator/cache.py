"""What runs keep in build/ for the next one: per-article results (build/cache/),
so a run after adding one article redoes only that article's reading, cleaning
and enrichment, and small JSON memos (pages, story decisions).

An article's key covers its input's bytes, its sidecar's bytes, its path and
slug, and the generator's own code; the registry entries it read are checked
beside the key (pipeline.py, enrich/relevance.py). Anything unreadable is
treated as a miss.

So that a run need not read and hash every unchanged input to find its key,
the cache also keeps the key each input had with a stamp of the input and its
sidecar (build/cache/stamps.json), as git's index does: a file whose size,
inode, modification time and change time are all as recorded is taken as
unchanged. The change time cannot be set back by hand or by a copying tool, as
the modification time can. A file changed less than RACY_NS before its stamp
was taken is not stamped (git's "racy" rule): file times have a coarse grain,
and a second write of the same size in the same tick would leave no trace.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from pathlib import Path
from typing import Any

import orjson

import generator

_CODE = Path(generator.__file__).parent


def files_digest(folder: Path, pattern: str = "*", start: str = "") -> str:
    """A digest of every file under `folder` matching `pattern`, names included."""
    digest = hashlib.sha256(start.encode())
    for path in sorted(p for p in folder.rglob(pattern) if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def code_fingerprint() -> str:
    """The generator's version and source: any change to the code invalidates the cache."""
    return files_digest(_CODE, "*.py", generator.__version__)


def _write_atomically(path: Path, data: bytes) -> None:
    """A reader (or a run killed half-way) sees the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def load_memo(path: Path) -> dict[str, Any]:
    """A JSON mapping kept between runs; a missing or damaged one is an empty one."""
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_memo(path: Path, data: dict[str, Any]) -> None:
    _write_atomically(path, orjson.dumps(data, option=orjson.OPT_SORT_KEYS))


RACY_NS = 2_000_000_000  # as coarse as the coarsest file time grain (FAT writes times in 2 s steps)


def file_stamp(path: Path | str) -> list[int] | None:
    """What changes whenever a file's bytes change; None for a missing file. The one
    test of "unchanged since recorded" for inputs, pages in content/ (page_memo.py)
    and the site build's record (site.py)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return [stat.st_size, stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns]


def _racy(stamp: list[Any]) -> bool:
    now = time.time_ns()
    return any(part is not None and now - max(part[2], part[3]) < RACY_NS for part in stamp[1:])


STAMPS = "stamps.json"


class ArticleCache:
    def __init__(self, folder: Path, salt: str, readonly: bool = False, loaded: dict[str, Any] | None = None) -> None:
        self.folder = folder
        self._root = os.fspath(folder)
        self.salt = salt
        self.readonly = readonly  # `generate --check` and `check` write nothing
        # Entries this process has read already, by key (a key names one content): `briefing add`
        # reads the corpus, then generates; loading 10,000 articles again, with the first copy
        # still held, took a third of an add (21.5 s against 13-14 s without it).
        self.loaded: dict[str, Any] = {} if loaded is None else loaded
        # Whether put() keeps what it writes in `loaded`. A pool worker's copy does not: it would
        # hold every article it makes until the pool ends, for nothing (the run gets them from
        # the pool), and its collector walked them again and again (0.4 s a worker at 10,000).
        self.hold = True
        recorded = load_memo(folder / STAMPS)
        # Keys hold the salt, so stamps from another version of the code name no entry here.
        self._stamps: dict[str, Any] = recorded.get("inputs", {}) if recorded.get("salt") == salt else {}
        self._seen: dict[str, Any] = {}

    def known_key(self, source: str, stamp: list[Any]) -> str | None:
        """The key of an input whose stamp (its slug, and file_stamp of it and its sidecar) is as last recorded."""
        entry = self._stamps.get(source)
        return entry[1] if isinstance(entry, list) and len(entry) == 2 and entry[0] == stamp else None

    def note_key(self, source: str, stamp: list[Any], key: str) -> None:
        if not _racy(stamp):  # otherwise the next run reads the input again
            self._seen[source] = [stamp, key]

    def key(self, *parts: bytes | str) -> str:
        digest = hashlib.sha256(self.salt.encode())
        for part in parts:
            data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)
        return digest.hexdigest()

    def _file(self, key: str) -> str:
        # A string, not a Path: building 10,000 Path objects cost a tenth of a second a run.
        return f"{self._root}/{key[:2]}/{key}.pickle"

    def get(self, key: str) -> Any | None:
        if key not in self.loaded:
            value = self._read(key)
            if value is None:
                return None
            self.loaded[key] = value
        return self.loaded[key]

    def _read(self, key: str) -> Any | None:
        # One read, then loads: pickle.load on the file object reads in many small pieces
        # (1.4 s against 1.1 s for 10,000 entries, with the Path built per entry).
        try:
            with open(self._file(key), "rb") as handle:
                return pickle.loads(handle.read())
        except Exception:  # missing, truncated by a crash, or from another Python: recompute
            return None

    def put(self, key: str, value: Any) -> None:
        # A result made again under a key already read (its registry entries changed) replaces
        # the copy in memory too, or a later read in this process would find the old one.
        if self.hold:
            self.loaded[key] = value
        if not self.readonly:
            _write_atomically(Path(self._file(key)), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self, keep: set[str]) -> int:
        """Remove every entry but `keep` (this run's): each new version of the code or
        of an input leaves its old entries behind, and nothing would ever read them.
        The stamps noted in this run replace those recorded. Entries held in memory
        follow (a preview keeps them from one run to the next)."""
        for key in [key for key in self.loaded if key not in keep]:
            del self.loaded[key]
        if self.readonly or not self.folder.is_dir():
            return 0
        save_memo(self.folder / STAMPS, {"inputs": self._seen, "salt": self.salt})
        removed = 0
        for shard in os.scandir(self.folder):
            if not shard.is_dir():
                continue
            for entry in os.scandir(shard.path):
                if entry.name.removesuffix(".pickle") not in keep:
                    Path(entry.path).unlink(missing_ok=True)
                    removed += 1
        return removed
