"""A settings file that cannot be parsed is set aside, and the app starts from its defaults.

Qt reads what it can of a damaged INI file and reports ``FormatError``; the half-read
values could be anything, so the file is renamed (kept for inspection, never deleted)
and the settings start afresh.
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

#: Settings files set aside since the last :func:`take_notes` (the file, where it went), for the window to say
#: once it is up. Worded then: the interface's language is chosen from the settings, so after they were read.
_set_aside: list[tuple[Path, Path]] = []


def take_notes() -> list[str]:
    notes = [_note(path, aside) for path, aside in _set_aside]
    _set_aside.clear()
    return notes


def _note(path: Path, aside: Path) -> str:
    return QCoreApplication.translate(
        "Settings",
        "The settings file {path} could not be read; Summitry started with its defaults (the file is kept as {aside}).",
    ).format(path=path, aside=aside)


def guard(settings: QSettings) -> str | None:
    """Check freshly opened settings; on a damaged file, set it aside and clear. Returns a note for the user."""
    if settings.status() != QSettings.Status.FormatError:
        return None
    path = Path(settings.fileName())
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        os.replace(path, aside)
    except OSError:
        aside = path
    settings.clear()
    settings.sync()
    _set_aside.append((path, aside))
    return _note(path, aside)


def value_of_type(settings: QSettings, key: str, kind: type, default: object) -> object:
    """A stored value if it has the expected type, else ``default`` (hand-edited or damaged files)."""
    value = settings.value(key, default)
    return value if isinstance(value, kind) else default
