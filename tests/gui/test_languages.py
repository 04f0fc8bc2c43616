"""The language choice as the command line reads it: from the settings file the window writes, without Qt."""

from __future__ import annotations

import csv
import io
import json
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


def _command(home: Path, *args: str, **env: str) -> tuple[str, str]:
    """Run ``summitry`` in its own process, as a person at a terminal does: what it prints, out and err."""
    environment = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    environment |= {"QT_QPA_PLATFORM": "offscreen", **env}
    code = "import sys; from gui.cli import main; sys.exit(main(sys.argv[1:]))"
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT, env=environment
    )
    return out.stdout, out.stderr


def test_show_prints_the_record_in_the_environments_language(tmp_path: Path, db_path: Path) -> None:
    database = ["--database", str(db_path)]
    russian, _ = _command(tmp_path, *database, "show", "arf-23", LANG="ru_RU.UTF-8")
    lines = [" ".join(line.split()) for line in russian.splitlines()]
    assert "Встреча · идентификатор arf-23" in lines
    assert "Дата 26 июля 2016" in lines
    assert "Статус Запланирована (на 23 июля 2016)" in lines
    assert "Уровень Министры" in lines
    assert {"Повестка дня", "Итоговые документы", "Примечания", "Источник"} <= set(lines)
    assert not {"Date", "Agenda", "Notes", "Source"} & {line.split(" ")[0] for line in lines}

    english, _ = _command(tmp_path, *database, "show", "arf-23")
    lines = [" ".join(line.split()) for line in english.splitlines()]
    assert "Meeting · id arf-23" in lines and "Date 26 Jul 2016" in lines and "Agenda" in lines
    assert "Status Scheduled (as of 23 Jul 2016)" in lines


def test_search_hints_and_counts_follow_the_language_and_json_keys_stay_english(tmp_path: Path, db_path: Path) -> None:
    database = ["--database", str(db_path)]
    out, err = _command(tmp_path, *database, "search", "forum:Nowhere", LANG="ru_RU.UTF-8")
    assert err.startswith("Примечание: Нет форума «Nowhere». Попробуйте: ")
    assert out.strip() == "Ничего не найдено"
    out, err = _command(tmp_path, *database, "search", "forum:Nowhere")
    assert err.startswith("Note: No forum called 'Nowhere'. Try: ")

    russian, _ = _command(tmp_path, *database, "show", "arf-23", "--json", LANG="ru_RU.UTF-8")
    english, _ = _command(tmp_path, *database, "show", "arf-23", "--json")
    assert _keys(json.loads(russian)) == _keys(json.loads(english))
    assert json.loads(russian)["when"] == "26 июля 2016" and json.loads(english)["when"] == "26 Jul 2016"


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_csv_and_calendar_files_word_dates_in_the_language_with_english_headers(tmp_path: Path, db_path: Path) -> None:
    database = ["--database", str(db_path)]
    files = {}
    for language in ("en", "ru"):
        for kind in ("csv", "ics"):
            path = tmp_path / f"{language}.{kind}"
            _command(tmp_path, *database, "export", "-o", str(path), "--query", "forum:ARF", "--lang", language)
            files[language, kind] = path.read_bytes().decode("utf-8-sig")
    header = files["en", "csv"].splitlines()[0]
    assert files["ru", "csv"].splitlines()[0] == header and "date_text" in header
    ru_rows = {row["id"]: row for row in csv.DictReader(io.StringIO(files["ru", "csv"]))}
    en_rows = {row["id"]: row for row in csv.DictReader(io.StringIO(files["en", "csv"]))}
    assert (ru_rows["arf-23"]["date_text"], en_rows["arf-23"]["date_text"]) == ("26 июля 2016", "26 Jul 2016")
    unfolded = files["ru", "ics"].replace("\r\n ", "")
    # The forum by its Russian name too (the bundled records have names in Russian).
    assert "Форум: Региональный форум АСЕАН по безопасности" in unfolded and "Статус: Запланирована" in unfolded
    assert "Forum:" not in unfolded and "Status:" not in unfolded
    assert "Forum: ASEAN Regional Forum" in files["en", "ics"].replace("\r\n ", "")


def test_an_import_report_reads_in_the_language_of_the_command_line(tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "bad.json"
    meeting = {"id": "x-1", "title": "", "date": "2016-13"}
    bad.write_text(json.dumps({"format": "summitry", "version": 1, "meetings": [meeting]}), encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"format": "summitry", "version": 1, "topics": [{"id": "x-t", "label": "X"}]}))
    database = ["--database", str(db_path)]

    def run(*files: Path, **env: str) -> tuple[str, str]:
        environment = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
        environment |= {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), **env}
        code = "import sys; from gui.cli import main; sys.exit(main(sys.argv[1:]))"
        args = [sys.executable, "-c", code, *database, "import", *map(str, files)]
        out = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=environment)
        return out.stdout, out.stderr

    _, err = run(bad, LANG="ru_RU.UTF-8")
    assert f"{bad}: найдены 3 проблемы; ничего не импортировано." in err
    assert "$.meetings[0]: нет обязательного поля «forum»" in err
    assert "$.meetings[0].title: пусто" in err
    assert "$.meetings[0].date: «2016-13» — не допустимая дата EDTF" in err
    out, _ = run(good, LANG="ru_RU.UTF-8")
    assert out.strip() == f"{good}: добавлена 1, обновлено 0, без изменений 0."
    out, _ = run(good)
    assert out.strip() == f"{good}: nothing changed (1 record already up to date)."
    _, err = run(bad)
    assert f"{bad}: 3 problems found; nothing was imported." in err and "$.meetings[0].title: is empty" in err
