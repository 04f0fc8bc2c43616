"""Starting the desktop app: the window first, then the data."""

from __future__ import annotations

import sys


def run_app(database: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    from model import bundled, db

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Summitry")
    window = QMainWindow()
    window.setWindowTitle("Summitry")
    window.resize(1200, 800)
    window.show()
    try:
        database_obj = db.open_database(database)
        bundled.ensure_bundled(database_obj)
    except db.DatabaseOpenError as exc:
        QMessageBox.critical(window, "Summitry — cannot open the database", str(exc))
        return 1
    return app.exec()
