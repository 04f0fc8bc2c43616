"""The ``summitry`` entry point: the desktop app with no command, headless commands otherwise.

Headless commands never import Qt except PDF export, which renders with Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from model import commands

    parser = commands.build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from gui.app import run_app

        return run_app(args.database)
    return commands.run(args, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
