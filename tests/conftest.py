from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.extract import extract
from generator.model import Extracted

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8")


@pytest.fixture(scope="session")
def seeds() -> dict[str, Extracted]:
    return {p.name[:3]: extract(p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))}


def copy_project(target: Path, seeds: bool = True, registry: bool = True) -> Path:
    """A briefing project in `target` made of this repository's templates, config, seeds and registry."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "site_templates", target / "site_templates")
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    if registry:
        shutil.copy(ROOT / "entities.yml", target / "entities.yml")
    if seeds:
        shutil.copytree(SEEDS, target / "seeds")
    else:
        (target / "seeds").mkdir()
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throwaway briefing project: the real templates and mkdocs.yml, an empty seeds/."""
    return copy_project(tmp_path, seeds=False, registry=False)


@pytest.fixture(autouse=True)
def _collector_after_each_test() -> Iterator[None]:
    """A run freezes what it made (pipeline.collector_paused), which suits a command
    that ends soon after; many runs in one test process are handed back as in
    `briefing serve`, so their garbage is collected."""
    yield
    gc.unfreeze()
