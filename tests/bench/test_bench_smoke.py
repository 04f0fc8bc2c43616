"""The benchmark scripts still run: generate a tiny archive and print the whole table (no timings judged).

Timings belong in bench/ (see bench/README.md); this only keeps bench/generate.py and bench/run.py from rotting.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench import generate, run
from tests import pgcluster, postgres

ROOT = Path(__file__).resolve().parents[2]


def test_generated_archive_is_the_same_every_time_and_imports(tmp_path: Path) -> None:
    first = generate.build("tiny")
    assert first == generate.build("tiny")
    assert len(first["meetings"]) == generate.SIZES["tiny"][0]
    assert len(first["forums"]) == generate.SIZES["tiny"][1]
    path = generate.ensure_archive("tiny", folder=tmp_path)
    assert json.loads(path.read_text(encoding="utf-8")) == first
    seconds = generate.import_archive(path, tmp_path / "tiny.sqlite3")
    assert seconds > 0


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_run_prints_every_metric_row(tmp_path: Path, backend: str) -> None:
    """On a file, and on the throwaway PostgreSQL server the bench starts itself (like the tests' own)."""
    if backend == "postgresql" and pgcluster.find_bindir() is None:
        if postgres.required():
            pytest.fail(f"PostgreSQL's server programs are missing and {postgres.REQUIRE} is set")
        pytest.skip("the bench on a server needs PostgreSQL's server programs (Debian: apt-get install postgresql)")
    argv = ["--size", "tiny", "--repeat", "1", "--work", str(tmp_path), "--backend", backend]
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), *argv],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    lines = done.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("metric "))
    assert ("on a PostgreSQL server" in lines[header - 1]) == (backend == "postgresql")
    for word in ("value", "floor", "ratio", "target", "pass"):
        assert word in lines[header]
    table = lines[header + 2 : header + 2 + len(run.METRICS)]
    assert [line.split(" | ")[0].strip() for line in table] == [name for name, _ in run.METRICS]
    for line in table:  # every metric measured: a bench step that broke shows as "not available" / n/a
        assert "not available" not in line, line + "\n" + done.stdout[-3000:]
        assert line.rsplit("|", 1)[1].strip() in ("yes", "NO"), line
