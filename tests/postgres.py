"""PostgreSQL in the tests: the server named by ``SUMMITRY_TEST_POSTGRESQL``, and a fresh database per test.

Nothing here starts a server: ``python -m tests.run_all`` does (:mod:`tests.pgcluster`) and names it in
``SUMMITRY_TEST_POSTGRESQL`` (a URL of a database on it whose user may create databases), or a developer
names their own. Without one the PostgreSQL half of the suite is skipped, saying how to get one, except
where ``SUMMITRY_REQUIRE_POSTGRESQL=1`` (CI): there a missing server fails the tests.

A fresh database costs a file copy: ``CREATE DATABASE … TEMPLATE`` of one prepared once per version of the
code (the schema set up by Summitry itself; another with the bundled dataset loaded), shared by the xdist
workers under an advisory lock. Each test's database is dropped when it ends.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.backends import TestBackend

ENV = "SUMMITRY_TEST_POSTGRESQL"
REQUIRE = "SUMMITRY_REQUIRE_POSTGRESQL"
ROOT = Path(__file__).resolve().parents[1]
HOW_TO = (
    f"no PostgreSQL server for the tests: set {ENV}=postgresql+psycopg://USER@HOST/DB (a user who may create "
    "databases), or install PostgreSQL's server (Debian: apt-get install postgresql) and run python -m tests.run_all, "
    "which starts a throwaway one"
)
#: Serialises preparing the templates across the xdist workers (pg_advisory_lock's key: "SUMMTEST").
_TEMPLATE_LOCK = 0x53554D4D54455354
_counter = itertools.count()
#: The templates this process knows are there, by kind.
_ready: dict[str, str] = {}


def server_url() -> str | None:
    return os.environ.get(ENV) or None


def required() -> bool:
    return os.environ.get(REQUIRE, "") not in ("", "0")


def need_server() -> None:
    """Skip the test, saying how to get a server, when there is none; fail it where one is required (CI)."""
    import pytest

    if not server_url():
        if required():
            pytest.fail(HOW_TO + f" ({REQUIRE} is set: this run needs one)")
        pytest.skip(HOW_TO)


def url_of(database: str, base: str | None = None) -> str:
    """The URL of ``database`` on the tests' server (as its user, through the same host or socket)."""
    from sqlalchemy.engine import make_url

    url = make_url(base or server_url() or "")
    return url.set(database=database).render_as_string(hide_password=False)


@contextmanager
def admin() -> Iterator[Any]:
    """An autocommit psycopg connection to the server's database named in ``SUMMITRY_TEST_POSTGRESQL``."""
    import psycopg

    with psycopg.connect(conninfo(server_url() or ""), autocommit=True) as conn:
        yield conn


def connections_to(url: str, expected: int | None = None) -> int:
    """Connections the server has open to the database of ``url`` (asked from another database); waiting a
    little for ``expected``: a server process ends a moment after its connection was closed, and a connection
    made on another thread may still be on its way."""
    import time

    from sqlalchemy.engine import make_url

    name = make_url(url).database
    deadline = time.monotonic() + 10.0
    with admin() as conn:
        while True:
            row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (name,)).fetchone()
            count = int(row[0]) if row is not None else 0
            if expected is None or count == expected or time.monotonic() > deadline:
                return count
            time.sleep(0.05)


def conninfo(url: str) -> str:
    """libpq's keywords for a SQLAlchemy URL (what SQLAlchemy's psycopg dialect hands the driver)."""
    from psycopg.conninfo import make_conninfo
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    values = {
        "user": parsed.username,
        "password": parsed.password,
        "host": parsed.host,
        "port": parsed.port,
        "dbname": parsed.database,
        **{k: v for k, v in parsed.query.items() if isinstance(v, str)},
    }
    return make_conninfo("", **{k: str(v) for k, v in values.items() if v})


def run_sql(target: str, *statements: str, params: Any = None) -> list[tuple[Any, ...]]:
    """Run statements on a test database behind Summitry's back, foreign keys not enforced (as another
    program, or a bad disk, might leave it); the rows of the last one."""
    import psycopg

    rows: list[tuple[Any, ...]] = []
    with psycopg.connect(conninfo(target)) as conn:
        conn.execute("SET session_replication_role = replica")  # foreign keys are triggers: these do not fire
        for statement in statements:
            cursor = conn.execute(statement, params)
            rows = cursor.fetchall() if cursor.description else []
    return rows


@cache
def code_version() -> str:
    """A digest of what a template is made of (the model's code and the bundled dataset): a new one for new code."""
    digest = hashlib.sha256()
    for path in sorted([*(ROOT / "model").rglob("*.py"), ROOT / "resources" / "dataset.json"]):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def template(kind: str) -> str:
    """The name of the template database of ``kind`` ("empty": the schema only; "bundled": with the bundled
    dataset), made now if this version of the code has none yet."""
    if kind in _ready:
        return _ready[kind]
    with admin() as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_TEMPLATE_LOCK,))
        try:
            _ready[kind] = _ensure_template(conn, kind)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_TEMPLATE_LOCK,))
    return _ready[kind]


