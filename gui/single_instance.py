"""One window per database: the second start hands over to the first, which comes to the front.

The first instance holds :mod:`model.instance_lock`'s lock and listens on a local socket
(QLocalServer) whose name the lock file records. A second instance finds the lock held,
asks the first over that socket to raise its window, and exits; if the first does not
answer (another computer sharing the home folder, or a hung process), the second says
who holds the database instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from model import instance_lock, location

ACTIVATE = b"activate\n"
ACK = b"ok\n"


class SingleInstance(QObject):
    """Claims a database for this process, or hands over to the process that has it.

    Signals:
        activation_requested: another start of Summitry asked this one to show its window.
    """

    activation_requested = Signal()

    def __init__(self, target: str | None, lock_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_lock.lock_key(location.resolve_target(target))
        self.lock_dir = lock_dir or location.data_dir()
        self.lock: instance_lock.InstanceLock | None = None
        self.holder: instance_lock.Holder | None = None
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this process may go on (it holds the lock, or no lock can be kept here at all)."""
        try:
            self.lock = instance_lock.acquire(self.lock_dir, self.key)
        except instance_lock.AlreadyRunning as exc:
            self.holder = exc.holder
            return False
        except OSError:
            return True  # no writable data folder: opening the database will say what is wrong
        self._listen(self.lock.holder.server)
        return True

    def _listen(self, name: str) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # A socket file left by a killed first instance; we hold the lock, so it is ours to remove.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                return
        server.newConnection.connect(self._on_connection)
        self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket.waitForReadyRead(1000) and bytes(socket.readLine().data()) == ACTIVATE:
                socket.write(ACK)
                socket.waitForBytesWritten(1000)
                self.activation_requested.emit()
            socket.disconnectFromServer()

    def hand_over(self, timeout_ms: int = 3000) -> bool:
        """Ask the running instance to show its window; True when it answered."""
        name = self.holder.server if self.holder and self.holder.server else instance_lock.server_name(self.key)
        socket = QLocalSocket()
        socket.connectToServer(name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(timeout_ms)
        answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readLine().data()) == ACK
        socket.disconnectFromServer()
        return answered

    def describe_holder(self) -> str:
        who = self.holder.describe() if self.holder else "another process"
        return f"Summitry is already running with this database ({who})."

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
