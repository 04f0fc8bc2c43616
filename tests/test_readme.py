"""The README's interchange-format example imports cleanly, into an empty database and over the bundled data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from model.interchange import importer
from model.store.opening import open_database
from tests.model.datafiles import run

README = Path(__file__).resolve().parents[1] / "README.md"


def _example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### A complete example") :]
    match = re.search(r"```json\n(.*?)\n```", section, re.S)
    assert match, "the README has a JSON example under 'A complete example'"
    return match.group(1)


def test_the_readme_example_is_valid_json_in_the_documented_shape() -> None:
    data = json.loads(_example())
    assert data["format"] == "summitry" and data["version"] == 1


def test_the_readme_example_imports_into_an_empty_database(tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "example.json"
    path.write_text(_example(), encoding="utf-8")
    database = open_database(str(db_path))
    try:
        report = importer.import_file(database, path)
    finally:
        database.close()
    assert len(report.added) == 6 and not report.updated


def test_the_readme_example_imports_over_the_bundled_data(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "example.json"
    path.write_text(_example(), encoding="utf-8")
    code, out, err = run(capsys, db_path, "import", str(path))  # a new database: the bundled data loads first
    assert code == 0, err
    assert out.strip() == f"{path}: 6 added, 0 updated, 0 unchanged."
    code, out, err = run(capsys, db_path, "import", str(path))
    assert out.strip() == f"{path}: nothing changed (6 records already up to date)."
    code, out, err = run(capsys, db_path, "show", "coral-sea-dialogue-2")
    assert code == 0
    assert "  1. Fish stocks [2]" in out
    assert "  - Dili Statement on Fisheries — Statement — Adopted [3]  (dili-statement-fisheries-2017)" in out
