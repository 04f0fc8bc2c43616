"""Starting the desktop app: the window first, then the data.

``run_app`` shows the main window before SQLAlchemy and the dataset are even
imported, then opens the database on the first turn of the event loop.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow


def open_or_report(window: object, database: str | None) -> bool:
    """Open the database in the window; on failure tell the user why and what to do."""
    from PySide6.QtWidgets import QMessageBox

    from model import db

    try:
        window.open_database(database)  # type: ignore[attr-defined]
    except db.DatabaseOpenError as exc:
        QMessageBox.critical(window, "Summitry — cannot open the database", str(exc))  # type: ignore[arg-type]
        return False
    return True


def start_app(database: str | None = None) -> tuple[QApplication, MainWindow]:
    """Create the application and show the main window; the database opens on the next event-loop turn."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Summitry")
    app.setOrganizationName("Summitry")

    from gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    # Opening (and on first start loading the bundled dataset) waits until the window has been painted.
    QTimer.singleShot(0, lambda: open_or_report(window, database))
    return app, window  # type: ignore[return-value]


def run_app(database: str | None = None) -> int:
    app, window = start_app(database)
    code = app.exec()
    window.close_database()
    return code
