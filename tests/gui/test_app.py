"""Start-up: the window module is light, so the window appears before the database layer is imported."""

from __future__ import annotations

import subprocess
import sys
from typing import Any


def test_window_module_does_not_import_the_database_layer() -> None:
    code = (
        "import sys; import gui.main_window; "
        "heavy = [m for m in ('sqlalchemy', 'edtf', 'model.db', 'jsonschema') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.strip() == ""


def test_run_app_shows_the_window_before_opening_the_database(qtbot: Any, monkeypatch: Any, db_path: Any) -> None:
    from PySide6.QtWidgets import QApplication

    import gui.app

    seen: dict[str, bool] = {}

    def fake_open(window: Any, database: str | None) -> bool:
        seen["visible_before_open"] = window.isVisible()
        ok = real_open(window, database)
        seen["opened"] = ok
        QApplication.instance().quit()  # type: ignore[union-attr]
        return ok

    real_open = gui.app.open_or_report
    monkeypatch.setattr(gui.app, "open_or_report", fake_open)
    assert gui.app.run_app(str(db_path)) == 0
    assert seen == {"visible_before_open": True, "opened": True}
    for w in QApplication.topLevelWidgets():
        w.close()
