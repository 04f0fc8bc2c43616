"""The file dialogs that choose a database: one to open an existing one, one to name a new one.

File ▸ Open Database… and New Database…, and the dialog shown when a database cannot be opened, all
use these two, so the button always says what happens ("Open", "Create") and a new name never
replaces a file that is there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def _file_dialog(parent: QWidget | None, title: str, start: str, button: str, *, new: bool) -> str | None:
    """A file dialog whose button says what happens; the chosen path, or None."""
    files = translate("DatabaseFiles", "Summitry databases (*.sqlite3 *.sqlite *.db);;All files (*)")
    dialog = QFileDialog(parent, title, start, files)
    dialog.setObjectName("newDatabaseDialog" if new else "openDatabaseDialog")
    if new:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("sqlite3")
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # an existing file is refused, never replaced
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, button)
    if not dialog.exec():
        return None
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else None


def choose_existing(parent: QWidget | None, start: str) -> str | None:
    """Ask for an existing Summitry database (the dialog starts in ``start``); None when cancelled."""
    return _file_dialog(
        parent, translate("DatabaseFiles", "Open Database"), start, translate("DatabaseFiles", "Open"), new=False
    )


def choose_new(parent: QWidget | None, start: str) -> str | None:
    """Ask for the name of a new database; None when cancelled, or when the name is taken (the person is
    told, and the file there is left as it is)."""
    path = _file_dialog(
        parent, translate("DatabaseFiles", "New Database"), start, translate("DatabaseFiles", "Create"), new=True
    )
    if path is None or not Path(path).exists():
        return path
    QMessageBox.information(
        parent,
        translate("DatabaseFiles", "The file already exists"),
        translate(
            "DatabaseFiles",
            "{path} already exists and was left as it is.\n\n"
            "Choose another name, or open it with File ▸ Open Database….",
        ).format(path=path),
    )
    return None
