"""The store's words in Russian: a database that cannot be opened, backups, and ``summitry db check``."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gui.dialogs.open_error_dialog import Choice
from model.interchange import bundled
from model.store import backup
from model.store.database import Database
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.gui.answering import answering
from tests.gui.test_russian_words import start
from tests.model.datafiles import behind_summitrys_back
from tests.model.faults import damage_middle

ROOT = Path(__file__).resolve().parents[2]


def _summitry(home: Path, *args: str, **env: str) -> tuple[int, str, str]:
    """Run ``summitry`` in its own process, as a person at a terminal does: its exit code, out and err."""
    environment = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    environment |= {"QT_QPA_PLATFORM": "offscreen", **env}
    code = "import sys; from gui.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False, cwd=ROOT, env=environment
    )
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def damaged_target(bundled_db: Database) -> str:
    """The bundled archive with a meeting whose forum is gone, changed behind Summitry's back."""
    bundled_db.close()
    behind_summitrys_back(bundled_db.target, ("UPDATE meeting SET forum_id = 'no-such-forum' WHERE id = 'arf-23'", ()))
    return bundled_db.target


@pytest.mark.both_backends
def test_db_check_says_what_it_finds_in_russian(backend: TestBackend, damaged_target: str, tmp_path: Path) -> None:
    code, out, err = _summitry(tmp_path, "--database", damaged_target, "db", "check", LANG="ru_RU.UTF-8")
    assert code == 1, err
    lines = out.splitlines()
    assert "ошибка: встреча «arf-23» ссылается на несуществующий форум «no-such-forum»" in lines
    if backend.is_server:  # what it could not check, in the same language
        assert any(line.startswith("не проверено: собственное хранилище сервера") for line in lines), lines
    assert "error" not in out and "not checked" not in out

    code, out, _err = _summitry(tmp_path, "--database", damaged_target, "db", "check")
    assert code == 1
    assert "error: meeting 'arf-23' refers to forum 'no-such-forum', which does not exist" in out.splitlines()


def test_db_check_of_a_healthy_file_and_a_backup_refused_say_so_in_russian(db_path: Path, tmp_path: Path) -> None:
    code, out, _err = _summitry(tmp_path, "--database", str(db_path), "db", "check", LANG="ru_RU.UTF-8")
    assert (code, out.splitlines()) == (0, [f"{db_path}: проблем не найдено."])
    folder = tmp_path / "folder"
    folder.mkdir()
    code, _out, err = _summitry(tmp_path, "--database", str(db_path), "db", "backup", str(folder), LANG="ru_RU.UTF-8")
    assert code == 1
    assert err.startswith(f"{folder} — это папка. Укажите имя файла для резервной копии, например "), err
    code, out, _err = _summitry(tmp_path, "--database", str(db_path), "db", "backup", LANG="ru_RU.UTF-8")
    assert code == 0 and out.startswith("Резервная копия записана и проверена: "), out


def test_the_window_says_why_a_file_cannot_be_opened_in_russian(qtbot: Any, tmp_path: Path) -> None:
    other = tmp_path / "places.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)")
    con.close()
    with answering(Choice.QUIT) as answers:
        window = start(qtbot, other, "ru", wait=False)
        qtbot.waitUntil(lambda: len(answers.seen) == 1, timeout=30000)
        qtbot.waitUntil(lambda: not window.isVisible())  # Quit: nothing opened, the file left as it was
    assert f"{other} — база данных SQLite другого приложения, а не Summitry." in answers.texts[0]
    assert "Summitry её не трогает." in answers.texts[0]
    assert "another application" not in answers.texts[0]


def test_restoring_a_damaged_database_is_reported_in_russian(qtbot: Any, db_path: Path) -> None:
    database = open_database(str(db_path), fill=bundled.ensure_bundled)
    saved = backup.auto_backup(database, "auto")
    database.close()
    assert saved is not None
    damage_middle(db_path)
    with answering(Choice.RESTORE) as answers:
        window = start(qtbot, db_path, "ru", wait=False)
        qtbot.waitUntil(lambda: window.database is not None and window.is_built(), timeout=30000)
    assert "повреждена" in answers.texts[0], answers.texts[0]
    note = window.statusBar().currentMessage()
    assert f"{db_path}: восстановлено из резервной копии {saved.name}." in note, note
    assert "Повреждённый файл сохранён как " in note
    assert "Restored" not in note
    window.close()
