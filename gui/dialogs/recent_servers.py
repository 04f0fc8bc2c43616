"""The servers this Summitry opened archives on, newest first, for File ▸ Connect to a Server…: without passwords.

Kept in the settings (``summitry.ini``) as URLs through :func:`model.store.location.display_target`, so no
password reaches the file whatever URL the archive was opened with.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from model.store import location

#: The settings key of the list.
RECENT_SERVERS = "servers/recent"
#: How many are kept.
KEEP = 8


def recent_servers(settings: QSettings) -> list[str]:
    """The servers' URLs (without passwords), the one opened last first."""
    value = settings.value(RECENT_SERVERS)
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [str(url) for url in values if isinstance(url, str) and location.is_server(url)]


def note_server(settings: QSettings, target: str) -> None:
    """Put the server archive ``target`` first in the list (a file is not a server: nothing happens)."""
    if not location.is_server(target):
        return
    shown = location.display_target(target)
    kept = [shown, *(url for url in recent_servers(settings) if url != shown)][:KEEP]
    settings.setValue(RECENT_SERVERS, kept)
    settings.sync()
