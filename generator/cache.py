"""What runs keep in build/ for the next one: per-article results (build/cache/),
so a run after adding one article redoes only that article's reading, cleaning
and enrichment, and small JSON memos (pages, story decisions).

An article's key covers its input's bytes, its sidecar's bytes, its path and
slug, and the generator's own code; the registry entries it read are checked
beside the key (pipeline.py, enrich/relevance.py). Anything unreadable is
treated as a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path
from typing import Any

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
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_memo(path: Path, data: dict[str, Any]) -> None:
    _write_atomically(path, json.dumps(dict(sorted(data.items())), separators=(",", ":")).encode("utf-8"))


class ArticleCache:
    def __init__(self, folder: Path, salt: str, readonly: bool = False) -> None:
        self.folder = folder
        self.salt = salt
        self.readonly = readonly  # `generate --check` and `check` write nothing

    def key(self, *parts: bytes | str) -> str:
        digest = hashlib.sha256(self.salt.encode())
        for part in parts:
            data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        try:
            with self._path(key).open("rb") as handle:
                return pickle.load(handle)
        except Exception:  # missing, truncated by a crash, or from another Python: recompute
            return None

    def put(self, key: str, value: Any) -> None:
        if not self.readonly:
            _write_atomically(self._path(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self, keep: set[str]) -> int:
        """Remove every entry but `keep` (this run's): each new version of the code or
        of an input leaves its old entries behind, and nothing would ever read them."""
        if self.readonly or not self.folder.is_dir():
            return 0
        removed = 0
        for shard in os.scandir(self.folder):
            if not shard.is_dir():
                continue
            for entry in os.scandir(shard.path):
                if entry.name.removesuffix(".pickle") not in keep:
                    Path(entry.path).unlink(missing_ok=True)
                    removed += 1
        return removed
