"""Reaching menu items and list choices as a person does: open each menu on the way, then click the item."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu


def plain(text: str) -> str:
    """A menu text as shown: "&&" is one "&", a single "&" only marks the keyboard accelerator."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def open_menu(qtbot: Any, menu: QMenu) -> None:
    """Pop the menu up (menus filled as they open, like Searches, fill now) and close it again."""
    menu.popup(QPoint(0, 0))
    qtbot.waitUntil(menu.isVisible)
    menu.hide()


def top_menus(window: QMainWindow) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]


def menu_action(qtbot: Any, window: QMainWindow, *path: str) -> QAction:
    """The item at ``path`` ("File", "Searches", "Save This Search…"), opening each menu on the way."""
    menus = top_menus(window)
    menu = next((m for m in menus if plain(m.title()) == path[0]), None)
    assert menu is not None, f"no menu {path[0]!r} in {[plain(m.title()) for m in menus]}"
    for step in path[1:]:
        open_menu(qtbot, menu)
        found = next((a for a in menu.actions() if plain(a.text()) == step), None)
        assert found is not None, f"no {step!r} in {[plain(a.text()) for a in menu.actions()]}"
        if step == path[-1]:
            return found
        sub = found.menu()
        assert isinstance(sub, QMenu), f"{step!r} is not a menu"
        menu = sub
    raise AssertionError("a path names a menu and at least one item")


def walk(qtbot: Any, menu: QMenu, trail: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], QAction]]:
    """Every item of a menu and its submenus (each opened first), with its path of menu texts."""
    open_menu(qtbot, menu)
    here = (*trail, plain(menu.title()))
    for action in list(menu.actions()):
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from walk(qtbot, sub, here)
        else:
            yield (*here, plain(action.text())), action


def choose_in(qtbot: Any, combo: QComboBox, label: str) -> None:
    """Open a combo box's list and click the item showing ``label``."""
    row = combo.findText(label)
    assert row >= 0, f"no {label!r} in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(row, combo.modelColumn())
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
