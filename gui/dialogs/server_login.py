"""The password prompt: a server asks for a password that neither the URL, ~/.pgpass nor a libpq service gave.

It names the user and the server, is never filled in beforehand, and shows what is typed as dots. A refused
password asks again, with the server's refusal in words; Cancel gives up (the window keeps the database it
shows). "Remember for this session" keeps the password in this process's memory until Summitry quits, so the
same server is not asked again (reopening it, Retry after a lost connection); without it the password lives
only as long as the open archive's connections need it.

Nowhere is a password written: settings keep URLs without it, logs and crash reports take it out
(:func:`model.store.location.display_target`, :func:`~model.store.location.hide_passwords`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from model.store import location, server_address
from model.store.faults import DatabaseOpenError

#: Passwords kept for this session: the server's URL without password → the password. Memory only.
_session: dict[str, str] = {}


def with_remembered_password(target: str) -> tuple[str, bool]:
    """``target`` with the password remembered for its server this session, if any and it has none; and
    whether one was added."""
    if not location.is_server(target) or server_address.has_password(target):
        return target, False
    password = _session.get(location.display_target(target))
    return (server_address.with_password(target, password), True) if password else (target, False)


def forget(target: str) -> None:
    """Forget the password remembered for the server of ``target`` (the server refused it)."""
    _session.pop(location.display_target(target), None)


def forget_all() -> None:
    """Forget every remembered password (for a test that plays a new session)."""
    _session.clear()


def wants_password(error: BaseException, typed: bool) -> bool:
    """Whether to ask for a password after ``error``: the server asked for one that nothing gave, or it refused
    one that was ``typed`` at the prompt (or remembered from it). A refused password from the URL, ~/.pgpass or
    a service file is not asked for: the person fixes it where it is written (the error says so)."""
    reason = getattr(error, "reason", None)
    return reason == "password-needed" or (reason == "refused" and typed)


def describe_login(error: BaseException, target: str) -> tuple[str, str, str]:
    """(user, server, database) of a login, as the server's refusal has them, else as the URL writes them."""
    address = server_address.ServerAddress.from_url(target) or server_address.ServerAddress()
    user = getattr(error, "user", "") or address.user
    host = getattr(error, "host", "") or address.host
    port = getattr(error, "port", "") or (str(address.port) if address.host else "")
    database = getattr(error, "database", "") or address.database or address.service
    if not host or host.startswith("/"):
        server = f"on this computer ({host})" if host else "on this computer"
    else:
        server = f"{host}:{port}" if port and port != str(server_address.DEFAULT_PORT) else host
    return user, server, database


class PasswordPrompt(QDialog):
    """Asks for the password of a user on a server; :attr:`password` is the field (masked, empty at first)."""

    def __init__(
        self, error: DatabaseOpenError, target: str, parent: QWidget | None = None, refusal: str | None = None
    ) -> None:
        """``refusal``: the server's words for the password typed before, when it was refused."""
        super().__init__(parent)
        self.setObjectName("serverPasswordPrompt")
        self.setWindowTitle(self.tr("Password for the Database Server"))
        user, server, database = describe_login(error, target)
        self.question = QLabel(
            self.tr("The PostgreSQL server {server} asks for the password of the user {user} to open {database}.")
            .replace("{server}", server)
            .replace("{user}", f"'{user}'" if user else self.tr("(libpq's default user)"))
            .replace("{database}", f"'{database}'" if database else self.tr("the archive"))
        )
        self.refusal = QLabel(refusal or "")
        self.where = QLabel(self.tr("Archive: {url}").replace("{url}", location.display_target(target)))
        for label in (self.question, self.refusal, self.where):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names and URLs are the user's text
            label.setWordWrap(True)
        self.refusal.setObjectName("passwordRefusal")
        self.refusal.setStyleSheet("color: #b00020;")
        self.refusal.setVisible(bool(refusal))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember for this session"))
        self.remember.setToolTip(
            self.tr(
                "Until Summitry quits. Summitry never writes a password anywhere; to keep one, put it in "
                "~/.pgpass or a libpq service file."
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.connect_button.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.connect_button.setEnabled(bool(text)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.question, self.refusal, self.where, self.password, self.remember, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)
        self.password.setFocus()

    def take_password(self) -> str:
        """The typed password, cleared from the field (so the widget does not keep it)."""
        typed = self.password.text()
        self.password.clear()
        return typed


def ask_password(error: DatabaseOpenError, target: str, parent: QWidget | None, *, refused: bool) -> str | None:
    """Ask for the password ``error`` says the server wants; ``target`` with it (in memory only), or None when
    the person cancelled. ``refused``: the password tried before was refused (``error`` says how)."""
    if refused:
        forget(target)  # a remembered password the server no longer takes
    prompt = PasswordPrompt(error, target, parent, error.message if refused else None)
    if prompt.exec() != QDialog.DialogCode.Accepted:
        return None
    password = prompt.take_password()
    if prompt.remember.isChecked():
        _session[location.display_target(target)] = password
    return server_address.with_password(target, password)
