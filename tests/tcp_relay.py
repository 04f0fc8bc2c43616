"""A TCP port in front of the tests' PostgreSQL server, which listens on a unix socket only.

libpq uses SSL only over TCP (it ignores ``sslmode`` on a unix socket), so a test of what ``sslmode`` does
connects through this relay: every byte goes to the real server and back, so what libpq meets is the real
server's answer (the throwaway server has no SSL: it answers a request for TLS with "no").

The relay runs in a process of its own: libpq's ``PQping`` holds Python's GIL while it waits, so a relay on a
thread of the test's own process would never answer it.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def tcp_relay(socket_folder: str, listen: int = 0, port: int = 5432) -> Iterator[int]:
    """A localhost TCP port (``listen``, or any free one) relaying to the server's socket in ``socket_folder``
    (``.s.PGSQL.<port>``). When it ends, the server is gone for whoever used that port: its connections
    break and new ones are refused."""
    relay = subprocess.Popen(
        [sys.executable, "-m", "tests.tcp_relay", str(Path(socket_folder) / f".s.PGSQL.{port}"), str(listen)],
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


@contextmanager
def silent_server() -> Iterator[int]:
    """A localhost TCP port where something takes connections and never answers (a hung server, or a firewall
    that swallows packets): the kernel completes each connection, and nothing is ever read or sent."""
    with socket.create_server(("127.0.0.1", 0), backlog=16) as listener:
        yield listener.getsockname()[1]


def _serve(target: str, listen: int) -> None:
    listener = socket.create_server(("127.0.0.1", listen))
    print(listener.getsockname()[1], flush=True)

    def pump(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    while True:
        client, _address = listener.accept()
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.connect(target)
        for source, sink in ((client, server), (server, client)):
            threading.Thread(target=pump, args=(source, sink), daemon=True).start()


if __name__ == "__main__":
    _serve(sys.argv[1], int(sys.argv[2]))
