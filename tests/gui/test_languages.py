"""The language choice as the command line reads it: from the settings file the window writes, without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui import languages

ROOT = Path(__file__).resolve().parents[2]


def _saved(path: Path, choice: str) -> None:
    settings = QSettings(str(path), QSettings.Format.IniFormat)  # as the window writes it
    settings.setValue("window/geometry", b"\x01\x02[=]%")
    settings.setValue(languages.KEY, choice)
    settings.sync()


@pytest.mark.parametrize("choice", ["system", "en", "ru"])
def test_the_choice_the_window_saved_reads_back_without_qt(tmp_path: Path, choice: str) -> None:
    path = tmp_path / "summitry.ini"
    _saved(path, choice)
    assert languages.saved_choice(path) == choice


def test_no_file_a_damaged_one_or_an_unknown_value_is_system(tmp_path: Path) -> None:
    assert languages.saved_choice(tmp_path / "none.ini") == "system"
    damaged = tmp_path / "damaged.ini"
    damaged.write_bytes(b"[interface\nlanguage=ru\n\xff\xfe")
    assert languages.saved_choice(damaged) == "system"
    odd = tmp_path / "odd.ini"
    odd.write_text("[interface]\nlanguage=klingon\n")
    assert languages.saved_choice(odd) == "system"


@pytest.mark.parametrize(
    ("env", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "ru"}, "en"),  # gettext ignores LANGUAGE under the C locale
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, "ru"),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "ru_RU.UTF-8"}, "en"),  # LC_ALL wins, and Summitry has no German
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:ru"}, "ru"),
        ({}, "en"),
    ],
)
def test_system_on_the_command_line_is_the_environments_language(
    tmp_path: Path, env: dict[str, str], language: str
) -> None:
    assert languages.command_line_language(tmp_path / "none.ini", env) == language


def test_a_language_chosen_in_the_window_wins_over_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "summitry.ini"
    _saved(path, "en")
    assert languages.command_line_language(path, {"LANG": "ru_RU.UTF-8"}) == "en"
    _saved(path, "ru")
    assert languages.command_line_language(path, {"LANG": "en_US.UTF-8"}) == "ru"


def _summitry(home: Path, *args: str, **env: str) -> tuple[str, bool]:
    """Run a command as ``summitry`` does, in its own process: its output, and whether it loaded Qt."""
    code = (
        "import sys; from gui.cli import main; code = main(sys.argv[1:]); "
        "print('QT' if 'PySide6.QtCore' in sys.modules else 'NO QT'); sys.exit(code)"
    )
    environment = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    environment |= env
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT, env=environment
    )
    *lines, qt = out.stdout.splitlines()
    return lines[-1], qt == "QT"


def test_the_command_line_counts_in_the_chosen_language(tmp_path: Path, db_path: Path) -> None:
    database = ["--database", str(db_path)]
    assert _summitry(tmp_path, *database, "search", "piracy") == ("1 result", False), "English loads no Qt"
    assert _summitry(tmp_path, *database, "search", "consultations", LANG="ru_RU.UTF-8") == ("6 результатов", True)
    _saved(tmp_path / "config" / "Summitry" / "summitry.ini", "ru")
    assert _summitry(tmp_path, *database, "search", "consultations year:2014") == ("2 результата", True)
