"""File ▸ Connect to a Server…, as a person uses it against the tests' real server: the address typed in, Test
Connection (a busy indicator, then the answer in words), the password prompt when the server asks (a wrong
password refused in words, asked again), Connect; the server listed again later without its password, the
next start asking for the password again; and the password in no file Summitry wrote."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

import gui.app
from gui.dialogs.server_connect import ConnectServerDialog
from gui.dialogs.server_login import PasswordPrompt, forget_all
from tests.backends import TestBackend
from tests.gui.menus import choose_in, menu_action
from tests.gui.scripted import always, answered, fill_address, script
from tests.postgres import Login, grant, nowhere_holds, password_login
from tests.tcp_relay import silent_server, tcp_relay


@pytest.fixture
def login(server: TestBackend) -> Iterator[Login]:
    forget_all()  # a new session: no password remembered from another test
    with password_login(server) as made:
        yield made
    forget_all()


def _window_on(qtbot: Any, target: str) -> Any:
    _app, window = gui.app.start_app(target)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
    return window


def _type(qtbot: Any, widget: Any, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_connect_to_a_server_with_a_password_typed_at_the_prompt(qtbot: Any, server: TestBackend, login: Login) -> None:
    here = server.new_target("bundled")
    theirs = server.new_target("bundled")
    grant(theirs, login.user, tables=True)
    parts = make_url(theirs)
    socket_folder, name = str(parts.query["host"]), str(parts.database)
    window = _window_on(qtbot, here)  # a window on another archive, as the server's own user
    wrong = "Wrong-" + login.password
    seen: dict[str, str] = {}

    def fill_and_test(dialog: ConnectServerDialog) -> None:
        _type(qtbot, dialog.host, socket_folder)
        _type(qtbot, dialog.database, name)
        _type(qtbot, dialog.user, login.user)
        seen["url"] = dialog.url.text()
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        seen["busy"] = str(dialog.busy.isVisible())

    def answer(password: str) -> Callable[[PasswordPrompt], None]:
        def typed(prompt: PasswordPrompt) -> None:
            seen.setdefault("question", prompt.question.text())
            seen["refusal"] = prompt.refusal.text() if prompt.refusal.isVisible() else ""
            assert prompt.password.text() == "", "never filled in beforehand"
            qtbot.keyClicks(prompt.password, password)
            qtbot.mouseClick(prompt.connect_button, Qt.MouseButton.LeftButton)

        return typed

    def read_and_connect(dialog: ConnectServerDialog) -> None:
        seen["outcome"] = dialog.outcome.text()
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    with script(
        (ConnectServerDialog, always, fill_and_test),
        (PasswordPrompt, lambda p: not p.refusal.isVisible(), answer(wrong)),
        (PasswordPrompt, lambda p: p.refusal.isVisible(), answer(login.password)),
        (ConnectServerDialog, answered, read_and_connect),
    ):
        menu_action(qtbot, window, "File", "Connect to a Server…").trigger()
        qtbot.waitUntil(lambda: window.database is not None and window.database.target != here, timeout=30000)

    shown = f"postgresql+psycopg://{login.user}@/{name}?host={socket_folder}"
    assert seen["url"] == shown  # the URL --database takes, shown as it is typed
    assert seen["busy"] == "True"  # a busy indicator while the server is asked
    assert seen["question"] == (
        f"The PostgreSQL server on this computer ({socket_folder}) asks for the password of the user "
        f"'{login.user}' to open '{name}'."
    )
    assert seen["refusal"] == (f"The server of {shown} refused the user name or password for '{login.user}'.")
    assert seen["outcome"].startswith("Connected to PostgreSQL ")
    assert seen["outcome"].endswith(f" as {login.user}. It holds a Summitry archive.")
    assert window.database_label.text() == shown
    assert window.statusBar().currentMessage().startswith(f"Connected to {shown}.")
    window.close()
    window.close_database()

    # the next start opens the same archive, and asks for the password again (it was kept nowhere)
    forget_all()
    with script((PasswordPrompt, always, answer(login.password))):
        _app, again = gui.app.start_app()
        qtbot.addWidget(again)
        qtbot.waitUntil(lambda: again.database is not None, timeout=30000)
    assert again.database_label.text() == shown

    # and File ▸ Connect to a Server… lists it, without the password
    recent: list[str] = []

    def read_recent(dialog: ConnectServerDialog) -> None:
        recent.extend(dialog.recent.item(row).text() for row in range(dialog.recent.count()))
        dialog.reject()

    with script((ConnectServerDialog, always, read_recent)):
        menu_action(qtbot, again, "File", "Connect to a Server…").trigger()
    assert recent[0] == shown
    texts = [again.windowTitle(), again.database_label.text(), *seen.values(), *recent]
    again.close()
    again.close_database()
    for password in (login.password, wrong):
        nowhere_holds(password, Path(os.environ["HOME"]), *texts)


def test_the_tls_answer_and_an_unknown_database_in_words(qtbot: Any, server: TestBackend) -> None:
    here = server.new_target("bundled")
    parts = make_url(here)
    window = _window_on(qtbot, here)
    outcomes: list[str] = []

    def test_with(database: str, sslmode: str, port: int) -> Callable[[ConnectServerDialog], None]:
        def act(dialog: ConnectServerDialog) -> None:
            _type(qtbot, dialog.host, "127.0.0.1")
            dialog.port.setValue(port)
            _type(qtbot, dialog.database, database)
            _type(qtbot, dialog.user, str(parts.username))
            choose_in(
                qtbot,
                dialog.sslmode,
                next(
                    dialog.sslmode.itemText(i)
                    for i in range(dialog.sslmode.count())
                    if dialog.sslmode.itemData(i) == sslmode
                ),
            )
            qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)

        return act

    def read(dialog: ConnectServerDialog) -> None:
        outcomes.append(dialog.outcome.text())

    def read_and_cancel(dialog: ConnectServerDialog) -> None:
        read(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()

    with (
        tcp_relay(str(parts.query["host"])) as port,
        script(
            (ConnectServerDialog, always, test_with(str(parts.database), "require", port)),
            (ConnectServerDialog, answered, read),
            (
                ConnectServerDialog,
                lambda d: answered(d) and len(outcomes) == 1,
                test_with("no_such_archive", "disable", port),
            ),
            (ConnectServerDialog, lambda d: answered(d) and len(outcomes) == 1, read_and_cancel),
        ),
    ):
        menu_action(qtbot, window, "File", "Connect to a Server…").trigger()
    at = f"postgresql+psycopg://{parts.username}@127.0.0.1:{port}"
    assert outcomes[0].splitlines()[0] == (
        f"The server of {at}/{parts.database}?sslmode=require does not offer an encrypted (TLS) connection, "
        "and sslmode=require requires one."
    )
    assert outcomes[1].splitlines()[0] == f"The server of {at}/no_such_archive?sslmode=disable has no such database."
    assert window.database is not None and window.database.target == here  # nothing else was opened
    window.close()


def test_a_libpq_service_and_pgpass_connect_without_a_prompt(
    qtbot: Any, server: TestBackend, login: Login, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = server.new_target("bundled")
    theirs = server.new_target("bundled")
    grant(theirs, login.user, tables=True)
    parts = make_url(theirs)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:{parts.database}:{login.user}:{login.password}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    services = tmp_path / "services.conf"
    services.write_text(
        f"[team]\nhost={parts.query['host']}\ndbname={parts.database}\nuser={login.user}\n", encoding="utf-8"
    )
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    window = _window_on(qtbot, here)
    seen: list[str] = []

    def by_service(dialog: ConnectServerDialog) -> None:
        qtbot.mouseClick(dialog.by_service, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.service, "team")
        seen.append(dialog.url.text())
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    # no step answers a password prompt: one would stay up, and the window would never switch
    with script((ConnectServerDialog, always, by_service)):
        menu_action(qtbot, window, "File", "Connect to a Server…").trigger()
        qtbot.waitUntil(lambda: window.database_label.text() == "postgresql+psycopg:///?service=team", timeout=30000)
    assert seen == ["postgresql+psycopg:///?service=team"]
    assert not any(isinstance(w, PasswordPrompt) and w.isVisible() for w in QApplication.topLevelWidgets())
    window.close()


def test_stop_gives_the_dialog_back_while_a_server_does_not_answer(qtbot: Any) -> None:
    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with silent_server() as port:
        fill_address(qtbot, dialog, "127.0.0.1", "summitry", "anna")
        dialog.port.setValue(port)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.busy.isVisible() and dialog.stop_button.isVisible() and not dialog.test_button.isEnabled()
        assert dialog.outcome.text() == f"Asking the server at postgresql+psycopg://anna@127.0.0.1:{port}/summitry…"
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
        assert dialog.outcome.text() == "Stopped waiting for the server. Nothing was opened or changed."
        assert not dialog.busy.isVisible() and dialog.test_button.isEnabled() and dialog.connect_button.isEnabled()
    dialog.reject()


def test_a_start_refused_for_tls_offers_connect_to_a_server_with_the_address_filled_in(
    qtbot: Any, server: TestBackend
) -> None:
    from gui.dialogs.open_error_dialog import Choice, OpenErrorDialog

    url = server.new_target("bundled")
    parts = make_url(url)
    shown: list[str] = []

    def choose_connect(dialog: OpenErrorDialog) -> None:
        shown.append(dialog.message.text())
        dialog.buttons[Choice.CONNECT_SERVER].click()

    def plain_on_this_network(dialog: ConnectServerDialog) -> None:
        shown.append(dialog.url.text())
        choose_in(qtbot, dialog.sslmode, dialog.sslmode.itemText(0))  # disable: never encrypt
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    with tcp_relay(str(parts.query["host"])) as port:
        at = f"postgresql+psycopg://{parts.username}@127.0.0.1:{port}/{parts.database}"
        with script(
            (OpenErrorDialog, always, choose_connect),
            (ConnectServerDialog, always, plain_on_this_network),
        ):
            window = _window_on(qtbot, f"{at}?sslmode=require")
        assert shown[0].startswith(
            f"The server of {at}?sslmode=require does not offer an encrypted (TLS) connection, and sslmode=require"
        )
        assert shown[1] == f"{at}?sslmode=require"  # the dialog starts at the address that was refused
        assert window.database_label.text() == f"{at}?sslmode=disable"
        window.close()
