"""Edit ▸ Preferences… (Ctrl+,): the language of the interface (System, English, Русский), from the next start.

The choice is kept in the settings file (gui.languages) and applied when Summitry starts (gui.app): nothing
already on screen is worded again, and the dialog says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from gui import languages

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings


class PreferencesDialog(QDialog):
    """The interface's language; OK keeps the choice for the next start."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        system = languages.NAMES[languages.resolve(languages.SYSTEM, QLocale.system().uiLanguages())]
        self.language.addItem(self.tr("System ({language})").format(language=system), languages.SYSTEM)
        for code, name in languages.NAMES.items():  # each language named in itself, never translated
            self.language.addItem(name, code)
        saved = languages.chosen(settings.value(languages.KEY))
        self.language.setCurrentIndex(max(self.language.findData(saved), 0))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        self.note = QLabel(self.tr("Summitry uses the language you choose from its next start."))
        self.note.setObjectName("languageNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def choice(self) -> str:
        return languages.chosen(self.language.currentData())

    def confirmation(self) -> str:
        """What the window's status bar says after a new language was chosen."""
        return self.tr("The new language takes effect when Summitry starts again.")

    def accept(self) -> None:
        self._settings.setValue(languages.KEY, self.choice())
        self._settings.sync()
        super().accept()


def show_preferences(window: QMainWindow, settings: QSettings) -> PreferencesDialog:
    """Open the dialog over ``window``, on its ``settings``; a new language is confirmed in its status bar."""
    before = languages.chosen(settings.value(languages.KEY))
    dialog = PreferencesDialog(settings, window)

    def confirm() -> None:
        if dialog.choice() != before:
            window.statusBar().showMessage(dialog.confirmation(), 10000)

    dialog.accepted.connect(confirm)
    dialog.open()  # window-modal, and the window keeps painting
    return dialog
