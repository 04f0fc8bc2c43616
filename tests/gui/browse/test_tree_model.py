"""The lazy tree model: Qt's model contract, paging, narrowing to search results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QTreeView

from gui.browse.tree_model import RECORD_ID_ROLE, ForumTreeModel
from model.interchange import importer
from tests.model.reads.test_queries import big_forum


def _fetch_all(model: ForumTreeModel, parent: QModelIndex = QModelIndex(), depth: int = 4) -> None:
    """Read every row down to ``depth`` levels, a page per event-loop turn, as scrolling to the end would."""
    while model.canFetchMore(parent) or model._fetched_this_turn:
        QCoreApplication.processEvents()
        if model.canFetchMore(parent):
            model.fetchMore(parent)
    if depth:
        for row in range(model.rowCount(parent)):
            _fetch_all(model, model.index(row, 0, parent), depth - 1)


def _ids(model: ForumTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    return [model.index(r, 0, parent).data(RECORD_ID_ROLE) for r in range(model.rowCount(parent))]


def test_model_contract_on_bundled_data(qapp: Any, qtmodeltester: Any, bundled_db: Any) -> None:
    model = ForumTreeModel(bundled_db)
    _fetch_all(model)
    qtmodeltester.check(model, force_py=True)


def test_rows_show_title_date_icon_and_scheduled_mark(qapp: Any, bundled_db: Any) -> None:
    model = ForumTreeModel(bundled_db)
    index = model.index_for_id("eas-11")
    assert index.data() == "11th East Asia Summit"
    assert model.index(index.row(), 1, index.parent()).data() == "8 Sep 2016 (scheduled)"
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    held = model.index_for_id("eas-5")
    assert model.index(held.row(), 1, held.parent()).data() == "Oct 2010"
    assert held.data(Qt.ItemDataRole.FontRole) is None


def test_children_load_a_page_at_a_time(qapp: Any, qtmodeltester: Any, empty_db: Any) -> None:
    importer.import_data(empty_db, big_forum(1000), "big")
    model = ForumTreeModel(empty_db)
    forum = model.index(0, 0)
    assert forum.data(RECORD_ID_ROLE) == "big"
    big = model._nodes[forum.internalId()]
    assert model.hasChildren(forum) and big.total is None and not big.children  # nothing read yet
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    assert model.rowCount(forum) == ForumTreeModel.PAGE  # the first page comes with the first count
    assert inserted == []  # ... as rows that were always there, not an insertion a view must lay out again
    assert not model.canFetchMore(forum)  # one page per event-loop turn
    QCoreApplication.processEvents()
    assert model.canFetchMore(forum)
    _fetch_all(model, forum, 0)
    assert model.rowCount(forum) == 1000 and inserted[0] == (100, 199)
    assert not model.canFetchMore(forum)
    qtmodeltester.check(model, force_py=True)


def test_expanding_a_large_forum_reads_one_page_and_scrolling_to_its_end_reads_the_next(
    qtbot: Any, empty_db: Any
) -> None:
    importer.import_data(empty_db, big_forum(1000), "big")
    model = ForumTreeModel(empty_db)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(400, 600)
    view.show()
    qtbot.waitExposed(view)
    QCoreApplication.processEvents()
    forum = model.index(0, 0)
    view.expand(forum)  # QTreeView asks for more three times here; a screen shows far fewer than a page
    assert model.rowCount(forum) == ForumTreeModel.PAGE
    QCoreApplication.processEvents()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount(forum) == 2 * ForumTreeModel.PAGE)


def test_index_for_id_loads_only_up_to_the_record(qapp: Any, empty_db: Any) -> None:
    importer.import_data(empty_db, big_forum(1000), "big")
    model = ForumTreeModel(empty_db)
    index = model.index_for_id("big-00450")
    assert index.isValid() and index.row() == 450
    assert model.rowCount(index.parent()) < 1000


def test_set_visible_ids_narrows_to_records_and_ancestors(qapp: Any, qtmodeltester: Any, bundled_db: Any) -> None:
    model = ForumTreeModel(bundled_db)
    model.set_visible_ids({"eas-security-architecture-3", "arf-23", "russia"})
    _fetch_all(model)
    assert _ids(model) == ["asean", "@countries"]
    asean = model.index(0, 0)
    assert _ids(model, asean) == ["arf", "eas"]
    eas = model.index(1, 0, asean)
    assert _ids(model, eas) == ["eas-security-architecture"]
    assert _ids(model, model.index(0, 0, eas)) == ["eas-security-architecture-3"]
    assert not model.hasChildren(model.index_for_id("arf-23"))  # its outcomes are not in the set
    qtmodeltester.check(model, force_py=True)


def test_set_visible_ids_none_shows_everything_again(qapp: Any, bundled_db: Any) -> None:
    # (Not under qtmodeltester: its own re-check on modelReset fetches rows before it clears its reset flag.)
    model = ForumTreeModel(bundled_db)
    model.set_visible_ids({"arf-23"})
    _fetch_all(model)
    assert _ids(model) == ["asean"]
    model.set_visible_ids(None)
    _fetch_all(model, depth=0)
    assert "@sources" in _ids(model)


def test_set_visible_ids_with_nothing_found_shows_an_empty_tree(qapp: Any, bundled_db: Any) -> None:
    model = ForumTreeModel(bundled_db)
    model.set_visible_ids(set())
    _fetch_all(model)
    assert model.rowCount() == 0
