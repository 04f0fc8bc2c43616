"""Help ▸ Search Language (F1, or ? beside the search box): the grammar with examples to try.

A window that stays open beside the main one while people try the examples: choosing one (double-click,
Enter or Try It) puts it in the search box and runs it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.i18n import QT_TRANSLATE_NOOP
from model.search.parser import quote_value
from model.search.vocabulary import LEVEL_WORDS, STATUS_WORDS, TYPE_WORDS, russian_words


def _russian(field: str, table: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """An example per value of a field that has Russian words, saying what it means and the other words:
    ("type:встреча", "same as type:meeting; also заседание, совещание …"). Worded when the help is made,
    in the interface's language."""
    rows = []
    for value, (first, *others) in ((v, w) for v, w in russian_words(table).items() if w):
        query = f"{field}:{value}"
        if others:
            meaning = QCoreApplication.translate("SearchHelpDialog", "same as {query}; also {words}")
            meaning = meaning.format(query=query, words=", ".join(others))
        else:
            meaning = QCoreApplication.translate("SearchHelpDialog", "same as {query}").format(query=query)
        rows.append((f"{field}:{quote_value(first)}", meaning))
    return rows


#: The grammar, in the order the help lists it: (example, what it finds). What it finds is marked for translation
#: here and translated where shown; :func:`help_rows` adds the Russian words for the fixed values.
HELP = [
    ("piracy", QT_TRANSLATE_NOOP("SearchHelpDialog", "records mentioning piracy (any case, accents ignored)")),
    ('"regional security"', QT_TRANSLATE_NOOP("SearchHelpDialog", "the exact phrase")),
    ("consult*", QT_TRANSLATE_NOOP("SearchHelpDialog", "words starting with consult (consultation, consultations …)")),
    ("consultation", QT_TRANSLATE_NOOP("SearchHelpDialog", "English stemming: also consultations, consulted")),
    ("piracy terrorism", QT_TRANSLATE_NOOP("SearchHelpDialog", "both words (words next to each other must all match)")),
    ("piracy OR terrorism", QT_TRANSLATE_NOOP("SearchHelpDialog", "either word")),
    ("security -ARF", QT_TRANSLATE_NOOP("SearchHelpDialog", "security, but not ARF (also: NOT ARF)")),
    ("(piracy OR terrorism) forum:ARF", QT_TRANSLATE_NOOP("SearchHelpDialog", "parentheses group")),
    ("forum:ARF", QT_TRANSLATE_NOOP("SearchHelpDialog", "a forum by abbreviation, name, alias or id")),
    ("type:meeting|round", QT_TRANSLATE_NOOP("SearchHelpDialog", "meetings or rounds (also outcome, forum, process)")),
    ("country:Laos", QT_TRANSLATE_NOOP("SearchHelpDialog", "held in a country (name, alias or ISO code: country:LA)")),
    ("city:Jakarta", QT_TRANSLATE_NOOP("SearchHelpDialog", "held in a city")),
    (
        "year:2014",
        QT_TRANSLATE_NOOP("SearchHelpDialog", "dated in 2014 (uncertain dates count if they may fall in it)"),
    ),
    (
        "date:2013-11..2016-06",
        QT_TRANSLATE_NOOP("SearchHelpDialog", "dated between Nov 2013 and Jun 2016 (open ends: date:2015..)"),
    ),
    ("status:scheduled", QT_TRANSLATE_NOOP("SearchHelpDialog", "held, scheduled, planned, adopted, expected …")),
    ("topic:terrorism", QT_TRANSLATE_NOOP("SearchHelpDialog", "meetings with an agenda item on a topic")),
    (
        "level:ministerial",
        QT_TRANSLATE_NOOP("SearchHelpDialog", "meetings at a level (leaders, ministerial, senior officials …)"),
    ),
    ("changed-by:anna", QT_TRANSLATE_NOOP("SearchHelpDialog", "records anna changed (imported, edited, restored)")),
    ("changed:2026-11..", QT_TRANSLATE_NOOP("SearchHelpDialog", "records changed since November 2026 (UTC)")),
    ("Маниле", QT_TRANSLATE_NOOP("SearchHelpDialog", "a Russian word in any form: also Манила, Манилы (еще: ещё)")),
    ("АРФ", QT_TRANSLATE_NOOP("SearchHelpDialog", "acronyms exactly: АРФ, never арфа (арф: either)")),
    ("country:России", QT_TRANSLATE_NOOP("SearchHelpDialog", "names and aliases in any language, in any form")),
    ("forum:ВАС city:Вьентьян", QT_TRANSLATE_NOOP("SearchHelpDialog", "records' names in other languages too")),
]


