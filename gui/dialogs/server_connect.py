"""File ▸ Connect to a Server…: the address of an archive on a PostgreSQL server, tested before it is opened.

The person gives a host, port, database and user, or a libpq service by name, and an SSL mode (with a root
certificate for the modes that check the server's). The URL those make is shown as it goes, without password,
so people learn what ``--database`` takes. *Test Connection* says in words what connecting meets (the server
answers, as whom, and what the database holds; or why not) without changing anything; *Connect* does the same
and, when the archive can be opened, hands it over. Both talk to the server off the GUI thread with a busy
indicator and can be stopped; when the server asks for a password nothing else gave, the password prompt asks
(:mod:`gui.dialogs.server_login`). Servers opened before are listed, without passwords.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui import settings as settings_mod
from gui.dialogs import server_login
from gui.dialogs.recent_servers import recent_servers
from gui.dialogs.server_work import ServerWork
from model.store import location
from model.store.server_address import DEFAULT_PORT, SSL_MODES, VERIFYING, ServerAddress

#: Colours of the outcome's words: it worked, or why not.
_GOOD, _BAD = "#1b5e20", "#b00020"


class ConnectServerDialog(QDialog):
    """The server archive's address and the outcome of testing it; :attr:`target` once Connect succeeded."""

    def __init__(self, settings: QSettings | None = None, start: str | None = None, parent: QWidget | None = None):
        """``start``: a server URL to fill the fields with (else the server opened last, if any)."""
        super().__init__(parent)
        self.setObjectName("connectServerDialog")
        self.setWindowTitle(self.tr("Connect to a Server"))
        self.settings = settings if settings is not None else settings_mod.open_settings()
        #: The URL to open (with a password typed at the prompt, in memory only), once Connect has worked.
        self.target: str | None = None
        self._work: ServerWork | None = None
        self._typed: tuple[str, str] | None = None  # (the URL, the URL with the password typed for it)

        self.recent = QListWidget()
        self.recent.setObjectName("recentServers")
        for url in recent_servers(self.settings):
            self.recent.addItem(QListWidgetItem(url))
        self.recent.setMaximumHeight(110)
        self.recent.itemClicked.connect(lambda item: self._fill(item.text()))
        self.recent.itemActivated.connect(lambda item: self._connect_to(item.text()))
        recent_label = QLabel(self.tr("Recent servers:"))
        recent_label.setVisible(self.recent.count() > 0)
        self.recent.setVisible(self.recent.count() > 0)

        self.by_fields = QRadioButton(self.tr("Host and database"))
        self.by_service = QRadioButton(self.tr("A libpq service"))
        self.by_fields.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.by_fields)
        kinds.addButton(self.by_service)
        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("db.example.org, or a socket folder such as /var/run/postgresql"))
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setObjectName("serverDatabase")
        self.database.setPlaceholderText("summitry")
        self.user = QLineEdit()
        self.user.setObjectName("serverUser")
        self.user.setPlaceholderText(self.tr("your login name, if left empty"))
        self.service = QLineEdit()
        self.service.setObjectName("serverService")
        self.service.setPlaceholderText(self.tr("a name in ~/.pg_service.conf, such as team"))
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("serverSslMode")
        for mode, words in zip(SSL_MODES, self._ssl_words(), strict=True):
            self.sslmode.addItem(f"{mode} — {words}", mode)
        self.sslmode.setCurrentIndex(SSL_MODES.index("prefer"))
        self.rootcert = QLineEdit()
        self.rootcert.setObjectName("serverRootCert")
        self.rootcert.setPlaceholderText(self.tr("~/.postgresql/root.crt, libpq's default"))
        self.choose_rootcert = QPushButton(self.tr("Choose…"))
        self.choose_rootcert.clicked.connect(lambda: self._choose_rootcert())
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.rootcert, 1)
        cert_row.addWidget(self.choose_rootcert)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.by_fields)
        kind_row.addWidget(self.by_service)
        kind_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Connect with:"), kind_row)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Service:"), self.service)
        form.addRow(self.tr("SSL mode:"), self.sslmode)
        form.addRow(self.tr("Root certificate:"), cert_row)

        self.url = QLineEdit()
        self.url.setObjectName("serverUrl")
        self.url.setReadOnly(True)
        url_help = QLabel(self.tr("The same archive from the command line: summitry --database 'URL'"))
        url_help.setWordWrap(True)

        self.busy = QProgressBar()
        self.busy.setObjectName("serverBusy")
        self.busy.setRange(0, 0)  # no end known: a busy indicator
        self.busy.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("serverStop")
        self.stop_button.clicked.connect(lambda: self._stop())
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.stop_button)
        self.outcome = QLabel()
        self.outcome.setObjectName("serverOutcome")
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)  # the server's names and the user's URL
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("Test Connection"))
        self.test_button.setObjectName("serverTest")
        self.test_button.setAutoDefault(False)
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.test_button.clicked.connect(lambda: self._start(connect=False))
        self.buttons.accepted.connect(lambda: self._start(connect=True))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("URL:")))
        layout.addWidget(self.url)
        layout.addWidget(url_help)
        layout.addLayout(busy_row)
        layout.addWidget(self.outcome)
        button_row = QHBoxLayout()
        button_row.addWidget(self.test_button)
        button_row.addWidget(self.buttons, 1)
        layout.addLayout(button_row)
        self.setMinimumWidth(600)

        for edit in (self.host, self.database, self.user, self.service, self.rootcert):
            edit.textChanged.connect(lambda _text: self._changed())
        self.port.valueChanged.connect(lambda _value: self._changed())
        self.sslmode.currentIndexChanged.connect(lambda _index: self._changed())
        self.by_fields.toggled.connect(lambda _on: self._changed())
        recent = recent_servers(self.settings)
        self._fill(start if start and location.is_server(start) else recent[0] if recent else "")
        self._set_busy(False)

    def _ssl_words(self) -> list[str]:
        return [
            self.tr("never encrypt"),
            self.tr("encrypt when the server offers it (libpq's default)"),
            self.tr("always encrypt, without checking the server's certificate"),
            self.tr("encrypt, and check the server's certificate against the root certificate"),
            self.tr("as verify-ca, and check the server's name too (the safe choice on a network)"),
        ]

    # --- the address -------------------------------------------------------------------------------------

    def address(self) -> ServerAddress:
        """The address the fields give now."""
        mode = str(self.sslmode.currentData())
        sslmode = "" if mode == "prefer" else mode  # libpq's default: left to it (and to a service file)
        rootcert = self.rootcert.text().strip() if mode in VERIFYING else ""
        if self.by_service.isChecked():
            return ServerAddress(service=self.service.text().strip(), sslmode=sslmode, sslrootcert=rootcert)
        return ServerAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=sslmode,
            sslrootcert=rootcert,
        )

    def _fill(self, url: str) -> None:
        address = ServerAddress.from_url(url) if url else None
        if address is None:
            self._changed()
            return
        self.by_service.setChecked(bool(address.service))
        self.by_fields.setChecked(not address.service)
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.service.setText(address.service)
        mode = address.sslmode if address.sslmode in SSL_MODES else "prefer"
        self.sslmode.setCurrentIndex(SSL_MODES.index(mode))
        self.rootcert.setText(address.sslrootcert)
        self._changed()

    def _connect_to(self, url: str) -> None:
        """A recent server double-clicked (or Enter on it): its address, and Connect."""
        self._fill(url)
        self._start(connect=True)

    def _changed(self) -> None:
        by_service = self.by_service.isChecked()
        for widget in (self.host, self.port, self.database, self.user):
            widget.setEnabled(not by_service)
        self.service.setEnabled(by_service)
        verifying = str(self.sslmode.currentData()) in VERIFYING
        self.rootcert.setEnabled(verifying)
        self.choose_rootcert.setEnabled(verifying)
        url = self.address().url()
        self.url.setText(url)
        self.url.setCursorPosition(0)  # its beginning: the part people read first
        self.url.setToolTip(url)
        if self._work is None or not self._work.running():
            self.outcome.clear()

    def _choose_rootcert(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Root Certificate"),
            self.rootcert.text() or "",
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if chosen:
            self.rootcert.setText(chosen)

    def _missing(self) -> str | None:
        """What must be filled in before the server can be asked, or None."""
        address = self.address()
        if self.by_service.isChecked() and not address.service:
            return self.tr("Name the libpq service (a section of ~/.pg_service.conf), or connect with a host.")
        if not self.by_service.isChecked() and not address.database:
            return self.tr("Name the database on the server (for example summitry).")
        return None

    # --- talking to the server -----------------------------------------------------------------------------

    def _start(self, *, connect: bool, typed: bool = False) -> None:
        """Ask the server (Test Connection, or Connect); ``typed``: with a password just typed at the prompt."""
        if self._work is not None and self._work.running():
            return
        missing = self._missing()
        if missing is not None:
            self._say(missing, good=False)
            return
        url = self.address().url()
        target, remembered = server_login.with_remembered_password(url)
        if self._typed is not None and self._typed[0] == url:
            target, remembered = self._typed[1], True
        from model.store.server_probe import check_server

        self._set_busy(True, url)
        self._work = ServerWork(
            lambda: check_server(target),
            lambda result, error: self._done(result, error, target, connect, typed or remembered),
            self,
        ).start()

    def _done(self, result: object, error: BaseException | None, target: str, connect: bool, typed: bool) -> None:
        from model.store.server_probe import ServerCheck

        self._set_busy(False)
        if error is not None:  # not the server's refusal (those come worded in the result): a fault of ours
            raise error
        assert isinstance(result, ServerCheck)
        fault = result.fault
        if fault is not None and server_login.wants_password(fault, typed):
            again = server_login.ask_password(fault, target, self, refused=fault.reason == "refused")
            if again is not None:
                self._typed = (location.display_target(target), again)
                self._start(connect=connect, typed=True)
                return
            no_password = self.tr("No password was given: nothing was opened.")
            self._say(f"{fault.message}\n{no_password}", good=False)
            return
        self._say(result.words, good=result.usable)
        if connect and result.usable and location.display_target(target) == self.address().url():
            self.target = target
            self.accept()

    def _stop(self) -> None:
        if self._work is not None and self._work.running():
            self._work.cancel()
            self._set_busy(False)
            self._say(self.tr("Stopped waiting for the server. Nothing was opened or changed."), good=False)

    def _set_busy(self, busy: bool, url: str = "") -> None:
        self.busy.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        if busy:
            self._say(self.tr("Asking the server at {url}…").replace("{url}", url), good=None)

    def _say(self, words: str, *, good: bool | None) -> None:
        """Show the outcome: in green when it worked, red when not, plain while waiting."""
        self.outcome.setText(words)
        self.outcome.setStyleSheet("" if good is None else f"color: {_GOOD if good else _BAD};")

    def reject(self) -> None:
        """Cancel: stop waiting for the server (if it is being asked) and close."""
        if self._work is not None:
            self._work.cancel()
        super().reject()


def ask_for_server(parent: QWidget | None, start: str | None = None, settings: QSettings | None = None) -> str | None:
    """Show the dialog; the URL to open (with a password typed at the prompt, in memory only), or None."""
    dialog = ConnectServerDialog(settings, start, parent)
    try:
        return dialog.target if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
