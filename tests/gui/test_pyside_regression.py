"""PySide6 6.12.0 crashes ("Fatal Python error: none_dealloc") after QStandardItem.appendRow with ~1,000 items.

The check runs in a child process: a crash there fails this test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import gc
    from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel

    app = QGuiApplication([])
    for rounds in range(3):
        model = QStandardItemModel()
        root = QStandardItem("forums")
        model.appendRow(root)
        for i in range(2000):
            root.appendRow([QStandardItem(f"meeting {i}"), QStandardItem(str(i))])
            model.invisibleRootItem().appendRow(QStandardItem(f"top {i}"))
        assert root.rowCount() == 2000, root.rowCount()
        assert model.rowCount() == 2001, model.rowCount()
        del root, model
        gc.collect()
    print("appended", flush=True)
    """
)


def test_append_row_with_thousands_of_items_does_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.strip() == "appended"
    assert "Fatal Python error" not in done.stderr


def test_the_installed_pyside6_is_on_the_line_that_passes() -> None:
    from importlib.metadata import version

    major, minor = (int(part) for part in version("PySide6-Essentials").split(".")[:2])
    assert (major, minor) < (6, 12), "6.12.0 crashes in appendRow; move up only to a release that passes the test above"
