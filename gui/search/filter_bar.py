"""Filter controls that write the equivalent query into the search box.

Choosing "ARF" in the Forum control turns ``piracy`` into ``piracy forum:ARF``; choosing "Any forum"
takes ``forum:ARF`` out again. The controls also follow the box: typing ``year:2014`` or
``forum:EAS`` by hand sets them, so the query and the controls never disagree. People learn the
grammar by watching the box.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QStyle, QWidget

from model.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from model.search.choices import Choice, FilterChoices

#: Each control's first choice, and its name for screen readers (translated where shown).
_ANY = {
    "forum": QT_TRANSLATE_NOOP("FilterBar", "Any forum"),
    "type": QT_TRANSLATE_NOOP("FilterBar", "Any type"),
    "country": QT_TRANSLATE_NOOP("FilterBar", "Any country"),
    "status": QT_TRANSLATE_NOOP("FilterBar", "Any status"),
    "topic": QT_TRANSLATE_NOOP("FilterBar", "Any topic"),
}
_FILTER_BY = {
    "forum": QT_TRANSLATE_NOOP("FilterBar", "Filter by forum"),
    "type": QT_TRANSLATE_NOOP("FilterBar", "Filter by type"),
    "country": QT_TRANSLATE_NOOP("FilterBar", "Filter by country"),
    "status": QT_TRANSLATE_NOOP("FilterBar", "Filter by status"),
    "topic": QT_TRANSLATE_NOOP("FilterBar", "Filter by topic"),
}


class FilterBar(QWidget):
    """Combo boxes for forum, type, country, status and topic, and a date range.

    Signals:
        queryEdited(str): the query with the changed filter, to put in the search box.
    """

    queryEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._syncing = False
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name in ("forum", "type", "country", "status", "topic"):
            combo = QComboBox()
            combo.setObjectName(f"filter_{name}")
            combo.setAccessibleName(self.tr(_FILTER_BY[name]))
            # At least eight characters wide; wider, up to its longest choice, when the bar has room.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.addItem(self.tr(_ANY[name]), None)
            combo.activated.connect(lambda _i, n=name: self._combo_changed(n))
            combo.currentIndexChanged.connect(lambda _i, c=combo: c.setToolTip(c.currentText()))
            self.combos[name] = combo
            layout.addWidget(combo, 1)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        self.date_from.setPlaceholderText(self.tr("From: {example}").format(example="2013-11"))
        self.date_to.setPlaceholderText(self.tr("To: {example}").format(example="2016-06"))
        self.date_from.setAccessibleName(self.tr("Dates from"))
        self.date_to.setAccessibleName(self.tr("Dates to"))
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(_date_width(edit))
            edit.editingFinished.connect(self._dates_changed)
        self.date_from.setToolTip(self.tr("Dates from (2014, 2013-11 or 2013-11-14); writes date:FROM..TO"))
        self.date_to.setToolTip(self.tr("Dates to (2016, 2016-06 or 2016-06-30); writes date:FROM..TO"))
        dates_label = QLabel(self.tr("Dates"))
        dates_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(dates_label)
        layout.addWidget(self.date_from)
        layout.addWidget(self.date_to)
        layout.addStretch(0)  # what the combos, at their widest, leave
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # the toolbar's whole width

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the controls with the database's forums, countries, statuses and topics."""
        lists: dict[str, tuple[Choice, ...]] = {
            "forum": choices.forums,
            "type": choices.types,
            "country": choices.countries,
            "status": choices.statuses,
            "topic": choices.topics,
        }
        for name, items in lists.items():
            combo = self.combos[name]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr(_ANY[name]), None)
            for c in items:
                combo.addItem(c.label, c.value)
                combo.setItemData(combo.count() - 1, c.label, Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
            _fit_to_choices(combo)
        self.sync_from_query(self._query)

    def sync_from_query(self, query: str) -> None:
        """Set the controls to what the query says (the person typed or pasted it)."""
        self._query = query
        self._syncing = True
        field_value = _parser().field_value if query.strip() else _no_value  # a start shows an empty query
        try:
            for name, combo in self.combos.items():
                value = field_value(query, name)
                row = 0
                if value is not None:
                    found = [i for i in range(1, combo.count()) if _same(combo.itemData(i), value)]
                    row = found[0] if found else 0
                combo.setCurrentIndex(row)
            value = field_value(query, "date") or ""
            first, sep, last = value.partition("..")
            self.date_from.setText(first)
            self.date_to.setText(last if sep else first)
        finally:
            self._syncing = False

    def _combo_changed(self, name: str) -> None:
        if self._syncing:
            return
        value = self.combos[name].currentData()
        self._emit(_parser().with_field(self._query, name, str(value) if value else None))

    def _dates_changed(self) -> None:
        if self._syncing:
            return
        first, last = self.date_from.text().strip(), self.date_to.text().strip()
        value = f"{first}..{last}" if (first or last) and first != last else first
        from model.search.fields import date_range

        if value and date_range(value) is None:
            self.date_from.setToolTip(self.tr("Not a date the search understands: write 2014, 2013-11 or 2013-11-14."))
        current = _parser().field_value(self._query, "date") or ""
        if value != current:
            self._emit(_parser().with_field(self._query, "date", value or None))

    def _emit(self, query: str) -> None:
        self._query = query
        self.queryEdited.emit(query)


def _parser() -> ModuleType:
    """The search language's grammar, loaded with the first query rather than with the window."""
    from model.search import parser

    return parser


def _no_value(_query: str, _name: str) -> None:
    """What an empty query says of any field: nothing."""
    return None


def _date_width(edit: QLineEdit) -> int:
    """Room for the placeholder ("From: 2013-11", longer in other languages) or a whole day typed in it, at
    least the 110 pixels the bar always gave (a wider one would take the combos' room)."""
    metrics = edit.fontMetrics()
    text = max(metrics.horizontalAdvance(edit.placeholderText()), metrics.horizontalAdvance("2013-11-14"))
    return max(110, text + 16)  # + frame and margins


def _fit_to_choices(combo: QComboBox) -> None:
    """Let the list show every choice whole, and the box grow (when there is room) to its longest one."""
    metrics = combo.view().fontMetrics()
    longest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    scroll_bar = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    combo.view().setMinimumWidth(longest + scroll_bar + 16)
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ComboBoxFrameWidth) * 2 + 40  # frame, arrow, margins
    combo.setMaximumWidth(max(longest + arrow, combo.minimumSizeHint().width()))


def _same(stored: object, typed: str) -> bool:
    from model.search.fields import names_match

    return isinstance(stored, str) and names_match(stored, typed)
