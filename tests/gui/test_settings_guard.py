"""A settings file that cannot be read is set aside, and the app starts from its defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gui.settings_guard import guard, value_of_type


def test_a_damaged_settings_file_is_set_aside_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "summitry.ini"
    damaged = b"[window\ngeometry=zz\n=\n\n\xff\xfe\x00garbage"
    path.write_bytes(damaged)
    settings = QSettings(str(path), QSettings.Format.IniFormat)

    note = guard(settings)

    assert note is not None and "defaults" in note
    assert settings.allKeys() == []
    (aside,) = tmp_path.glob("summitry.ini.damaged-*")
    assert aside.read_bytes() == damaged, "the damaged file is kept for inspection"


def test_a_readable_settings_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "summitry.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("view/tree", True)
    settings.sync()
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert guard(again) is None and again.allKeys() == ["view/tree"]


def test_a_value_of_the_wrong_type_gives_the_default(tmp_path: Path) -> None:
    path = tmp_path / "summitry.ini"
    path.write_text("[window]\ngeometry=hello\n")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert value_of_type(settings, "window/geometry", QByteArray, None) is None
