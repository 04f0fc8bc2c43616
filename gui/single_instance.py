"""One window per database: the second start hands over to the first, which comes to the front.

The first instance holds :mod:`model.store.instance_lock`'s lock and listens on a local socket
(QLocalServer) whose name the lock file records. A second instance finds the lock held,
asks the first over that socket to raise its window, and exits; if the first does not
answer (another computer sharing the home folder, or a hung process), the second says
who holds the database instead.

The lock follows the database the window shows: before another database is opened in the window
its lock is taken too (:meth:`SingleInstance.reserve`), and once it is shown the old database's lock
and socket are let go (:meth:`SingleInstance.settle`).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from model.store import instance_lock, location

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

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
        self._held = self.key  # the key of the database :attr:`holder` holds
        self.server: QLocalServer | None = None
        #: The lock of a database about to be opened in the window (its key, and the lock: None where
        #: no lock can be kept), until :meth:`settle`.
        self._reserved: tuple[str, instance_lock.InstanceLock | None] | None = None

    def claim(self, listen: bool = True) -> bool:
        """True when this process may go on (it holds the lock, or no lock can be kept here at all).

        With ``listen=False`` the socket that later starts hand over to is opened by :meth:`listen`
        (the app does that after its window has painted; a start in between retries for a while).
        """
        try:
            self.lock = instance_lock.acquire(self.lock_dir, self.key)
        except instance_lock.AlreadyRunning as exc:
            self.holder, self._held = exc.holder, self.key
            return False
        except OSError:
            return True  # no writable data folder: opening the database will say what is wrong
        if listen:
            self.listen()
        return True

    def reserve(self, target: str | None) -> bool:
        """Before another database is opened in the window, take its lock as well (this one's is kept
        until :meth:`settle`). False when another Summitry has it open: :attr:`holder` says which, and
        :meth:`hand_over` brings its window forward."""
        self.settle(switched=False)
        key = instance_lock.lock_key(location.resolve_target(target))
        if key == self.key:
            return True
        try:
            lock = instance_lock.acquire(self.lock_dir, key)
        except instance_lock.AlreadyRunning as exc:
            self.holder, self._held = exc.holder, key
            return False
        except OSError:
            lock = None  # no writable data folder: opening the database will say what is wrong
        self._reserved = (key, lock)
        return True

    def settle(self, *, switched: bool) -> None:
        """After a database was reserved: when the window switched to it, let the old one's lock and socket
        go and answer later starts on the new one; otherwise give the reserved lock back."""
        if self._reserved is None:
            return
        key, lock = self._reserved
        self._reserved = None
        if not switched:
            if lock is not None:
                lock.release()
            return
        listening = self.server is not None
        self._close()
        self.key, self.lock = key, lock
        if listening:
            self.listen()

    def listen(self) -> None:
        """Answer later starts of Summitry on this database (bring this window to the front)."""
        if self.lock is not None and self.server is None:
            self._listen(self.lock.holder.server)

    def _listen(self, name: str) -> None:
        from PySide6.QtNetwork import QLocalServer  # here: QtNetwork is not needed before the window shows

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
        from PySide6.QtNetwork import QLocalSocket

        name = self.holder.server if self.holder and self.holder.server else instance_lock.server_name(self._held)
        socket = QLocalSocket()
        deadline = time.monotonic() + timeout_ms / 1000
        socket.connectToServer(name)
        # The first instance opens its socket just after its window paints: a start in that moment retries.
        while not socket.waitForConnected(100):
            if time.monotonic() >= deadline:
                return False
            socket.abort()
            time.sleep(0.1)
            socket.connectToServer(name)
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(timeout_ms)
        answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readLine().data()) == ACK
        socket.disconnectFromServer()
        return answered

    def describe_holder(self, *, short: bool = False) -> str:
        who = self.holder.describe() if self.holder else self.tr("another process")
        return who if short else self.tr("Summitry is already running with this database ({who}).").format(who=who)

    def release(self) -> None:
        self.settle(switched=False)
        self._close()

    def _close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
