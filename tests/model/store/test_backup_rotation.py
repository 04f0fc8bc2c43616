"""Automatic, verified backups before imports and upgrades, and their rotation."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from model.interchange import bundled, importer
from model.store import backup, backup_set, schema_facts
from model.store.database import Database
from model.store.opening import open_database
from tests.model.generated import forum_with_meetings, write
from tests.model.store.newer_schema import pretend_newer

NOW = dt.datetime(2026, 11, 29, 12, 0, 0)


def _touch_backup(db_path: Path, when: dt.datetime, label: str) -> Path:
    path = backup_set.backup_path_for(db_path, label, now=when)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def _record_count(path: Path) -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM record").fetchone()[0]
    finally:
        con.close()


def test_rotation_keeps_last_daily_weekly_monthly_and_every_manual(tmp_path: Path) -> None:
    db_path = tmp_path / "summitry.sqlite3"
    # Two automatic backups a day for 400 days, plus a few the user made by hand long ago.
    autos = [_touch_backup(db_path, NOW - dt.timedelta(hours=12 * i), "before-import") for i in range(2 * 400)]
    manual = [_touch_backup(db_path, NOW - dt.timedelta(days=300 + i), "manual") for i in range(3)]

    removed = backup_set.rotate_backups(db_path, now=NOW)

    kept = {b.path: b for b in backup_set.backups_of(db_path)}
    kept_auto = sorted((b.taken for b in kept.values() if b.automatic), reverse=True)
    assert all(p in kept for p in manual), "backups made by hand are never rotated away"
    assert all(p in kept for p in autos[:5]), "the last five automatic backups are kept"
    assert len(kept_auto) <= 5 + 7 + 4 + 6 and len(removed) == len(autos) - len(kept_auto)
    days = {t.date() for t in kept_auto}
    assert all((NOW - dt.timedelta(days=d)).date() in days for d in range(7)), "one a day for the last week"
    months = {(t.year, t.month) for t in kept_auto}
    assert len(months) == 6 and (2026, 6) in months and (2026, 5) not in months, "one a month for half a year"
    weeks = {t.isocalendar()[:2] for t in kept_auto}
    assert len(weeks) >= 4


def test_rotation_keeps_recent_safety_copies_and_the_newest_old_ones(tmp_path: Path) -> None:
    db_path = tmp_path / "summitry.sqlite3"
    recent = [_touch_backup(db_path, NOW - dt.timedelta(days=d), "before-upgrade-v1") for d in (1, 30, 80)]
    old = [_touch_backup(db_path, NOW - dt.timedelta(days=d), "before-restore") for d in (200, 300, 400)]
    backup_set.rotate_backups(db_path, now=NOW)
    left = {b.path for b in backup_set.backups_of(db_path)}
    assert set(recent) <= left, "safety copies younger than 90 days are kept"
    assert old[-1] not in left and old[0] not in left, "old safety copies go once three newer ones exist"


def test_two_backups_in_the_same_second_get_different_names(tmp_path: Path) -> None:
    db_path = tmp_path / "summitry.sqlite3"
    first = _touch_backup(db_path, NOW, "before-import")
    second = backup_set.backup_path_for(db_path, "before-import", now=NOW)
    assert first != second and not second.exists()
    second.write_bytes(b"")
    assert [b.path for b in backup_set.backups_of(db_path)] == [second, first]


def test_first_bundled_load_takes_no_backup_and_an_import_takes_a_verified_one(
    empty_db: Database, tmp_path: Path
) -> None:
    assert empty_db.path is not None
    bundled.ensure_bundled(empty_db)
    assert backup_set.backups_of(empty_db.path) == [], "nothing to lose in an empty database"
    before = _record_count(empty_db.path)

    report = importer.import_file(empty_db, write(tmp_path / "new.json", forum_with_meetings("genf", 3)))

    assert len(report.added) == 4
    (taken,) = backup_set.backups_of(empty_db.path)
    assert taken.label == "before-import"
    backup.verify(taken.path)
    assert _record_count(taken.path) == before, "the backup holds the database as it was before the import"


def test_many_imports_keep_only_the_last_few_backups_of_the_day(bundled_db: Database, tmp_path: Path) -> None:
    assert bundled_db.path is not None
    for n in range(8):
        importer.import_file(bundled_db, write(tmp_path / f"f{n}.json", forum_with_meetings(f"gen{n}", 1)))
    assert len(backup_set.backups_of(bundled_db.path)) == backup_set.DEFAULT_POLICY.last


def test_import_is_refused_when_its_backup_cannot_be_written(bundled_db: Database, tmp_path: Path) -> None:
    assert bundled_db.path is not None
    backup_set.backup_dir(bundled_db.path).write_text("a file where the backups folder should be")
    before = _record_count(bundled_db.path)
    with pytest.raises(backup.BackupError, match="Could not write a backup"):
        importer.import_file(bundled_db, write(tmp_path / "new.json", forum_with_meetings("genf", 3)))
    assert _record_count(bundled_db.path) == before, "nothing imported without a backup"


def test_schema_upgrade_is_preceded_by_a_verified_backup(bundled_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = bundled_db.path
    assert path is not None
    bundled_db.close()
    old = schema_facts.SCHEMA_VERSION
    newer = pretend_newer(monkeypatch)

    open_database(str(path)).close()

    con = sqlite3.connect(path)
    try:  # upgraded by the migration step, after the backup
        assert con.execute("PRAGMA user_version").fetchone()[0] == newer
        assert "note" in {row[1] for row in con.execute("PRAGMA table_info(saved_search)")}
    finally:
        con.close()

    (taken,) = backup_set.backups_of(path)
    assert taken.label == f"before-upgrade-v{old}" and taken.safety
    con = sqlite3.connect(f"{taken.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == old
    finally:
        con.close()
    assert backup.newest_verified_backup(path) == taken.path
