"""Take the README's screenshot: start Summitry as a user would, show a record, save a picture of the window.

Run under Xvfb with a fresh profile, from the repository root::

    HOME=$(mktemp -d) xvfb-run -a -s '-screen 0 1400x900x24' \\
        python docs/take_screenshot.py arf-23 docs/screenshot-main-window.png arf,eas
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer

import gui.app as app_mod


def main() -> None:
    record = sys.argv[1] if len(sys.argv) > 1 else "arf-23"
    out = sys.argv[2] if len(sys.argv) > 2 else "screenshot.png"
    lanes = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] else []
    app, window = app_mod.start_app(None)
    window.resize(1400, 900)

    def shoot() -> None:
        if window.database is None:  # still opening (first start loads the bundled dataset)
            QTimer.singleShot(300, shoot)
            return
        window.select_record(record)
        window.timeline.set_forum_lanes(lanes)
        window.timeline.view.fit()
        QTimer.singleShot(800, lambda: (window.grab().save(out), app.quit()))

    QTimer.singleShot(500, shoot)
    app.exec()


if __name__ == "__main__":
    main()
