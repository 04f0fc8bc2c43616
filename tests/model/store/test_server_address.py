"""A server archive's address in parts and as the URL ``--database`` takes: what the Connect to a Server…
dialog edits and shows; and what Test Connection finds there, in words, changing nothing."""

from __future__ import annotations

import re

from sqlalchemy.engine import make_url

from model.store.server_address import ServerAddress, connect_kwargs, has_password, parse_url, with_password
from model.store.server_probe import check_server
from tests.backends import TestBackend
from tests.postgres import Login, grant, password_login, run_sql
from tests.tcp_relay import silent_server


def test_an_address_makes_the_url_the_readme_writes_and_reads_back() -> None:
    cases = {
        ServerAddress(host="db.example.org", database="summitry", user="anna", sslmode="verify-full"): (
            "postgresql+psycopg://anna@db.example.org/summitry?sslmode=verify-full"
        ),
        ServerAddress(host="/var/run/postgresql", database="summitry", user="anna"): (
            "postgresql+psycopg://anna@/summitry?host=/var/run/postgresql"
        ),
        ServerAddress(host="db.example.org", port=6543, database="team archive"): (
            "postgresql+psycopg://db.example.org:6543/team%20archive"
        ),
        ServerAddress(service="team", sslmode="require"): "postgresql+psycopg:///?service=team&sslmode=require",
        ServerAddress(
            host="db.example.org", database="summitry", sslmode="verify-ca", sslrootcert="/etc/team/root.crt"
        ): "postgresql+psycopg://db.example.org/summitry?sslmode=verify-ca&sslrootcert=/etc/team/root.crt",
    }
    for address, url in cases.items():
        assert address.url() == url
        assert ServerAddress.from_url(url) == address


#: URLs as people write them (the README's forms, and the unusual ones a server's administrator may hand out).
URLS = [
    "postgresql+psycopg://anna@db.example.org/summitry?sslmode=verify-full",
    "postgresql+psycopg://anna:p%40ss:w@db.example.org:6543/team%20archive?application_name=x&connect_timeout=3",
    "postgresql+psycopg://anna@/summitry?host=/var/run/postgresql",
    "postgresql+psycopg:///summitry?host=/tmp/sock&port=5433&user=bob",
    "postgresql+psycopg:///?service=team",
    "postgresql+psycopg:///?service=team&sslmode=require&sslrootcert=/etc/team/root.crt",
    "postgresql://anna@[::1]:5433/db",
    "postgres://@localhost/db?password=a%26b&options=-c%20search_path%3Dteam",
    "postgresql+psycopg://anna:@h/db?sslmode=",
    "postgresql+psycopg://anna@h/db?host=/a&host=/b",
    "postgresql+psycopg://u@h:notaport/db",
    "postgresql+psycopg://h1,h2/db",
]


def test_a_url_is_read_without_sqlalchemy_as_sqlalchemy_reads_it() -> None:
    """The first screen reads a server's URL without SQLAlchemy: the same parts, and the same connection
    options for psycopg as SQLAlchemy's dialect gives it (or, for a URL read otherwise, SQLAlchemy's path)."""
    from sqlalchemy.dialects.postgresql import psycopg

    dialect = psycopg.dialect()
    for url in URLS:
        try:
            expected = make_url(url)
        except ValueError:
            assert parse_url(url) is None, url
            continue
        parsed = parse_url(url)
        assert parsed is not None, url
        got = (parsed.drivername, parsed.username, parsed.password, parsed.host, parsed.port, parsed.database)
        want = (expected.drivername, expected.username, expected.password, expected.host, expected.port)
        assert got == (*want, expected.database or None), url
        assert parsed.query == dict(expected.query), url
        kwargs = connect_kwargs(url)
        if kwargs is not None:
            assert kwargs == dialect.create_connect_args(expected)[1], url
    assert connect_kwargs("postgresql+psycopg://anna@h/db?host=/a&host=/b") is None  # several hosts: SQLAlchemy's
    assert connect_kwargs(URLS[1]) == {
        "host": "db.example.org",
        "port": 6543,
        "user": "anna",
        "password": "p@ss:w",
        "dbname": "team archive",
        "application_name": "x",
        "connect_timeout": "3",
    }


