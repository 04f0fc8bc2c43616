"""Start-up: the window module is light, so the window appears before the database layer is imported."""

from __future__ import annotations

import subprocess
import sys
from typing import Any


def test_window_module_does_not_import_the_database_layer() -> None:
    # Everything run_app needs before the window is shown: the crash handler, the single-instance
    # lock (which must find the database's path without model.db) and the window itself.
    code = (
        "import sys; import gui.app, gui.crash, gui.crashlog, gui.single_instance, gui.main_window; "
        "heavy = [m for m in ('sqlalchemy', 'edtf', 'model.db', 'jsonschema') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.strip() == ""


def test_the_window_is_shown_before_the_database_is_opened(qtbot: Any, monkeypatch: Any, db_path: Any) -> None:
    import gui.app

    seen: dict[str, bool] = {}
    real_open = gui.app.open_or_report

    def spy(window: Any, database: str | None) -> bool:
        seen["visible_before_open"] = window.isVisible()
        seen["opened"] = real_open(window, database)
        return seen["opened"]

    monkeypatch.setattr(gui.app, "open_or_report", spy)
    _app, window = gui.app.start_app(str(db_path))
    qtbot.addWidget(window)
    assert window.isVisible() and window.database is None  # painted first, data after
    qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
    assert seen == {"visible_before_open": True, "opened": True}
    assert window.current_record_id() == "asean"
    window.close()
