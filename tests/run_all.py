"""Run every check the project has: ruff, mypy, import-linter contracts, then the test suite.

``python -m tests.run_all`` is the README's test command (after installing the test extra) and what CI runs.
Extra arguments go to pytest.

The suite runs its model, import/export, report, maintenance and command-line tests on SQLite and on
PostgreSQL. When ``SUMMITRY_TEST_POSTGRESQL`` names no server, a throwaway one is started here for the run
(:mod:`tests.pgcluster`; about a second) and stopped at the end; without PostgreSQL's server programs the
PostgreSQL half is skipped, or, with ``SUMMITRY_REQUIRE_POSTGRESQL=1`` (CI), the run fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tests import pgcluster, postgres

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


def _server() -> pgcluster.Cluster | None:
    """Start a throwaway server unless one is named; None when none is needed or none can be had."""
    if postgres.server_url():
        print(f"== PostgreSQL: the server named in {postgres.ENV}", flush=True)
        return None
    if pgcluster.find_bindir() is None:
        print(f"== PostgreSQL: not found, so its half of the tests is skipped ({postgres.HOW_TO})", flush=True)
        return None
    began = time.monotonic()
    cluster = pgcluster.start()
    os.environ[postgres.ENV] = cluster.url
    print(f"== PostgreSQL: a throwaway server in {cluster.folder} ({time.monotonic() - began:.1f} s)", flush=True)
    return cluster


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for cmd in CHECKS:
        print(f"== {' '.join(cmd)}", flush=True)
        rc = subprocess.call([_tool(cmd[0]), *cmd[1:]])
        if rc:
            print(f"{' '.join(cmd)} failed (exit {rc})", flush=True)
            return rc
    try:
        cluster = _server()
    except pgcluster.ClusterError as exc:
        print(f"== PostgreSQL: the throwaway server did not start: {exc}", flush=True)
        if postgres.required():
            return 1
        cluster = None
    print("== pytest", flush=True)
    try:
        return subprocess.call([sys.executable, "-m", "pytest", "-n", "auto", "-p", "no:cacheprovider", *sys.argv[1:]])
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
