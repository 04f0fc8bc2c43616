"""Help ▸ Search Language (F1, or ? beside the search box): the grammar with examples to try.

A window that stays open beside the main one while people try the examples: choosing one (double-click,
Enter or Try It) puts it in the search box and runs it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.search.parser import quote_value
from model.search.vocabulary import LEVEL_WORDS, STATUS_WORDS, TYPE_WORDS, russian_words


def _russian(field: str, table: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """An example per value of a field that has Russian words, saying what it means and the other words:
    ("type:встреча", "same as type:meeting; also заседание, совещание …")."""
    rows = []
    for value, (first, *others) in ((v, w) for v, w in russian_words(table).items() if w):
        also = f"; also {', '.join(others)}" if others else ""
        rows.append((f"{field}:{quote_value(first)}", f"same as {field}:{value}{also}"))
    return rows


#: The grammar, in the order the help lists it: (example, what it finds).
HELP = [
    ("piracy", "records mentioning piracy (any case, accents ignored)"),
    ('"regional security"', "the exact phrase"),
    ("consult*", "words starting with consult (consultation, consultations …)"),
    ("consultation", "English stemming: also consultations, consulted"),
    ("piracy terrorism", "both words (words next to each other must all match)"),
    ("piracy OR terrorism", "either word"),
    ("security -ARF", "security, but not ARF (also: NOT ARF)"),
    ("(piracy OR terrorism) forum:ARF", "parentheses group"),
    ("forum:ARF", "a forum by abbreviation, name, alias or id"),
    ("type:meeting|round", "meetings or rounds (also outcome, forum, process)"),
    ("country:Laos", "held in a country (name, alias or ISO code: country:LA)"),
    ("city:Jakarta", "held in a city"),
    ("year:2014", "dated in 2014 (uncertain dates count if they may fall in it)"),
    ("date:2013-11..2016-06", "dated between Nov 2013 and Jun 2016 (open ends: date:2015..)"),
    ("status:scheduled", "held, scheduled, planned, adopted, expected …"),
    ("topic:terrorism", "meetings with an agenda item on a topic"),
    ("level:ministerial", "meetings at a level (leaders, ministerial, senior officials …)"),
    ("Маниле", "a Russian word in any form: also Манила, Манилы (еще: ещё)"),
    ("АРФ", "acronyms exactly: АРФ, never арфа (арф: either)"),
    ("country:России", "names and aliases in any language, in any form"),
    ("forum:ВАС city:Вьентьян", "a record's names in other languages too (forum:, country:, topic:, city:)"),
    # The Russian words for the fixed values, each in any form (type:встречи, status:проведено).
    *_russian("type", TYPE_WORDS),
    *_russian("status", STATUS_WORDS),
    *_russian("level", LEVEL_WORDS),
]

INTRO = (
    "One search language for the search box, the command line (summitry search) and saved searches. "
    "It ignores case and accents (cafe finds café), stems English words (consultation finds "
    "consultations) and finds every form of a Russian word (Манила finds Маниле). Words next to each "
    "other must all match; field filters narrow by forum, type, place, date, status, topic or level, "
    "with their values in English or Russian."
)

NOTES = (
    "Dates are uncertain, and the search respects it: a filter matches a record whose date may fall in "
    "the range. Any input is safe: a broken query is read as well as it can be, and a line under the "
    "search box says what was done. Choosing a forum, topic or country in the tree or the detail pane "
    "writes its filter into an empty search box."
)


class SearchHelpDialog(QDialog):
    """The search language, with an example per operator and field.

    Signals:
        exampleChosen(str): the person chose an example to try.
    """

    exampleChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchHelp")
        self.setWindowTitle("Search Language")
        intro = _paragraph(INTRO)
        self.list = QTreeWidget()
        self.list.setObjectName("searchExamples")
        self.list.setAccessibleName("Search examples")
        self.list.setColumnCount(2)
        self.list.setHeaderLabels(["Query", "Finds"])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAllColumnsShowFocus(True)
        for example, meaning in HELP:
            item = QTreeWidgetItem([example, meaning])
            item.setToolTip(1, meaning)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self.list.itemActivated.connect(lambda item, _column: self._choose(item))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.try_button = QPushButton("&Try It")
        self.try_button.setToolTip("Put the chosen example in the search box and search")
        self.try_button.setEnabled(False)
        buttons.addButton(self.try_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.try_button.clicked.connect(lambda: self._choose(self.list.currentItem()))
        self.list.currentItemChanged.connect(lambda current, _previous: self.try_button.setEnabled(current is not None))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(_paragraph(NOTES))
        layout.addWidget(buttons)
        self.resize(640, 560)

    def examples(self) -> list[str]:
        """The example queries, as listed."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def open_beside(self) -> None:
        """Show the window (or bring it forward), the examples list ready for the keyboard."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.exampleChosen.emit(item.text(0))


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
