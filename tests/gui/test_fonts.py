"""The bundled fonts: registered from resources, licensed, and a clear word when CJK cannot print."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from gui import fonts


def test_bundled_families_register(qapp: Any) -> None:
    families = fonts.register_fonts()
    for family in (fonts.SERIF, fonts.SANS, *fonts.SCRIPT_FAMILIES):
        assert family in families


def test_every_font_ships_with_its_licence() -> None:
    folder = resources.files("resources").joinpath("fonts")
    names = {e.name for e in folder.iterdir()}
    assert "OFL.txt" in names
    assert "SIL OPEN FONT LICENSE Version 1.1" in folder.joinpath("OFL.txt").read_text(encoding="utf-8")
    assert len([n for n in names if n.endswith(".ttf")]) == 12


def test_cjk_warning_only_when_no_font_can_print_it(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert fonts.cjk_warning("Vientiane, ວຽງຈັນ") == ""
    monkeypatch.setattr(fonts.QFontDatabase, "families", lambda *a: [])
    assert "Install a CJK font" in fonts.cjk_warning("東京")
    monkeypatch.setattr(fonts.QFontDatabase, "families", lambda *a: ["Noto Sans CJK SC"])
    assert fonts.cjk_warning("東京") == ""


def test_script_fonts_register_on_their_own(qapp: Any) -> None:
    assert set(fonts.SCRIPT_FAMILIES) <= set(fonts.register_script_fonts())


def test_text_needing_a_script_font_is_recognised() -> None:
    assert fonts.needs_script_fonts("Vientiane, ວຽງຈັນ")
    assert fonts.needs_script_fonts("ភ្នំពេញ")
    assert fonts.needs_script_fonts("กรุงเทพ") and fonts.needs_script_fonts("နေပြည်တော်")
    assert not fonts.needs_script_fonts("Москва, Jakarta, 東京")
