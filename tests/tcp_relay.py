"""A TCP port in front of the tests' PostgreSQL server, which listens on a unix socket only.

libpq uses SSL only over TCP (it ignores ``sslmode`` on a unix socket), so a test of what ``sslmode`` does
connects through this relay: every byte goes to the real server and back, so what libpq meets is the real
server's answer (the throwaway server has no SSL: it answers a request for TLS with "no").

With a certificate (:func:`tls_certificate`), the relay is a TLS front for the server, as stunnel or a TLS
proxy is: it answers libpq's request for TLS with "yes", ends the TLS there and hands the plain protocol on.

The relay runs in a process of its own: libpq's ``PQping`` holds Python's GIL while it waits, so a relay on a
thread of the test's own process would never answer it.
"""

from __future__ import annotations

import contextlib
import select
import shutil
import socket
import ssl
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The protocol's request for TLS: a length of 8 and this code, before the startup message.
SSL_REQUEST = struct.pack("!ii", 8, 80877103)


@contextmanager
def tcp_relay(
    socket_folder: str, listen: int = 0, port: int = 5432, certificate: tuple[Path, Path] | None = None
) -> Iterator[int]:
    """A localhost TCP port (``listen``, or any free one) relaying to the server's socket in ``socket_folder``
    (``.s.PGSQL.<port>``). When it ends, the server is gone for whoever used that port: its connections
    break and new ones are refused. With ``certificate`` (its file and key file) it speaks TLS."""
    tls = [str(path) for path in certificate] if certificate else []
    relay = subprocess.Popen(
        [sys.executable, "-m", "tests.tcp_relay", str(Path(socket_folder) / f".s.PGSQL.{port}"), str(listen), *tls],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert relay.stdout is not None
        yield int(relay.stdout.readline())
    finally:
        relay.terminate()
        relay.wait()


def tls_certificate(folder: Path, name: str = "localhost") -> tuple[Path, Path]:
    """A self-signed certificate for ``name`` and its key, made with the openssl program (PostgreSQL's Debian
    package brings it); the test is skipped, saying why, without it."""
    openssl = shutil.which("openssl")
    if openssl is None:
        import pytest

        pytest.skip("the openssl program is needed to make a test certificate (Debian: apt-get install openssl)")
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    made = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}"]
    subprocess.run(
        [openssl, *made, "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


@contextmanager
def silent_server() -> Iterator[int]:
    """A localhost TCP port where something takes connections and never answers (a hung server, or a firewall
    that swallows packets): the kernel completes each connection, and nothing is ever read or sent."""
    with socket.create_server(("127.0.0.1", 0), backlog=16) as listener:
        yield listener.getsockname()[1]


def _serve(target: str, listen: int, context: ssl.SSLContext | None) -> None:
    listener = socket.create_server(("127.0.0.1", listen))
    print(listener.getsockname()[1], flush=True)
    while True:
        client, _address = listener.accept()
        threading.Thread(target=_relay, args=(client, target, context), daemon=True).start()


def _relay(client: socket.socket, target: str, context: ssl.SSLContext | None) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.connect(target)
    front: socket.socket = client
    with contextlib.suppress(OSError, ssl.SSLError):
        if context is not None:
            first = client.recv(8, socket.MSG_PEEK | socket.MSG_WAITALL)
            if first == SSL_REQUEST:
                client.recv(8)
                client.sendall(b"S")
                front = context.wrap_socket(client, server_side=True)
        _pump(front, server)
    for sock in (front, server):
        with contextlib.suppress(OSError):
            sock.close()


def _pump(front: socket.socket, server: socket.socket) -> None:
    """Bytes both ways on one thread (a TLS socket must not be read and written from two at once)."""
    while True:
        pending = isinstance(front, ssl.SSLSocket) and front.pending() > 0
        readable = [front] if pending else select.select([front, server], [], [])[0]
        for source in readable:
            data = source.recv(65536)
            if not data:
                return
            (server if source is front else front).sendall(data)


if __name__ == "__main__":
    tls_context = None
    if len(sys.argv) > 3:
        tls_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls_context.load_cert_chain(sys.argv[3], sys.argv[4])
    _serve(sys.argv[1], int(sys.argv[2]), tls_context)
