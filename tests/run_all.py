"""Run every check the project has: ruff, mypy, import-linter contracts, then the test suite.

``python -m tests.run_all`` is the README's test command (after installing the test extra) and what CI runs.
Extra arguments go to pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHECKS = [
    ["ruff", "check", "."],
    ["ruff", "format", "--check", "."],
    ["mypy"],
    ["lint-imports"],
]


def _tool(name: str) -> str:
    here = os.path.dirname(sys.executable)
    candidate = os.path.join(here, name)
    return candidate if os.path.exists(candidate) else name


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for cmd in CHECKS:
        print(f"== {' '.join(cmd)}", flush=True)
        rc = subprocess.call([_tool(cmd[0]), *cmd[1:]])
        if rc:
            print(f"{' '.join(cmd)} failed (exit {rc})", flush=True)
            return rc
    print("== pytest", flush=True)
    return subprocess.call([sys.executable, "-m", "pytest", "-n", "auto", "-p", "no:cacheprovider", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
