"""Per-article results kept between runs (build/cache/), so a run after adding
one article redoes only that article's reading, cleaning and enrichment.

The key covers everything the result depends on: the input's bytes, its
sidecar's bytes, its path and slug, the entity registry, and the generator's
own code. Anything unreadable in the cache is treated as a miss.
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


def code_fingerprint() -> str:
    """The generator's version and source: any change to the code invalidates the cache."""
    digest = hashlib.sha256(generator.__version__.encode())
    for path in sorted(_CODE.rglob("*.py")):
        digest.update(path.relative_to(_CODE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_memo(path: Path) -> dict[str, Any]:
    """A JSON mapping kept between runs; a missing or damaged one is an empty one."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_memo(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(dict(sorted(data.items())), separators=(",", ":")), "utf-8")
    os.replace(tmp, path)


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
        if self.readonly:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
