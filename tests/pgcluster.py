"""A throwaway PostgreSQL server for the tests (and the benchmark): started in about a second, gone on exit.

``python -m tests.run_all`` starts one when ``SUMMITRY_TEST_POSTGRESQL`` names no server and PostgreSQL's server
programs are installed (Debian's ``postgresql`` package: ``/usr/lib/postgresql/*/bin``), and stops it when
the tests end. The cluster lives in a temporary folder: ``initdb`` into it, a unix socket in it and no TCP
port (so it never meets another server), ``fsync`` off (nothing in it needs to survive a crash). ``initdb``
and ``pg_ctl`` refuse to run as root, so as root they run as the ``postgres`` user, which then owns the folder.

Its only login with rights is ``postgres`` (trusted on the socket: it makes the tests' databases); every other
role must give its password (``scram-sha-256``), so the tests can see a wrong one refused. Databases sort text
with ICU's English collation, as a typical server does, so an order that only holds under byte order shows.

Standard library only: the benchmark uses it too, and it runs before anything is installed.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: Where a Debian/Ubuntu package puts each major version's server programs.
DEBIAN_BINDIRS = "/usr/lib/postgresql/*/bin"
#: The superuser of the throwaway cluster (also the operating system user that runs it when we are root).
SUPERUSER = "postgres"
HBA = """# Written by tests/pgcluster.py: the superuser is trusted on the socket; everyone else gives a password.
local all postgres trust
local all all scram-sha-256
"""


class ClusterError(Exception):
    """The throwaway server could not be started; the message says why."""


def find_bindir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: ``$SUMMITRY_PG_BINDIR``, the newest Debian version, or the PATH."""
    candidates: list[Path] = []
    if os.environ.get("SUMMITRY_PG_BINDIR"):
        candidates.append(Path(os.environ["SUMMITRY_PG_BINDIR"]))
    candidates += sorted((Path(p) for p in glob.glob(DEBIAN_BINDIRS)), key=_major_version, reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _major_version(bindir: Path) -> int:
    found = re.search(r"/(\d+)/bin$", str(bindir))
    return int(found.group(1)) if found else 0


@dataclass
class Cluster:
    """A running throwaway server: its folder, and the URL of its maintenance database as the superuser."""

    folder: Path
    bindir: Path
    socket: Path

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/postgres?host={self.socket}"

    def stop(self) -> None:
        """Stop the server at once (nothing in it is kept) and remove its folder."""
        with contextlib.suppress(ClusterError):  # already gone: the folder goes all the same
            _run(self.bindir / "pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start(bindir: Path | None = None) -> Cluster:
    """Start a throwaway server (see the module docstring).

    Raises:
        ClusterError: when the server programs are missing or the server does not start.
    """
    bindir = bindir or find_bindir()
    if bindir is None:
        raise ClusterError(
            f"PostgreSQL's server programs (initdb, pg_ctl) were not found in {DEBIAN_BINDIRS} or on the PATH"
        )
    folder = Path(tempfile.mkdtemp(prefix="summitry-pg-"))
    socket = folder / "socket"
    socket.mkdir()
    try:
        _hand_to_server_user(folder)
        version = _major_version(bindir) or 15
        icu = ["--locale-provider=icu", "--icu-locale=en"] if version >= 15 else []
        _run(
            bindir / "initdb",
            *("-D", str(folder / "data"), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"),
            *icu,
        )
        hba = folder / "data" / "pg_hba.conf"
        hba.write_text(HBA, encoding="utf-8")
        settings = f"-k {socket} -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=300"
        _run(
            bindir / "pg_ctl",
            "-D",
            str(folder / "data"),
            "-l",
            str(folder / "server.log"),
            "-w",
            "-o",
            settings,
            "start",
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Cluster(folder, bindir, socket)


def _hand_to_server_user(folder: Path) -> None:
    """As root, give the folder to the ``postgres`` user (initdb and the server refuse to run as root)."""
    if os.geteuid() != 0:
        return
    try:
        user = pwd.getpwnam(SUPERUSER)
    except KeyError as exc:
        raise ClusterError(f"running as root, but there is no '{SUPERUSER}' user to run the server as") from exc
    for path in (folder, *folder.rglob("*")):
        os.chown(path, user.pw_uid, user.pw_gid)


def _run(program: Path, *args: str) -> None:
    command = [str(program), *args]
    if os.geteuid() == 0:
        command = ["runuser", "-u", SUPERUSER, "--", *command]
    done = subprocess.run(command, capture_output=True, text=True, cwd="/", check=False)
    if done.returncode != 0:
        raise ClusterError(f"{program.name} failed (exit {done.returncode}): {done.stderr.strip() or done.stdout}")


if __name__ == "__main__":  # start one by hand: python -m tests.pgcluster (stop it with Ctrl+C)
    import time

    cluster = start()
    print(f"SUMMITRY_TEST_POSTGRESQL={cluster.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        cluster.stop()