def test_reads_connect_with_the_options_the_engine_gives_its_connections() -> None:
    from model.store.engine import CONNECT_TIMEOUT_S, server_connect_kwargs

    url = "postgresql+psycopg://anna@db.example.org/summitry?sslmode=verify-full&sslrootcert=/etc/root.crt"
    assert server_connect_kwargs(url) == {
        "host": "db.example.org",
        "user": "anna",
        "dbname": "summitry",
        "sslmode": "verify-full",
        "sslrootcert": "/etc/root.crt",
        "application_name": "Summitry",
        "connect_timeout": CONNECT_TIMEOUT_S,
    }
    assert server_connect_kwargs("postgresql:///?service=team&application_name=mine&connect_timeout=2") == {
        "service": "team",
        "application_name": "mine",
        "connect_timeout": "2",
    }
    assert server_connect_kwargs("postgresql+psycopg2://anna@h/db") is None  # another driver: the engine's way


def test_no_password_is_part_of_an_address() -> None:
    url = "postgresql+psycopg://anna:Pw-secret@db.example.org/summitry?password=Pw-other&application_name=x"
    address = ServerAddress.from_url(url)
    assert address is not None and "Pw-" not in address.url()
    assert address.url() == "postgresql+psycopg://anna@db.example.org/summitry?application_name=x"
    assert not has_password(address.url()) and has_password(url)
    typed = with_password(address.url(), "typed & kept")
    assert has_password(typed) and make_url(typed).query["password"] == "typed & kept"
    assert ServerAddress.from_url("/home/anna/summitry.sqlite3") is None


def test_test_connection_says_what_the_database_holds_and_changes_nothing(server: TestBackend) -> None:
    empty = server.new_target("none")
    found = check_server(empty)
    assert found.usable and re.fullmatch(
        rf"Connected to PostgreSQL \d+\.\d+ as {make_url(empty).username}\. The database is empty: Connect sets up "
        r"a Summitry archive in it, with the bundled dataset\.",
        found.words,
    ), found.words
    assert run_sql(empty, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]  # unchanged
    archive = server.new_target("bundled")
    assert check_server(archive).words.endswith(" It holds a Summitry archive.")
    other = server.new_target("none")
    run_sql(other, "CREATE TABLE invoices (id int)")
    found = check_server(other)
    assert not found.usable and "another application's tables (1)" in found.words


def test_test_connection_names_a_missing_password_and_a_wrong_one(server: TestBackend) -> None:
    with password_login(server) as login:
        url = server.new_target("bundled")
        grant(url, login.user, tables=True)
        bare = make_url(url).set(username=login.user).render_as_string()
        asked = check_server(bare)
        assert not asked.usable and asked.fault is not None and asked.fault.reason == "password-needed"
        wrong = check_server(Login(login.user, "").url(url, password="Wrong-" + login.password))
        assert wrong.fault is not None and wrong.fault.reason == "refused"
        assert wrong.words.startswith(f"The server of {bare} refused the user name or password for '{login.user}'.")
        assert check_server(login.url(url)).words.endswith(f" as {login.user}. It holds a Summitry archive.")


def test_test_connection_gives_up_on_a_server_that_never_answers() -> None:
    with silent_server() as port:
        target = f"postgresql+psycopg://anna@127.0.0.1:{port}/summitry?connect_timeout=2"
        found = check_server(target)
    assert not found.usable and found.fault is not None and found.fault.reason == "unreachable"
    assert found.words.splitlines()[0] == (
        f"Cannot reach the database server of {target}: it is not running, or not at that address."
    )
