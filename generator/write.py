"""The only code that writes under content/.

A run gathers every page in memory first. Writing then goes through a journal:
changed files are staged under build/, the journal lists them, and only then
are they moved into content/ one rename at a time. A run stopped before the
journal exists leaves content/ as it was; one stopped while moving files is
finished by the next run before it does anything else. The manifest records
which files the generator made, so a hand-written page in content/ is never
overwritten or removed.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator import jsontext
from generator.errors import GeneratorError
from generator.page_memo import Unchanged

MANIFEST = ".briefing-manifest.json"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Plan:
    """What a run would change in content/."""

    writes: dict[str, bytes] = field(default_factory=dict)
    deletes: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # hand-written files in the way
    unchanged: int = 0

    @property
    def changed(self) -> list[str]:
        return sorted([*self.writes, *self.deletes])


def read_manifest(content: Path) -> dict[str, str]:
    path = content / MANIFEST
    if not path.exists():
        return {}
    try:
        return dict(json.loads(path.read_text("utf-8"))["files"])
    except (ValueError, KeyError, TypeError) as exc:
        raise GeneratorError(f"{path} is damaged ({exc}); delete it and the generated folders, then regenerate") from exc


def plan(content: Path, files: dict[str, bytes | Unchanged]) -> Plan:
    manifest = read_manifest(content)
    result = Plan()
    for rel, data in sorted(files.items()):
        # The manifest first: a page it lists needs no look at the disk here (10,000 a run).
        if rel not in manifest and (content / rel).exists():
            result.conflicts.append(rel)
        elif isinstance(data, Unchanged) or _holds(content / rel, data):
            result.unchanged += 1
        else:
            result.writes[rel] = data
    result.deletes = sorted(rel for rel in manifest if rel not in files and (content / rel).exists())
    return result


def _holds(target: Path, data: bytes) -> bool:
    return target.exists() and target.read_bytes() == data


def _manifest_bytes(files: dict[str, bytes | Unchanged]) -> bytes:
    entries = {rel: data.sha256 if isinstance(data, Unchanged) else _sha(data) for rel, data in sorted(files.items())}
    return jsontext.dumps({"files": entries})


def apply(content: Path, work: Path, files: dict[str, bytes | Unchanged], change: Plan) -> None:
    """Make content/ hold `files` (minus conflicts), through the journal."""
    staging = work / "staging"
    journal = work / "journal.json"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    kept = {rel: data for rel, data in files.items() if rel not in change.conflicts}
    for index, (rel, data) in enumerate(sorted(change.writes.items())):
        (staging / str(index)).write_bytes(data)
    (staging / "manifest").write_bytes(_manifest_bytes(kept))
    moves = [[str(i), rel] for i, rel in enumerate(sorted(change.writes))] + [["manifest", MANIFEST]]
    tmp = journal.with_suffix(".tmp")
    tmp.write_text(json.dumps({"moves": moves, "deletes": change.deletes}), "utf-8")
    os.replace(tmp, journal)  # from here on, the change is committed
    finish(content, work)


def finish(content: Path, work: Path) -> bool:
    """Carry out a committed journal, if one is left. Safe to repeat."""
    journal = work / "journal.json"
    if not journal.exists():
        return False
    plan_ = json.loads(journal.read_text("utf-8"))
    staging = work / "staging"
    for name, rel in plan_["moves"]:
        source = staging / name
        if source.exists():
            target = content / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
    for rel in plan_["deletes"]:
        target = content / rel
        target.unlink(missing_ok=True)
        _prune_empty(target.parent, content)
    journal.unlink()
    shutil.rmtree(staging, ignore_errors=True)
    return True


def _prune_empty(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


@contextlib.contextmanager
def locked(work: Path) -> Iterator[None]:
    """One run at a time per project: a second run stops with a clear message."""
    work.mkdir(parents=True, exist_ok=True)
    handle = open(work / "lock", "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise GeneratorError(
                f"another briefing run is working on this project ({work / 'lock'} is held); "
                "wait for it to finish and run again"
            ) from None
        yield
    finally:
        handle.close()
