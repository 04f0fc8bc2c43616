"""Measuring the running app's interactions in one fresh process, for bench/run.py.

``python bench/probe_ui.py --database PATH --forum ID --meeting ID --other-meeting ID``
starts Summitry the way users do (``gui.app.start_app``), waits until it is ready, then times what a
person does: expanding the largest forum, opening a meeting in the detail pane, drawing timeline frames,
exporting one record to PDF (beside a bare QTextDocument → QPdfWriter of the same document).
Prints one JSON object on stdout; a part that is missing is reported as {"missing": reason}.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

REPEAT = 5


def median_of(fn: Callable[[], float], repeat: int = REPEAT) -> float:
    """Median of ``repeat`` measurements returned by ``fn`` (seconds), after one warm-up."""
    fn()
    return statistics.median(fn() for _ in range(repeat))


def wait_ready(app: Any, window: Any, timeout: float = 120.0) -> None:
    from bench.probe import ready_state

    end = time.perf_counter() + timeout
    while ready_state(window) is not None:
        if time.perf_counter() > end:
            raise TimeoutError(f"not ready after {timeout} s: {ready_state(window)}")
        app.processEvents()
        time.sleep(0.005)
    import gui.app

    # Measure the settled app, not its start-up: the database layer starts loading on the turn after the
    # data has painted, on a worker thread.
    started = time.perf_counter()
    while (loading := getattr(gui.app, "database_layer_loading", lambda: None)()) is None or loading.is_alive():
        if loading is None and time.perf_counter() - started > 5.0:
            break  # an app that loads nothing in the background
        if time.perf_counter() > end:
            raise TimeoutError(f"the database layer was still loading after {timeout} s")
        app.processEvents()
        time.sleep(0.005)


class _PaintCounter:
    """Counts the paint events a widget receives (an event filter kept alive by this object)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def measure_expand(app: Any, window: Any, forum: str, database: str, repeat: int = 25) -> dict[str, float]:
    """Expand the forum from scratch (its children not yet read), until the tree has painted them.

    Beside it, the view's own share ("paint"): the same first expansion of the same fresh rows, read
    just before the clock starts; and the floor: the raw SQL for those children (bench.floors), run on a
    connection of its own after the same preparation (the tree reloaded, scrolled to the forum, the
    events processed), so that it meets the caches as the tree's own read does. The three alternate, so
    all see the same machine.
    """
    from bench import floors
    from gui.browse.tree_model import ForumTreeModel

    tree, model = window.tree, window.tree_model
    paints = _PaintCounter(tree.viewport())
    con = floors.connect(database)

    def prepare() -> Any:
        model.reload()
        index = model.index_for_id(forum)  # its ancestors' pages: not part of expanding it
        tree.scrollTo(index)
        app.processEvents()
        paints.count = 0
        return index

    def expand(read_first: bool) -> float:
        index = prepare()
        if read_first:
            # The forum's first page, as expanding reads it; in the same event-loop turn, so expanding
            # then reads nothing more (one page per node per turn).
            model.rowCount(index)
        start = time.perf_counter()
        tree.expand(index)
        app.processEvents()  # the expansion's layout and its repaint
        if not paints.count:  # no paint was delivered (a hidden window): paint once, as a screen would
            tree.viewport().repaint()
        return time.perf_counter() - start

    def floor() -> float:
        prepare()
        start = time.perf_counter()
        floors.forum_children(con, forum, ForumTreeModel.PAGE)
        return time.perf_counter() - start

    try:
        expand(False)  # warm-up
        expand(True)
        floor()
        values, painting, floors_ = [], [], []
        for _ in range(repeat):
            values.append(expand(False))
            painting.append(expand(True))
            floors_.append(floor())
    finally:
        con.close()
    shown = model.rowCount(model.index_for_id(forum))
    return {
        "value": statistics.median(values),
        "paint": statistics.median(painting),
        "floor": statistics.median(floors_),
        "rows_loaded": shown,
    }


