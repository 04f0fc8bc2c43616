"""The results list: a lazy list model over the engine's pages, painted with icon, date and snippet."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.search.results_view import HIGHLIGHTS_ROLE, RECORD_ID_ROLE, SNIPPET_ROLE, WHEN_ROLE, ResultsModel, ResultsView
from model.search import engine
from model.store.database import Database


def test_model_fetches_pages_as_needed(qtbot: QtBot, qtmodeltester: ModelTester, bundled_db: Database) -> None:
    query = "type:meeting|outcome|round"
    first = engine.search(bundled_db, query, limit=5)
    asked: list[int] = []

    def fetch(q: str, offset: int) -> tuple[engine.Hit, ...]:
        asked.append(offset)
        return engine.page(bundled_db, q, offset, 5)

    model = ResultsModel()
    model.set_result(first, fetch)
    assert model.rowCount() == 5
    assert model.canFetchMore()
    model.fetchMore()
    assert asked == [5]
    assert model.rowCount() == 10
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == first.total == 23
    ids = [model.index(r).data(RECORD_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    qtmodeltester.check(model)


def test_roles_carry_what_the_delegate_paints(qtbot: QtBot, bundled_db: Database) -> None:
    model = ResultsModel()
    model.set_result(engine.search(bundled_db, "consultations city:Jakarta"))
    index = model.index(0)
    assert index.data(RECORD_ID_ROLE) == "eas-security-architecture-3"
    assert index.data(WHEN_ROLE) == "Oct 2014"
    snippet = index.data(SNIPPET_ROLE)
    (start, end), *_ = index.data(HIGHLIGHTS_ROLE)
    assert snippet[start:end].lower() == "consultations"


def test_view_heading_and_activation(qtbot: QtBot, bundled_db: Database) -> None:
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    view.show_result(engine.search(bundled_db, "piracy OR terrorism"))
    assert view.heading.text() == "3 results"
    with qtbot.waitSignal(view.recordActivated, timeout=500) as blocker:
        view.list.setCurrentIndex(view.model.index(1))
    assert blocker.args == [view.model.hit(1).id]  # type: ignore[union-attr]
    view.grab()  # the delegate paints every row without error
    view.show_result(engine.search(bundled_db, "nothing-matches-this"))
    assert view.heading.text() == "No results"
    view.show_result(None, error="The search failed: database is locked")
    assert "locked" in view.heading.text()
