"""Start-up: the window module is light, so the window appears before the database layer is imported."""

from __future__ import annotations

import subprocess
import sys
from typing import Any


def test_window_module_does_not_import_the_database_layer() -> None:
    # Everything run_app loads before the window is shown: the fault log, the single-instance lock (which
    # must find the database's path without model.store.opening, and needs no QtNetwork until the socket opens after
    # the first paint) and the window's shell. The crash dialog, the panes and the tree come after; so do
    # the Qt namespace and the widget classes only the built window uses (PySide6 makes a class when it
    # is first named, and making them costs more than the bare window's first paint).
    code = (
        "import sys; import gui.app, gui.crashlog, gui.single_instance, gui.main_window; "
        "heavy = [m for m in ('sqlalchemy', 'edtf', 'model.store.opening', 'jsonschema', 'PySide6.QtNetwork', "
        "'gui.crash', 'gui.browse.detail_view', 'gui.timeline.panel', 'gui.browse.tree_model') if m in sys.modules]; "
        "from PySide6 import QtCore, QtWidgets; "
        "heavy += [n for n in ('Qt', 'QTimer', 'QThread') if n in vars(QtCore)]; "
        "heavy += [n for n in ('QSplitter', 'QDockWidget', 'QLabel', 'QInputDialog') if n in vars(QtWidgets)]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.strip() == ""


def test_the_first_screen_loads_no_record_editor_search_highlighting_or_data_file_reader(
    bundled_db: Any, db_target: str
) -> None:
    bundled_db.close()  # an archive with its data: a first start's dataset load would index it, folding text
    # The record editor and the search's highlighting load when first used (gui.editing.controller,
    # gui.window_search), the data-file reader when the bundled dataset must be loaded (model.interchange.
    # bundled); before, every start paid for them before its first screen with data.
    code = (
        "import sys, gui.app\n"
        "from PySide6.QtCore import QTimer\n"
        "app, window = gui.app.start_app(sys.argv[1])\n"
        "def check():\n"
        "    if window.database is None or window.tree_model is None or not window.search.bar.isEnabled():\n"
        "        QTimer.singleShot(10, check); return\n"
        "    names = ('gui.editing.editor_window', 'gui.editing.record_form', 'model.search.highlight',\n"
        "             'model.text.normalize', 'model.interchange.dataload')\n"
        "    print('loaded:' + ','.join(m for m in names if m in sys.modules), flush=True)\n"
        "    window.close(); app.exit(0)\n"
        "QTimer.singleShot(10, check)\n"
        "app.exec()\n"
    )
    out = subprocess.run([sys.executable, "-c", code, db_target], capture_output=True, text=True, timeout=120)
    assert "loaded:" in out.stdout, out.stderr[-2000:]
    assert out.stdout.split("loaded:")[1].strip() == ""


def test_the_window_is_shown_before_the_database_is_opened(qtbot: Any, monkeypatch: Any, db_path: Any) -> None:
    import gui.app

    seen: dict[str, bool] = {}
    real_open = gui.app.open_or_report

    def spy(window: Any, database: str | None, *more: Any, **named: Any) -> bool:
        seen["visible_before_open"] = window.isVisible()
        seen["opened"] = real_open(window, database, *more, **named)
        return seen["opened"]

    monkeypatch.setattr(gui.app, "open_or_report", spy)
    _app, window = gui.app.start_app(str(db_path))
    qtbot.addWidget(window)
    assert window.isVisible() and window.database is None  # painted first, data after
    qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
    assert seen == {"visible_before_open": True, "opened": True}
    assert window.current_record_id() == "asean"
    window.close()


def test_the_shell_paints_first_and_is_built_before_the_database_opens(
    qtbot: Any, monkeypatch: Any, db_path: Any
) -> None:
    import gui.app

    seen: dict[str, bool] = {}
    real_open = gui.app.open_or_report

    def spy(window: Any, database: str | None, *more: Any, **named: Any) -> bool:
        seen["built_before_open"] = window.is_built()
        return real_open(window, database, *more, **named)

    monkeypatch.setattr(gui.app, "open_or_report", spy)
    _app, window = gui.app.start_app(str(db_path))
    qtbot.addWidget(window)
    assert window.isVisible() and not window.is_built()  # the shell: no panes, menus or docks yet
    assert window.menuBar().actions() == []
    qtbot.waitUntil(lambda: window.is_built() and window.tree.isVisible(), timeout=30000)
    assert window.file_menu.title() == "&File"
    qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
    assert seen == {"built_before_open": True}
    window.close()


def test_a_shell_closed_before_it_is_built_keeps_where_it_was(qtbot: Any) -> None:
    from gui import settings
    from gui.main_window import MainWindow

    window = MainWindow(build=False)
    qtbot.addWidget(window)
    window.setGeometry(20, 40, 640, 420)
    window.show()
    qtbot.waitExposed(window)
    window.close()  # before build(): only the geometry is saved, nothing else is touched
    again = MainWindow(build=False)
    qtbot.addWidget(again)
    assert again.geometry().size() == window.geometry().size()
    assert settings.open_settings().value("window/state") is None


def test_the_window_and_the_tree_agree_on_the_record_id_role() -> None:
    import gui.browse.tree_model
    import gui.main_window

    assert gui.main_window.RECORD_ID_ROLE == gui.browse.tree_model.RECORD_ID_ROLE


def test_start_up_pauses_the_garbage_collector_only_until_the_database_is_open(qtbot: Any, db_path: Any) -> None:
    import gc

    import gui.app

    assert gc.isenabled()
    _app, window = gui.app.start_app(str(db_path))
    qtbot.addWidget(window)
    assert not gc.isenabled()  # start-up makes objects that live as long as the app: nothing to collect
    qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
    qtbot.waitUntil(gc.isenabled, timeout=5000)  # back on once the data shows, for the rest of the session
    window.close()


def test_a_window_closed_during_start_up_turns_the_garbage_collector_back_on(qtbot: Any, db_path: Any) -> None:
    import gc

    import gui.app

    _app, window = gui.app.start_app(str(db_path))
    assert not gc.isenabled()
    window.deleteLater()
    qtbot.waitUntil(gc.isenabled, timeout=5000)


_FIRST_SCREEN = """
import sys
import gui.app
gui.app.load_database_layer = lambda done=None: None  # keep it out, to see what the first screen needed
from PySide6.QtCore import QTimer
app, window = gui.app.start_app(sys.argv[1])
def check():
    if window.database is None or not window.detail.toPlainText().strip():
        QTimer.singleShot(10, check)
        return
    print(window.current_record_id(), window.tree_model.rowCount(), window.search.bar.isEnabled(),
          len(window.timeline.view.event_ids()), 'sqlalchemy' in sys.modules)
    app.quit()
QTimer.singleShot(10, check)
QTimer.singleShot(30000, app.quit)
app.exec()
"""


def _first_screen(target: str) -> tuple[str, int, bool, int, bool]:
    """Start the app on ``target`` in a fresh process, without the database layer's background load; once the
    first record shows: its id, the tree's rows, whether search is enabled, the timeline's events, and
    whether SQLAlchemy was imported."""
    cmd = [sys.executable, "-c", _FIRST_SCREEN, target]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=".")
    record, rows, searchable, events, loaded = out.stdout.split()
    return record, int(rows), searchable == "True", int(events), loaded == "True"


