"""``summitry db copy``, ``db upgrade`` and ``db grant`` in Russian: their lines, their refusals, a copy's progress."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from gui import cli
from model import i18n
from model.cli.output import RowsProgress
from model.store import backup_set, schema_facts
from model.store.copy_source import CopyText
from model.store.database import Database
from model.store.location import display_target
from tests.backends import TestBackend
from tests.gui.test_store_words_ru import _summitry
from tests.model.store.newer_schema import pretend_newer

RU = {"LANG": "ru_RU.UTF-8"}


def _russian_count(n: int, one: str, few: str, many: str) -> str:
    """``n`` with the noun in the form Russian gives that number: 1 запись, 2 записи, 5 записей, 21 запись."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


@pytest.mark.both_backends
def test_db_copy_says_what_it_copied_and_why_it_refuses_in_russian(backend: TestBackend, tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    source = TestBackend("sqlite", tmp_path / "sources").new_target("bundled")
    target = backend.new_target("none")  # a file not there yet, or a server database with no tables
    shown = display_target(target)

    code, out, err = _summitry(tmp_path, "db", "copy", source, target, **RU)
    assert code == 0, err
    copied, checked = out.splitlines()
    records = int(backend.run_sql(target, "SELECT count(*) FROM record")[0][0])
    counted = _russian_count(records, "запись", "записи", "записей")
    assert copied.startswith(f"Копирование {source} в {shown} завершено: {counted} ("), copied
    assert copied.endswith(" с."), copied
    assert checked == f"Проверка {shown}: проблем не найдено."

    # Again onto the archive it now holds: refused, in Russian, with what it holds counted in Russian.
    code, out, err = _summitry(tmp_path, "db", "copy", source, target, **RU)
    assert (code, out) == (1, "")
    assert err.startswith(f"В {shown} уже есть архив ({counted}, 1 набор данных); он остаётся как есть."), err
    assert "--replace" in err and "already holds" not in err


def test_db_upgrade_says_what_it_did_in_russian(
    bundled_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = bundled_db.path
    assert db_path is not None
    bundled_db.close()
    old = schema_facts.SCHEMA_VERSION
    code, out, err = _summitry(tmp_path, "--database", str(db_path), "db", "upgrade", **RU)
    assert (code, out.strip()) == (0, f"{db_path} уже имеет версию базы данных {old}: обновлять нечего."), err

    # One version newer (in this process, as the English test does): the upgrade itself, said in Russian.
    newer = pretend_newer(monkeypatch)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    try:
        code = cli.main(["--database", str(db_path), "db", "upgrade"])
    finally:
        i18n.install(None)
    out = capsys.readouterr().out
    assert (code, out.strip()) == (0, f"{db_path}: база данных обновлена с версии {old} до {newer}.")
    assert [b.label for b in backup_set.backups_of(db_path)] == [f"before-upgrade-v{old}"]


def test_db_grant_on_a_file_refuses_in_russian(tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite3"
    code, out, err = _summitry(tmp_path, "--database", str(path), "db", "grant", "--reader", "bob", **RU)
    assert (code, out) == (1, "")
    assert err.startswith("Читатели и редакторы бывают у архива на сервере PostgreSQL; файл принадлежит одному"), err
    assert err.strip().endswith("Ничего не изменено.")
    assert not path.exists()


class _Terminal(io.StringIO):
    """What a person at a terminal sees of a command's progress."""

    def isatty(self) -> bool:
        return True


def test_a_big_copys_progress_is_in_russian(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert cli.use_language() == "ru"
    try:
        screen = _Terminal()
        with RowsProgress(screen) as progress:
            progress("a.sqlite3 → b.sqlite3", 10_000, 40_001)
            progress(CopyText.tr("{target}: checking the references between records…").format(target="b.sqlite3"), 1, 3)
    finally:
        i18n.install(None)
    lines = screen.getvalue().replace("\r", "\n").split("\n")
    assert "a.sqlite3 → b.sqlite3: 24% (10\u00a0000 из 40\u00a0001 строки)" in lines
    assert "b.sqlite3: проверка ссылок между записями… (1 из 3)" in lines
