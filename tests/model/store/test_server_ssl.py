"""``sslmode`` and its friends reach libpq from the URL or a service file: a server without SSL (the tests'
throwaway one, reached over TCP) refuses an address that requires TLS, in one sentence that says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.backends import TestBackend
from tests.model.datafiles import run
from tests.tcp_relay import tcp_relay


@pytest.fixture
def over_tcp(server: TestBackend) -> Iterator[tuple[str, int]]:
    """A bundled archive on the tests' server, and a TCP port that reaches that server."""
    url = server.new_target("bundled")
    with tcp_relay(str(make_url(url).query["host"])) as port:
        yield url, port


def _tcp_url(url: str, port: int, **query: str) -> str:
    parts = make_url(url)
    return parts.set(host="127.0.0.1", port=port, query=query).render_as_string(hide_password=False)


def test_sslmode_require_in_the_url_refuses_a_server_without_tls(
    over_tcp: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    url, port = over_tcp
    code, out, _err = run(capsys, _tcp_url(url, port, sslmode="disable"), "show", "arf-23")
    assert code == 0 and out.startswith("23rd ASEAN Regional Forum")  # the same server, unencrypted: it answers
    required = _tcp_url(url, port, sslmode="require")
    code, out, err = run(capsys, required, "show", "arf-23")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"The server of {required} does not offer an encrypted (TLS) connection, and sslmode=require requires one.",
        "Ask the server's administrator to turn on SSL (ssl = on), or check that this is the right server.",
    ]


def test_sslmode_from_a_service_file_reaches_libpq(
    over_tcp: tuple[str, int], capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, port = over_tcp
    parts = make_url(url)
    services = tmp_path / "services.conf"
    services.write_text(
        f"[plain]\nhost=127.0.0.1\nport={port}\ndbname={parts.database}\nuser={parts.username}\nsslmode=disable\n"
        f"[strict]\nhost=127.0.0.1\nport={port}\ndbname={parts.database}\nuser={parts.username}\n"
        "sslmode=verify-full\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    code, out, err = run(capsys, "postgresql+psycopg:///?service=plain", "show", "arf-23")
    assert code == 0 and out.startswith("23rd ASEAN Regional Forum"), err
    code, out, err = run(capsys, "postgresql+psycopg:///?service=strict", "show", "arf-23")
    assert code == 1 and err.splitlines()[0] == (
        "The server of postgresql+psycopg:///?service=strict does not offer an encrypted (TLS) connection, "
        "and sslmode=verify-full requires one."
    )