def _ensure_template(conn: Any, kind: str) -> str:
    name = f"summitry_tpl_{kind}_{code_version()}"
    if not _exists(conn, name):
        _make_template(conn, kind, name)
    return name


def _exists(conn: Any, name: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


def _make_template(conn: Any, kind: str, name: str) -> None:
    """Set a template up through Summitry itself, under another name, and give it its name when it is whole."""
    from model.store.opening import open_database

    making = f"{name}_making"
    conn.execute(f'DROP DATABASE IF EXISTS "{making}" WITH (FORCE)')
    if kind == "empty":
        conn.execute(f'CREATE DATABASE "{making}"')
        open_database(url_of(making)).close()
    else:
        conn.execute(f'CREATE DATABASE "{making}" TEMPLATE "{_ensure_template(conn, "empty")}"')
        from model.interchange import bundled

        database = open_database(url_of(making))
        try:
            bundled.ensure_bundled(database)
        finally:
            database.close()
    import psycopg

    older = conn.execute(
        "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname NOT IN (%s, %s)",
        (f"summitry_tpl_{kind}_%", name, making),
    ).fetchall()
    for (old,) in older:  # templates of older code, on a server that outlives a test run
        with contextlib.suppress(psycopg.Error):  # another run is copying it: it stays until a later run
            conn.execute(f'DROP DATABASE IF EXISTS "{old}"')
    conn.execute(f'ALTER DATABASE "{making}" RENAME TO "{name}"')


def create(kind: str) -> str:
    """A new database copied from the template of ``kind`` (or, for "none", with no tables at all); its URL.

    Copied file by file where the server can (PostgreSQL 15 and later: ``STRATEGY FILE_COPY``), which takes
    half the time of its default, logging every page, for a database this small.
    """
    name = f"summitry_test_{os.getpid()}_{next(_counter)}"
    source = "template0" if kind == "none" else template(kind)
    with admin() as conn:
        strategy = " STRATEGY FILE_COPY" if conn.info.server_version >= 150000 else ""
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"{strategy}')
    return url_of(name)


def drop(url: str) -> None:
    """Drop a test's database, whoever is still connected to it."""
    from sqlalchemy.engine import make_url

    with admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


@dataclass(frozen=True)
class Login:
    """A role that must give its password (the throwaway server checks every login but its superuser's)."""

    user: str
    password: str

    def url(self, database_url: str, password: str | None = None) -> str:
        """``database_url`` as this role, with its password (or ``password``) in the URL."""
        from sqlalchemy.engine import make_url

        url = make_url(database_url).set(username=self.user, password=password or self.password)
        return url.render_as_string(hide_password=False)


def grant(url: str, user: str, *, tables: bool) -> None:
    """Let ``user`` connect to the database at ``url`` and, with ``tables``, read and write its archive."""
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    statements = [f'GRANT CONNECT ON DATABASE "{database}" TO "{user}"', f'GRANT USAGE ON SCHEMA public TO "{user}"']
    if tables:
        statements += [
            f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{user}"',
            f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{user}"',
        ]
    run_sql(url, *statements)


@contextmanager
def password_login(made: TestBackend) -> Iterator[Login]:
    """A new role with a password no other text could hold by chance; skips the test on a server that lets
    any password in (one named in SUMMITRY_TEST_POSTGRESQL may trust every login)."""
    import psycopg

    user = f"summitry_analyst_{os.getpid()}_{secrets.token_hex(3)}"
    password = "Pw-" + secrets.token_urlsafe(12)
    with admin() as conn:
        conn.execute(f"CREATE ROLE \"{user}\" LOGIN PASSWORD '{password}'")
    try:
        probe = made.new_target("empty")
        try:
            psycopg.connect(conninfo(Login(user, "not-" + password).url(probe))).close()
        except psycopg.OperationalError:
            pass  # refused, as it should be
        else:
            import pytest

            pytest.skip(f"the server in {ENV} lets any password in, so a password's refusal cannot be seen")
        yield Login(user, password)
    finally:
        made.drop_all()  # its databases first: a role with rights in one cannot be dropped
        with admin() as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{user}"')


def nowhere_holds(password: str, home: Path, *texts: str) -> None:
    """The password is in none of the texts (what was printed, shown), nor in any file under the home folder
    (the settings' summitry.ini, the log folder and its crash reports)."""
    for text in texts:
        assert password not in text
    for path in home.rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path


@contextmanager
def analysts(made: TestBackend, *names: str) -> Iterator[dict[str, Login]]:
    """New login roles, one per name (``anna`` becomes ``anna_<pid>_<random>``), each with its own password,
    with no rights yet; dropped when the test ends (its databases first)."""
    tag = f"{os.getpid()}_{secrets.token_hex(3)}"
    made_logins = {name: Login(f"{name}_{tag}", "Pw-" + secrets.token_urlsafe(12)) for name in names}
    with admin() as conn:
        for login in made_logins.values():
            conn.execute(f"CREATE ROLE \"{login.user}\" LOGIN PASSWORD '{login.password}'")
    try:
        yield made_logins
    finally:
        made.drop_all()
        with admin() as conn:
            for login in made_logins.values():
                conn.execute(f'DROP ROLE IF EXISTS "{login.user}"')
