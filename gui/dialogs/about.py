"""Help ▸ About: the app, the datasets loaded and the source documents they come from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from model.store.database import Database

VERSION = "0.1.0"


def about_lines(database: Database | None) -> list[tuple[str, str]]:
    """(heading, text) pairs for the About box: the app, each dataset, each source (at most ten)."""
    lines = [
        (
            QCoreApplication.translate("AboutDialog", "Summitry {version}").format(version=VERSION),
            QCoreApplication.translate(
                "AboutDialog", "Forums, meetings, agendas, outcomes and consultation rounds, every fact cited."
            ),
        ),
    ]
    if database is None:
        return lines
    from gui.translation import language
    from model import dates
    from model.interchange import bundled
    from model.reads import queries

    for info in bundled.dataset_info(database):
        facts = (
            [QCoreApplication.translate("AboutDialog", "version {version}").format(version=info.version)]
            if info.version
            else []
        )
        if info.as_of:
            facts.append(
                QCoreApplication.translate("AboutDialog", "as of {date}").format(
                    date=dates.human(info.as_of, language())
                )
            )
        lines.append(
            (QCoreApplication.translate("AboutDialog", "Dataset: {title}").format(title=info.title), ", ".join(facts))
        )
        if info.description:
            lines.append(("", info.description))
    with database.reader() as conn:
        sources = queries.source_summaries(conn, 10)
    for s in sources:
        detail = ", ".join(x for x in (s.publisher or "", dates.human(s.date, language())) if x)
        lines.append((QCoreApplication.translate("AboutDialog", "Source: {title}").format(title=s.title), detail))
    # a server's URL without its password
    lines.append((QCoreApplication.translate("AboutDialog", "Database"), database.shown))
    return lines


class AboutDialog(QDialog):
    """Plain-text labels only: dataset titles and descriptions are user data."""

    def __init__(self, database: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Summitry"))
        self.setObjectName("aboutDialog")
        layout = QVBoxLayout(self)
        self.labels: list[QLabel] = []
        for heading, text in about_lines(database):
            for value, bold in ((heading, True), (text, False)):
                if not value:
                    continue
                label = QLabel(value)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if bold:
                    label.setStyleSheet("font-weight: bold; margin-top: 6px;")
                layout.addWidget(label)
                self.labels.append(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels)


def show_about(window: object) -> None:
    dialog = AboutDialog(getattr(window, "database", None), window if isinstance(window, QWidget) else None)
    dialog.exec()
