"""``sslmode`` and its friends reach libpq from the URL or a service file: a server without SSL (the tests'
throwaway one, reached over TCP) refuses an address that requires TLS, and the same server behind TLS has its
certificate checked as ``sslmode`` and ``sslrootcert`` say; each refusal in one sentence that says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from model.store.server_probe import check_server
from tests.backends import TestBackend
from tests.model.datafiles import run
from tests.tcp_relay import tcp_relay, tls_certificate


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


def test_the_server_certificate_is_checked_as_sslmode_and_sslrootcert_say(
    server: TestBackend, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = server.new_target("bundled")
    cert, key = tls_certificate(tmp_path, "localhost")
    with tcp_relay(str(make_url(url).query["host"]), certificate=(cert, key)) as port:  # the server behind TLS

        def at(host: str, **query: str) -> str:
            return make_url(url).set(host=host, port=port, query=query).render_as_string(hide_password=False)

        for target in (
            at("localhost", sslmode="verify-full", sslrootcert=str(cert)),  # the name and the certificate check out
            at("127.0.0.1", sslmode="verify-ca", sslrootcert=str(cert)),  # verify-ca does not check the name
            at("127.0.0.1", sslmode="require"),  # encrypted, nothing checked
        ):
            code, out, err = run(capsys, target, "show", "arf-23")
            assert code == 0 and out.startswith("23rd ASEAN Regional Forum"), (target, err)
        for target in (
            at("127.0.0.1", sslmode="verify-full", sslrootcert=str(cert)),  # not the name in the certificate
            at("localhost", sslmode="verify-full"),  # no root certificate to check it against
        ):
            code, out, err = run(capsys, target, "show", "arf-23")
            assert (code, out) == (1, "")
            assert err.splitlines() == [
                f"The server of {target} offers an encrypted (TLS) connection, but its certificate failed the check "
                "sslmode=verify-full asks for.",
                "Check the root certificate (sslrootcert in the URL or service file, or ~/.postgresql/root.crt) and, "
                "for verify-full, that the host is the name in the server's certificate.",
            ]
        encrypted = check_server(at("localhost", sslmode="require")).words
        assert encrypted.startswith("Connected to PostgreSQL ")
        assert encrypted.endswith(", encrypted (TLS). It holds a Summitry archive.")
        assert ", encrypted" not in check_server(at("localhost", sslmode="disable")).words
