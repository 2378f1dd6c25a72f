from __future__ import annotations

import shutil
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


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throwaway briefing project: the real templates and mkdocs.yml, an empty seeds/."""
    shutil.copytree(ROOT / "site_templates", tmp_path / "site_templates")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "seeds").mkdir()
    return tmp_path