def measure_detail(app: Any, window: Any, meetings: list[str]) -> dict[str, float]:
    """Click a meeting in the tree: the detail pane shows it, painted.

    ``first`` is the first such click in the process (statements compiled, fonts looked up for the first
    time: what restoring the last record costs at start); ``value`` the median of later clicks.
    """
    model, tree = window.tree_model, window.tree
    indexes = [model.index_for_id(m) for m in meetings]
    turn = [0]

    def once() -> float:
        turn[0] += 1
        index = indexes[turn[0] % len(indexes)]
        start = time.perf_counter()
        tree.setCurrentIndex(index)
        app.processEvents()
        window.detail.repaint()
        return time.perf_counter() - start

    first = once()
    return {"value": median_of(once, 2 * REPEAT + 1), "first": first}


def measure_timeline(app: Any, window: Any, forums: list[str]) -> dict[str, float]:
    """Frame times of the timeline with the largest forums as lanes: everything visible, then zoomed in."""
    panel = window.timeline
    panel.set_forum_lanes(forums)
    view = panel.view

    def settle() -> None:
        end = time.perf_counter() + 0.4  # the panel reads events for a new range after a short delay
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    def frame() -> float:
        start = time.perf_counter()
        view.repaint()
        return time.perf_counter() - start

    view.fit()
    settle()
    everything = median_of(frame, 10)
    drawn_all = getattr(view, "drawn_count", -1)
    first, last = view.visible_range()
    middle = (first + last) / 2
    view.set_range(middle, middle + 60)
    settle()
    zoomed = median_of(frame, 10)
    return {
        "everything": everything,
        "zoomed": zoomed,
        "drawn_everything": drawn_all,
        "drawn_zoomed": getattr(view, "drawn_count", -1),
    }


def measure_pdf(window: Any, meeting: str) -> dict[str, float]:
    """export_pdf of one meeting vs a bare QTextDocument of the same HTML printed by a QPdfWriter."""
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from gui import fonts
    from gui.printing import pdf_export, pdf_html
    from model.report.briefs import read_report

    folder = Path(tempfile.mkdtemp(prefix="summitry-bench-"))
    target = folder / "brief.pdf"

    def export() -> float:
        start = time.perf_counter()
        pdf_export.export_pdf(window.database, [meeting], target)
        return time.perf_counter() - start

    content = read_report(window.database, [meeting], "", None)
    html = pdf_html.brief_html(content)
    fonts.register_fonts()
    bare = folder / "bare.pdf"

    def floor() -> float:
        start = time.perf_counter()
        writer = QPdfWriter(str(bare))
        writer.setResolution(pdf_export.RESOLUTION)
        writer.setPageLayout(pdf_export.page_layout())
        doc = QTextDocument()
        doc.setHtml(html)
        doc.print_(writer)
        del writer
        return time.perf_counter() - start

    export()
    floor()
    values, floors_ = [], []
    for _ in range(7):  # alternating, so both see the same machine; each is one short burst
        values.append(export())
        floors_.append(floor())
    return {"value": statistics.median(values), "floor": statistics.median(floors_)}


def guarded(out: dict[str, Any], key: str, fn: Callable[[], Any]) -> None:
    try:
        out[key] = fn()
    except Exception as exc:  # one part failing must not hide the others' figures
        out[key] = {"error": f"{type(exc).__name__}: {exc}"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--forum", required=True)
    parser.add_argument("--lanes", nargs="*", default=[])
    parser.add_argument("--meetings", nargs="+", required=True)
    args = parser.parse_args(argv)

    from gui.app import start_app

    app, window = start_app(args.database)
    wait_ready(app, window)
    out: dict[str, Any] = {}
    guarded(out, "expand", lambda: measure_expand(app, window, args.forum, args.database))
    guarded(out, "detail", lambda: measure_detail(app, window, args.meetings))
    guarded(out, "timeline", lambda: measure_timeline(app, window, args.lanes or [args.forum]))
    guarded(out, "pdf", lambda: measure_pdf(window, args.meetings[0]))
    print(json.dumps(out), flush=True)
    window.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
