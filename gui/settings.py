"""Where the window keeps its state between runs: an INI file in the user's config directory.

Tests isolate ``HOME``/``XDG_CONFIG_HOME``, so they never touch a real user's settings. Where the file is can be
asked without Qt (the command line reads the interface's language from it, see gui.languages).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import appdirs

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

APP_NAME = "Summitry"
FILENAME = "summitry.ini"


def config_dir() -> Path:
    """The user's config directory for Summitry (``$XDG_CONFIG_HOME/Summitry`` on Linux)."""
    return Path(appdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / FILENAME


def open_settings(path: Path | None = None) -> QSettings:
    """The settings store (INI format, so people can read and delete it)."""
    from PySide6.QtCore import QSettings

    from gui import settings_guard

    target = path or settings_path()
    with contextlib.suppress(OSError):  # an unwritable config folder costs the saved layout, not the start
        target.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(target), QSettings.Format.IniFormat)
    settings_guard.guard(settings)  # a damaged file is set aside and the defaults used
    return settings
