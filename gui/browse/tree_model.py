"""The forum/meeting tree as a lazy ``QAbstractItemModel`` over :mod:`model.reads.queries`.

Children are listed a page at a time through ``canFetchMore``/``fetchMore``,
so expanding a forum with thousands of meetings reads one page, and nothing
proportional to the archive happens until someone scrolls there.
:meth:`ForumTreeModel.set_visible_ids` narrows the tree to some records and
their ancestors (used by search).
"""

from __future__ import annotations

from itertools import count
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont

from gui.icons import icon_for
from model import i18n
from model.i18n import QT_TRANSLATE_NOOP
from model.reads import queries
from model.store.database import Database

ModelIndex = QModelIndex | QPersistentModelIndex
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_TYPE_ROLE = Qt.ItemDataRole.UserRole + 2
_HEADERS = (QT_TRANSLATE_NOOP("ForumTreeModel", "Title"), QT_TRANSLATE_NOOP("ForumTreeModel", "Date"))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_RECORD_ID = int(RECORD_ID_ROLE)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SERVED = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _FONT, _FOREGROUND, _RECORD_ID, int(RECORD_TYPE_ROLE)})


class _Node:
    """A loaded tree node: its data, its parent and the children read so far."""

    __slots__ = ("by_id", "children", "counts", "data", "key", "parent", "row", "total")

    def __init__(self, key: int, data: queries.TreeNode | None, parent: _Node | None, row: int) -> None:
        self.key = key
        self.data = data
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []
        self.by_id: dict[str, _Node] = {}
        self.total: int | None = None  # unknown until first asked
        self.counts: tuple[int, ...] | None = None  # children per run of the tree order, once counted

    @property
    def record_id(self) -> str | None:
        return self.data.id if self.data else None


