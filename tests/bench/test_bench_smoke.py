"""The benchmark scripts still run: generate a tiny archive and print the whole table (no timings judged).

Timings belong in bench/ (see bench/README.md); this only keeps bench/generate.py and bench/run.py from rotting.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench import generate, run

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


def test_run_prints_every_metric_row(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--size", "tiny", "--repeat", "1", "--work", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    lines = done.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("metric "))
    for word in ("value", "floor", "ratio", "target", "pass"):
        assert word in lines[header]
    table = lines[header + 2 : header + 2 + len(run.METRICS)]
    assert [line.split(" | ")[0].strip() for line in table] == [name for name, _ in run.METRICS]
    for line in table:  # every metric measured: a bench step that broke shows as "not available" / n/a
        assert "not available" not in line, line + "\n" + done.stdout[-3000:]
        assert line.rsplit("|", 1)[1].strip() in ("yes", "NO"), line
