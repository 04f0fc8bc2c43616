"""One fresh process measuring the desktop app's start, for bench/run.py.

``python bench/probe.py bare`` shows a bare QApplication + QMainWindow (the floor);
``python bench/probe.py app --database PATH`` starts Summitry's real start path (``gui.app.run_app``).
Both print one JSON line on stdout: wall-clock times (``time.time()``) of the first paint of the main
window and of "ready" (the tree, search and timeline usable), and the process's RSS once start-up has
settled (what the app loads in the background after ready has loaded).
The parent records ``time.time()`` just before starting the process, so start-up of Python itself counts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    """Resident set size of this process in MB, from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def ready_state(window: Any) -> str | None:
    """None when the main window is usable (tree, search, timeline); else what it is still waiting for.

    Read through the window's public hooks (gui/main_window.py): the open database, the tree model with
    its first rows, the timeline attached to the database, and the search box when the window has one.
    """
    if not hasattr(window, "tree_model"):
        return "the main window has no tree_model (gui.main_window has not landed)"
    if getattr(window, "database", None) is None:
        return "the database is not open yet"
    model = window.tree_model
    if model is None or model.rowCount() == 0:
        return "the tree has no rows yet"
    timeline = getattr(window, "timeline", None)
    if timeline is None or getattr(timeline, "_db", None) is None:
        return "the timeline has no data yet"
    search = getattr(getattr(window, "search", None), "bar", None)  # gui.search.controller's SearchBar
    if search is None or not search.isEnabled():
        return "the search box is not enabled yet"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["bare", "app"])
    parser.add_argument("--database")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    out: dict[str, Any] = {"mode": args.mode}
    app = QApplication(sys.argv[:1])

    def finish() -> None:
        out.setdefault("rss_mb", rss_mb())
        print(json.dumps(out), flush=True)
        app.exit(0)

    class FirstPaint(QObject):
        """Notes the first paint of a top-level main window, then waits for ready."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint" not in out:
                window = obj.window() if hasattr(obj, "window") else None
                if isinstance(window, QMainWindow) and window.isVisible():
                    out["first_paint"] = time.time()
                    QTimer.singleShot(0, lambda: poll(window))
            return False

    def poll(window: QMainWindow) -> None:
        if args.mode == "bare":
            out["ready"] = out["first_paint"]
            finish()
            return
        waiting = ready_state(window)
        if waiting is None:
            out["ready"] = time.time()
            settle()
        elif waiting.startswith("the main window has no"):
            out["not_ready"] = waiting
            finish()
        elif time.time() - out["first_paint"] > args.timeout:
            out["not_ready"] = f"not ready after {args.timeout} s: {waiting}"
            finish()
        else:
            QTimer.singleShot(5, lambda: poll(window))

    def settle() -> None:
        """Memory is read once start-up has settled: after what the app loads in the background."""
        import gui.app

        # The app starts loading it on the turn after the data has painted: wait for it to start, and end.
        loading = getattr(gui.app, "database_layer_loading", lambda: None)()
        pending = loading is None and time.time() - out["ready"] < 5.0
        if (pending or (loading is not None and loading.is_alive())) and time.time() - out["ready"] < args.timeout:
            QTimer.singleShot(5, settle)
            return
        out["settled"] = time.time()
        finish()

    spy = FirstPaint()
    app.installEventFilter(spy)
    QTimer.singleShot(int(args.timeout * 1000), finish)
    if args.mode == "bare":
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1200, 800)
        window.show()
        app.exec()
        return 0
    from gui.app import run_app

    return run_app(args.database)


if __name__ == "__main__":
    sys.exit(main())