class ForumTreeModel(QAbstractItemModel):
    """Forums, their sub-forums, processes and meetings, rounds and outcomes, plus group nodes.

    Column 0 is the title with the record-type icon; column 1 the date in human
    form. ``RECORD_ID_ROLE`` gives a row's record id (group ids start with "@").
    """

    PAGE = 100

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._keys = count(1)
        self._nodes: dict[int, _Node] = {}
        self._visible: dict[str | None, list[str]] | None = None
        self._fetched_this_turn: set[int] = set()
        self._root = self._new(None, None, 0)

    # --- public API ------------------------------------------------------------------------------------

    def set_visible_ids(self, ids: set[str] | None) -> None:
        """Show only ``ids`` and their ancestors; ``None`` shows everything again.

        The cost follows the number of ids given, not the size of the database.
        Ids that are not in the database are ignored.
        """
        self.beginResetModel()
        if ids is None:
            self._visible = None
        else:
            with self._db.reader() as conn:
                paths = queries.tree_paths(conn, sorted(ids))
            kids: dict[str | None, list[str]] = {}
            seen: set[str] = set()
            for rid, path in paths.items():
                chain: list[str | None] = [None, *path]
                for parent, child in zip(chain, [*path, rid], strict=True):
                    if child not in seen:
                        seen.add(child)
                        kids.setdefault(parent, []).append(child)
            self._visible = kids
        self._nodes.clear()
        self._root = self._new(None, None, 0)
        self.endResetModel()

    def is_filtered(self) -> bool:
        return self._visible is not None

    def reload(self) -> None:
        """Forget everything loaded (after an import), keeping any filter."""
        self.beginResetModel()
        self._nodes.clear()
        self._root = self._new(None, None, 0)
        self.endResetModel()

    def index_for_id(self, rid: str) -> QModelIndex:
        """The index of a record, loading the pages on its path; invalid when it is not in the tree."""
        with self._db.reader() as conn:
            path = queries.tree_paths(conn, [rid]).get(rid)
            if path is None:
                return QModelIndex()
            node = self._root
            for step in [*path, rid]:
                child = self._load_until(conn, node, step)
                if child is None:
                    return QModelIndex()
                node = child
        return self.createIndex(node.row, 0, node.key)

    def node_at(self, index: ModelIndex) -> queries.TreeNode | None:
        node = self._node(index)
        return node.data if node is not self._root else None

    # --- Qt overrides ----------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(_HEADERS) or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if node.total is None:
            self._first_page(node)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].key)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._nodes.get(index.internalId())
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.key)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        if node.total is None:
            self._first_page(node)
        return len(node.children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return len(_HEADERS)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.total is not None:
            return node.total > 0
        return self._may_have_children(node)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.key in self._fetched_this_turn:
            # QTreeView.expand asks for more three times in a row, before it has laid out or painted
            # anything: one page (more rows than any screen shows) per node per event-loop turn. Scrolling
            # to the last row read asks again on a later turn.
            return False
        if node.total is None:
            return False  # the first page comes with the first rowCount, without an insertion
        return len(node.children) < node.total

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() and parent.column() != 0:
            return
        node = self._node(parent)
        self._throttle(node)
        with self._db.reader() as conn:
            self._fetch_page(conn, node, parent)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for a dozen roles per visible cell on every paint; compare plain ints (a PySide6 enum
        # comparison costs ~10x more) and answer the roles this model does not serve first.
        role = int(role)
        if role not in _SERVED or not index.isValid():
            return None
        node = self._nodes.get(index.internalId())
        if node is None or node.data is None:
            return None
        item = node.data
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return item.label
            text = item.date_human
            if item.not_held:
                text = f"{text} ({item.status_word})" if text else item.status_word
            return text
        if role == _DECORATION:
            return icon_for(item.type, item.not_held) if col == 0 else None
        if role == _TOOLTIP:
            return _tooltip(item)
        if role == _FONT:
            if not item.not_held:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if role == _FOREGROUND:
            return QColor("#6b6b6b") if item.not_held else None
        if role == _RECORD_ID:
            return item.id
        return item.type  # RECORD_TYPE_ROLE

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return self.tr(_HEADERS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        # Asked for every row whenever the view lays out: a constant, not two enum operations per call.
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    # --- internals -------------------------------------------------------------------------------------

    def _new(self, data: queries.TreeNode | None, parent: _Node | None, row: int) -> _Node:
        node = _Node(next(self._keys), data, parent, row)
        self._nodes[node.key] = node
        return node

    def _node(self, index: ModelIndex) -> _Node:
        if not index.isValid():
            return self._root
        return self._nodes.get(index.internalId(), self._root)

    def _index_of(self, node: _Node) -> QModelIndex:
        return QModelIndex() if node is self._root else self.createIndex(node.row, 0, node.key)

    def _throttle(self, node: _Node) -> None:
        if not self._fetched_this_turn:
            QTimer.singleShot(0, self, self._fetched_this_turn.clear)
        self._fetched_this_turn.add(node.key)

    def _first_page(self, node: _Node, session: Any = None) -> None:
        """Count ``node``'s children and read their first page, before any view has seen its row count.

        The rows are simply there at the first ``rowCount``: no insertion is signalled. (Inserting them
        while QTreeView expands the node made it lay out the whole tree again on the next turn.)
        """
        if not self._may_have_children(node):
            node.total = 0
            return
        if session is None:
            with self._db.reader() as own:
                self._first_page(node, own)
            return
        rid = node.record_id
        if self._visible is not None:
            page = queries.nodes_in_order(session, rid, self._visible.get(rid, []), i18n.language())
            node.total = len(page)
        elif node is self._root:
            node.total = queries.child_count(session, rid)
            page = queries.children(session, rid, 0, self.PAGE, lang=i18n.language()) if node.total else []
        else:
            node.counts = queries.section_counts(session, rid, self._kind(node))
            node.total = sum(node.counts)
            page = (
                queries.children(session, rid, 0, self.PAGE, self._kind(node), node.counts, i18n.language())
                if node.total
                else []
            )
        for i, item in enumerate(page):
            child = self._new(item, node, i)
            node.children.append(child)
            node.by_id[item.id] = child
        self._throttle(node)

    def _may_have_children(self, node: _Node) -> bool:
        """What is known without counting: the row's own flag, or the filter's list."""
        if node is self._root:
            return True
        if self._visible is not None:
            return bool(self._visible.get(node.record_id))
        return bool(node.data and node.data.has_children)

    def _fetch_page(self, session: Any, node: _Node, parent: ModelIndex) -> int:
        """Append the next page of ``node``'s children (signalled as an insertion); returns how many."""
        if node.total is None:
            self._first_page(node, session)
            return len(node.children)
        rid = node.record_id
        if self._visible is not None:
            page: list[queries.TreeNode] = []
        else:
            page = queries.children(
                session, rid, len(node.children), self.PAGE, self._kind(node), node.counts, i18n.language()
            )
        if not page:
            node.total = len(node.children)
            return 0
        first = len(node.children)
        self.beginInsertRows(parent, first, first + len(page) - 1)
        for i, item in enumerate(page):
            child = self._new(item, node, first + i)
            node.children.append(child)
            node.by_id[item.id] = child
        self.endInsertRows()
        return len(page)

    @staticmethod
    def _kind(node: _Node) -> str | None:
        """The record type of a record node (saves a lookup per page); None for the root and groups."""
        return node.data.type if node.data is not None and node.data.type != "group" else None

    def _load_until(self, session: Any, node: _Node, rid: str) -> _Node | None:
        if rid in node.by_id:
            return node.by_id[rid]
        if node.total is None:
            self._first_page(node, session)
            if rid in node.by_id:
                return node.by_id[rid]
        if self._visible is None:
            position = queries.child_position(session, node.record_id, rid, self._kind(node), i18n.language())
            if position is None:
                return None
            while len(node.children) <= position:
                if not self._fetch_page(session, node, self._index_of(node)):
                    break
        else:
            while rid not in node.by_id and (node.total is None or len(node.children) < node.total):
                if not self._fetch_page(session, node, self._index_of(node)):
                    break
        return node.by_id.get(rid)


def _tooltip(item: queries.TreeNode) -> str:
    parts = [item.label]
    if item.date:
        parts.append(item.date_human)
    if item.status:
        parts.append(item.status_word)
    if not item.id.startswith("@"):
        parts.append(QCoreApplication.translate("ForumTreeModel", "id {id}").format(id=item.id))
    return " · ".join(parts)
