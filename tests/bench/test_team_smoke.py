"""bench/team.py still runs: a few seconds of load on a tiny archive on the test server (nothing timed is judged).

Its figures belong in bench/README.md; this keeps the script from rotting and checks what it promises besides
speed: every client's actions run without an error, and what the writers committed is in the archive.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import postgres

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def empty_server_database() -> object:
    if not postgres.server_url():
        if postgres.required():
            pytest.fail(postgres.HOW_TO + f" ({postgres.REQUIRE} is set: this run needs one)")
        pytest.skip(postgres.HOW_TO)
    url = postgres.create("none")
    yield url
    postgres.drop(url)


def test_the_team_load_runs_without_errors_and_keeps_every_write(empty_server_database: str) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "team.py"),
            *("--clients", "2", "--size", "tiny", "--seconds", "3", "--think", "0.05"),
            *("--url", empty_server_database),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=ROOT,
    )
    out = done.stdout
    assert "errors: 0" in out, out[-3000:] + done.stderr[-3000:]
    assert "all present, db check clean" in out, out[-3000:]
    rows = {line.split("|")[0].strip(): line for line in out.splitlines() if "|" in line}
    for action in ("keystroke", "detail", "import", "edit"):
        assert action in rows and "no samples" not in rows[action], out[-3000:]