def help_rows() -> list[tuple[str, str]]:
    """Every row the help lists, in the interface's language: the grammar, then the Russian words for the fixed
    values, each in any form (type:встречи, status:проведено)."""
    rows = [(example, QCoreApplication.translate("SearchHelpDialog", meaning)) for example, meaning in HELP]
    return [*rows, *_russian("type", TYPE_WORDS), *_russian("status", STATUS_WORDS), *_russian("level", LEVEL_WORDS)]


INTRO = QT_TRANSLATE_NOOP(
    "SearchHelpDialog",
    "One search language for the search box, the command line (summitry search) and saved searches. "
    "It ignores case and accents (cafe finds café), stems English words (consultation finds "
    "consultations) and finds every form of a Russian word (Манила finds Маниле). Words next to each "
    "other must all match; field filters narrow by forum, type, place, date, status, topic or level, "
    "with their values in English or Russian, and by who changed a record and when.",
)

NOTES = QT_TRANSLATE_NOOP(
    "SearchHelpDialog",
    "Dates are uncertain, and the search respects it: a filter matches a record whose date may fall in "
    "the range. Any input is safe: a broken query is read as well as it can be, and a line under the "
    "search box says what was done. Choosing a forum, topic or country in the tree or the detail pane "
    "writes its filter into an empty search box.",
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
        self.setWindowTitle(self.tr("Search Language"))
        intro = _paragraph(self.tr(INTRO))
        self.list = QTreeWidget()
        self.list.setObjectName("searchExamples")
        self.list.setAccessibleName(self.tr("Search examples"))
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Query"), self.tr("Finds")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAllColumnsShowFocus(True)
        for example, meaning in help_rows():
            item = QTreeWidgetItem([example, meaning])
            item.setToolTip(1, meaning)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self.list.itemActivated.connect(lambda item, _column: self._choose(item))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.try_button = QPushButton(self.tr("&Try It"))
        self.try_button.setToolTip(self.tr("Put the chosen example in the search box and search"))
        self.try_button.setEnabled(False)
        buttons.addButton(self.try_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.try_button.clicked.connect(lambda: self._choose(self.list.currentItem()))
        self.list.currentItemChanged.connect(lambda current, _previous: self.try_button.setEnabled(current is not None))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(_paragraph(self.tr(NOTES)))
        layout.addWidget(buttons)
        self.resize(self._width_for_the_grammar(layout), 560)

    def _width_for_the_grammar(self, layout: QVBoxLayout) -> int:
        """640 pixels, or wider when the grammar's meanings need it (other languages say them at greater length),
        up to the screen's width. The rows of Russian words may still be cut: their tooltips hold them whole."""
        metrics = self.list.fontMetrics()
        widest = max(metrics.horizontalAdvance(QCoreApplication.translate("SearchHelpDialog", m)) for _e, m in HELP)
        margins = layout.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        around = margins.left() + margins.right() + 2 * self.list.frameWidth() + scroll_bar
        needed = self.list.columnWidth(0) + widest + around + 12  # + the item's text margins
        screen = self.screen().availableGeometry().width()
        return max(640, min(needed, screen - 40))

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
