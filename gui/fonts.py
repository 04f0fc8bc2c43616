"""The fonts briefs are printed with: bundled Noto families, registered once, and a check for CJK coverage."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

#: Body text; the script families follow so Qt falls back to them glyph by glyph.
SERIF = "Noto Serif"
SANS = "Noto Sans"
SCRIPT_FAMILIES = ("Noto Sans Lao", "Noto Sans Khmer", "Noto Sans Thai", "Noto Sans Myanmar")


@lru_cache(maxsize=1)
def _cjk() -> re.Pattern[str]:
    """Han, kana and Hangul: compiled when a brief is first checked (its ranges cost ~1 ms to compile), not
    with the detail pane that imports this module at start."""
    return re.compile("[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


#: Text in these scripts needs a bundled font: many systems have none for Lao, Khmer or Myanmar.
_SCRIPT_TEXT = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff]")


def _register(keep: Callable[[str], bool]) -> tuple[str, ...]:
    families: list[str] = []
    for entry in sorted(resources.files("resources").joinpath("fonts").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".ttf") and keep(entry.name):
            font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def _is_script_font(name: str) -> bool:
    return any(name.startswith(f.replace(" ", "") + "-") for f in SCRIPT_FAMILIES)


@lru_cache(maxsize=1)
def register_script_fonts() -> tuple[str, ...]:
    """Register the bundled Lao, Khmer, Thai and Myanmar fonts with Qt (once per process).

    The detail pane needs only these (the body text keeps the system font), and registering them is a
    fraction of registering every bundled font. Needs a QGuiApplication.
    """
    return _register(_is_script_font)


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, ...]:
    """Register the bundled fonts with Qt (once per process); returns the families now available.

    Needs a QGuiApplication. Fonts are read with importlib.resources, so they work from a wheel or a zip too.
    """
    return tuple(dict.fromkeys((*register_script_fonts(), *_register(lambda name: not _is_script_font(name)))))


def needs_script_fonts(text: str) -> bool:
    """Whether ``text`` has Thai, Lao, Myanmar or Khmer characters (shown with the bundled fonts)."""
    return _SCRIPT_TEXT.search(text) is not None


def css_families(first: str) -> str:
    """A CSS font-family list: ``first``, then the bundled script fonts, each quoted."""
    return ", ".join(f"'{f}'" for f in (first, *SCRIPT_FAMILIES))


def cjk_warning(text: str) -> str:
    """A message when ``text`` has Chinese, Japanese or Korean characters and no installed font can print them."""
    if not _cjk().search(text):
        return ""
    systems = QFontDatabase.WritingSystem
    cjk_systems = (systems.SimplifiedChinese, systems.TraditionalChinese, systems.Japanese, systems.Korean)
    if any(QFontDatabase.families(system) for system in cjk_systems):
        return ""
    return QCoreApplication.translate(
        "Fonts",
        "This document contains Chinese, Japanese or Korean text, but no font for it is installed, so those "
        "characters print as empty boxes. Install a CJK font (for example Noto Sans CJK, Debian package "
        "fonts-noto-cjk) and export again.",
    )
