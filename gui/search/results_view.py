"""The search results list: type icon, title, date and a snippet with the matched words highlighted.

:class:`ResultsModel` is a ``QAbstractListModel`` that holds the hits fetched so far and asks the
engine for the next page only when the view scrolls there (``canFetchMore``/``fetchMore``); the first
page arrives with the search itself, from the background thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from model.search.engine import Hit, SearchResult

ModelIndex = QModelIndex | QPersistentModelIndex
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the same role as the tree's
RECORD_TYPE_ROLE = Qt.ItemDataRole.UserRole + 2
WHEN_ROLE = Qt.ItemDataRole.UserRole + 10
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 11
HIGHLIGHTS_ROLE = Qt.ItemDataRole.UserRole + 12
TITLE_HIGHLIGHTS_ROLE = Qt.ItemDataRole.UserRole + 13
#: Results one list shows at most (further ones are reached by narrowing the query).
MAX_ROWS = 10_000
PageFetcher = Callable[[str, int], "tuple[Hit, ...]"]


def _type_icon(kind: str) -> QIcon:
    try:
        from gui.icons import icon_for  # the app's record-type icons, when the window provides them
    except ImportError:
        return QIcon()
    return icon_for(kind)


class ResultsModel(QAbstractListModel):
    """Search hits, fetched a page at a time as the view scrolls."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._total = 0
        self._query = ""
        self._fetch: PageFetcher | None = None
        self._icons: dict[str, QIcon] = {}

    def set_result(self, result: SearchResult | None, fetch: PageFetcher | None = None) -> None:
        """Show a search's first page; ``fetch(query, offset)`` gives further pages when scrolled to."""
        self.beginResetModel()
        self._hits = list(result.hits) if result else []
        self._total = min(result.total, MAX_ROWS) if result else 0
        self._query = result.query if result else ""
        self._fetch = fetch
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def total(self) -> int:
        return self._total

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._fetch is not None and len(self._hits) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        more = [h for h in self._fetch(self._query, len(self._hits)) if h]
        if not more:  # the data changed under us: stop asking
            self._total = len(self._hits)
            return
        more = more[: self._total - len(self._hits)]
        self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(more) - 1)
        self._hits.extend(more)
        self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.label or hit.title
        if role == Qt.ItemDataRole.DecorationRole:
            if hit.type not in self._icons:
                self._icons[hit.type] = _type_icon(hit.type)
            return self._icons[hit.type]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (hit.label or hit.title, f"{hit.type} · {hit.id}", hit.when, hit.snippet) if x)
        if role == RECORD_ID_ROLE:
            return hit.id
        if role == RECORD_TYPE_ROLE:
            return hit.type
        if role == WHEN_ROLE:
            return hit.when
        if role == SNIPPET_ROLE:
            return hit.snippet
        if role == HIGHLIGHTS_ROLE:
            return [list(span) for span in hit.highlights]
        if role == TITLE_HIGHLIGHTS_ROLE:
            return [list(span) for span in hit.label_highlights]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(x for x in (hit.label or hit.title, hit.type, hit.when) if x)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ResultDelegate(QStyledItemDelegate):
    """Two lines per hit: icon, bold title and date; below, the snippet; matched words on a tint."""

    PAD = 4
    ICON = 20

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        fm = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return QSize(200, fm.height() * 2 + self.PAD * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        style = opt.widget.style() if opt.widget else None  # type: ignore[attr-defined]
        painter.save()
        opt.text = ""  # type: ignore[attr-defined]
        opt.icon = QIcon()  # type: ignore[attr-defined]
        if style is not None:  # background, selection and focus as the platform draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        font = QFont(opt.font)  # type: ignore[attr-defined]
        fm = QFontMetrics(font)
        line = fm.height()
        x = rect.left() + self.PAD
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon) and not icon.isNull():
            icon.paint(painter, QRect(x, rect.top() + self.PAD, self.ICON, self.ICON))
        x += self.ICON + self.PAD
        right = rect.right() - self.PAD
        when = str(index.data(WHEN_ROLE) or "")
        when_w = fm.horizontalAdvance(when) + self.PAD if when else 0
        bold = QFont(font)
        bold.setBold(True)
        top = rect.top() + self.PAD
        self._paint_runs(
            painter,
            str(index.data() or ""),
            [tuple(s) for s in (index.data(TITLE_HIGHLIGHTS_ROLE) or [])],
            QRect(x, top, right - x - when_w, line),
            bold,
            text_colour,
            selected,
        )
        if when:
            painter.setFont(font)
            muted = QColor(text_colour)
            muted.setAlpha(170)
            painter.setPen(muted)
            painter.drawText(
                QRect(right - when_w, top, when_w, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                when,
            )
        self._paint_runs(
            painter,
            str(index.data(SNIPPET_ROLE) or ""),
            [tuple(s) for s in (index.data(HIGHLIGHTS_ROLE) or [])],
            QRect(x, top + line + self.PAD, right - x, line),
            font,
            text_colour,
            selected,
            keep_first_in_view=True,
        )
        painter.restore()

    def _paint_runs(
        self,
        painter: QPainter,
        text: str,
        spans: list[tuple[int, ...]],
        box: QRect,
        font: QFont,
        colour: QColor,
        selected: bool,
        keep_first_in_view: bool = False,
    ) -> None:
        """Draw text run by run (plain, matched, plain …) on one line, eliding at the right edge.

        Matched words are bold on a tint. With ``keep_first_in_view``, text before the first match that
        would push it past two thirds of the line is cut at the left ("…"), so the match shows.
        """
        hot_font = QFont(font)
        hot_font.setBold(True)
        runs: list[tuple[str, bool]] = []
        last = 0
        for start, end in spans:
            runs.append((text[last:start], False))
            runs.append((text[start:end], True))
            last = end
        runs.append((text[last:], False))
        if keep_first_in_view and len(runs) > 1 and runs[0][0]:
            runs[0] = (_lead_in(runs[0][0], runs[1][0], QFontMetrics(font), QFontMetrics(hot_font), box.width()), False)
        x = box.left()
        tint = QColor("#fde68a")
        for piece, hot in runs:
            if not piece:
                continue
            f = hot_font if hot else font
            fm = QFontMetrics(f)
            room = box.right() - x
            if room <= fm.horizontalAdvance("…"):
                break
            shown = fm.elidedText(piece, Qt.TextElideMode.ElideRight, room)
            width = fm.horizontalAdvance(shown)
            if hot and not selected:
                painter.fillRect(QRect(x, box.top(), width, box.height()), tint)
            painter.setFont(f)
            painter.setPen(QColor("#1f2937") if hot and not selected else colour)
            painter.drawText(QRect(x, box.top(), width + 1, box.height()), Qt.AlignmentFlag.AlignVCenter, shown)
            x += width
            if shown != piece:
                break


def _lead_in(before: str, match: str, fm: QFontMetrics, hot_fm: QFontMetrics, width: int) -> str:
    """The text before a snippet's first match, shortened from the left by whole words ("…relevant ")
    when the match would otherwise end beyond two thirds of the line."""
    if fm.horizontalAdvance(before) + hot_fm.horizontalAdvance(match) <= width * 2 // 3:
        return before
    room = width // 3
    words = before.split(" ")
    while len(words) > 1 and fm.horizontalAdvance("…" + " ".join(words)) > room:
        words.pop(0)
    kept = "…" + " ".join(words).lstrip("…")
    return kept if fm.horizontalAdvance(kept) <= room else fm.elidedText(before, Qt.TextElideMode.ElideLeft, room)


class ResultsView(QWidget):
    """The results panel: a heading with the count and the list of hits.

    Signals:
        recordActivated(str): the person chose a result (click, Enter, or moving through the list).
    """

    recordActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Type in the search box to find records."))
        self.heading.setObjectName("resultsHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.model = ResultsModel(self)
        self.list = QListView()
        self.list.setObjectName("resultsList")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._activated(cur))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def show_result(
        self, result: SearchResult | None, fetch: PageFetcher | None = None, error: str | None = None
    ) -> None:
        """Show a finished search (None with an ``error`` when it failed)."""
        self.model.set_result(result, fetch)
        if error:
            self.heading.setText(error)
        elif result is None or not result.searched:
            self.heading.setText(self.tr("Type in the search box to find records."))
        else:
            text = result.count_text
            if result.ranked_among and result.total > result.ranked_among:
                text = self.tr(
                    "{count} — ranked among the %Ln most recently added; add words to narrow", "", result.ranked_among
                ).format(count=text)
            self.heading.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            rid = index.data(RECORD_ID_ROLE)
            if rid:
                self.recordActivated.emit(str(rid))