def test_the_first_screen_shows_before_sqlalchemy_is_imported(bundled_db: Any) -> None:
    # SQLAlchemy takes longer to import than the whole window takes to appear: the tree, the timeline, the
    # search box and the first record read SQLite without it (model.store.sqlrun), and it loads afterwards.
    path = str(bundled_db.path)
    bundled_db.close()
    record, rows, searchable, events, loaded = _first_screen(path)
    assert record == "asean" and rows >= 5 and searchable and events > 0
    assert not loaded, "the first screen imported SQLAlchemy"


def test_the_first_screen_of_a_server_archive_shows_before_sqlalchemy_is_imported(server: Any) -> None:
    # The same for an archive on a server: its reads go straight to psycopg (model.store.server_reads).
    record, rows, searchable, events, loaded = _first_screen(server.new_target("bundled"))
    assert record == "asean" and rows >= 5 and searchable and events > 0
    assert not loaded, "the first screen of a server archive imported SQLAlchemy"


def test_the_database_layer_loads_in_the_background_after_start_up() -> None:
    # Writing, printing and restoring need SQLAlchemy and their modules: loaded on a worker after the first
    # screen, so the first import, brief or restore does not wait for them.
    code = (
        "import sys, gui.app; gui.app.load_database_layer().join(); "
        "print(' '.join(m for m in ('sqlalchemy.orm', 'model.store.schema', 'model.report.briefs', "
        "'model.store.backup', 'model.store.recovery') if m not in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.strip() == "", f"not loaded: {out.stdout.strip()}"


_MODULES = {
    "snake_mod": (
        "from __feature__ import snake_case  # noqa: F401\n"
        "from PySide6.QtCore import QObject\n"
        "def name_it(text):\n"
        "    o = QObject(); o.set_object_name(text); return o.object_name()\n"
    ),
    "camel_mod": (
        "from PySide6.QtCore import QObject\n"
        "def name_it(text):\n"
        "    o = QObject(); o.setObjectName(text); return o.objectName()\n"
    ),
}


def test_pyside_still_tells_modules_that_use_it_once_its_import_check_is_quickened(tmp_path: Any) -> None:
    # gui.app.quicken_import_hook answers PySide6's "does this module use PySide6?" from the file's bytes instead
    # of inspect.getsource. The answer must stay right: a module with Qt's usual names keeps them after another
    # module switched itself to snake_case (answered wrongly, setObjectName would vanish for it too).
    for name, source in _MODULES.items():
        (tmp_path / f"{name}.py").write_text(source)
    code = (
        f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import PySide6.QtCore, gui.app; "
        "print(gui.app.quicken_import_hook(), gui.app.quicken_import_hook(), end=' '); "
        "import snake_mod, camel_mod; print(snake_mod.name_it('snake'), camel_mod.name_it('camel'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.split() == ["True", "True", "snake", "camel"]


def test_the_quickened_import_check_answers_as_pyside_does_for_python_and_the_libraries() -> None:
    # Python's own modules are answered "no" without reading them; anything else is read. The answers must be
    # PySide6's own, module by module: Python's library, a library in site-packages, Summitry's window.
    code = (
        "import sys, PySide6.QtCore, gui.app; "
        "feature = sys.modules.get('PySide6.support.feature') or sys.modules['shibokensupport.feature']; "
        "original = feature._mod_uses_pyside; gui.app.quicken_import_hook(); quick = feature._mod_uses_pyside; "
        "import json, email.message, asyncio, sqlite3, jsonschema, gui.main_window, model.records.views; "
        "mods = [json, email.message, asyncio, sqlite3, jsonschema, gui.main_window, model.records.views]; "
        "print(quick is not original, [bool(quick(m)) for m in mods] == [bool(original(m)) for m in mods], "
        "[bool(quick(m)) for m in mods])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.strip().split(maxsplit=2) == ["True", "True", "[False, False, False, False, False, True, False]"]
