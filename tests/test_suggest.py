"""`briefing entities suggest`: unknown names found by acronym, title, stock code and the analyser."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.__main__ import main
from tests.conftest import FIXTURES, ROOT


@pytest.fixture
def with_unknowns(project: Path) -> Path:
    shutil.copy(FIXTURES / "unknown_names.txt", project / "seeds" / "unknown.txt")
    shutil.copy(ROOT / "entities.yml", project / "entities.yml")
    return project


def test_suggestions_are_pasteable_yaml_with_evidence(with_unknowns: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-C", str(with_unknowns), "entities", "suggest"]) == 0
    out = capsys.readouterr().out
    entries = {e["name"]: e for e in yaml.safe_load("entities:\n" + out)["entities"]}
    assert entries["가상바이오협회"]["type"] == "organisation" and entries["가상바이오협회"]["aliases"] == ["VBA"]
    assert entries["나래대학교"]["type"] == "university"
    assert entries["김가상"]["type"] == "person"
    assert entries["박한빛"]["type"] == "person"
    assert entries["가상제약"]["krx"] == "123450" and entries["가상제약"]["type"] == "company"
    assert entries["나래바이오"]["krx"] == "234560"
    for noise in ["업무협약", "이상의", "기업", "보스턴", "미국"]:
        assert noise not in entries
    assert "# 예: 가상바이오협회(이하 VBA)는 1일 미국 보스턴에 지부를 열고" in out
    ids = [e["id"] for e in entries.values()]
    assert len(ids) == len(set(ids))


def test_generate_ends_with_the_count_of_unknown_names(with_unknowns: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["-C", str(with_unknowns), "generate", "-q"])
    assert "names not in entities.yml (list them: briefing entities suggest)" in capsys.readouterr().err


def test_known_names_are_not_suggested(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for path in (ROOT / "seeds").glob("*.txt"):
        shutil.copy(path, project / "seeds" / path.name)
    shutil.copy(ROOT / "entities.yml", project / "entities.yml")
    main(["-C", str(project), "entities", "suggest", "--no-analyser"])
    assert capsys.readouterr().out.startswith("# 0 names not in entities.yml")
