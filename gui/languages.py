"""The interface's language: the choice kept in the settings (System, English, Русский) and what it comes to.

The window applies the choice at start-up (gui.translation); Edit ▸ Preferences… changes it for the next start.
"System" follows the operating system's languages, in their order of preference: the first one Summitry has
(English or Russian), else English. This module imports no Qt, so the command line can read the choice (with
the standard library's INI reader) without loading Qt for people who work in English.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

#: The settings key, and its values: "system", or a language's ISO 639-1 code.
KEY = "interface/language"
SYSTEM = "system"
ENGLISH = "en"
RUSSIAN = "ru"
#: The languages of the interface, each named in itself: whoever cannot read the current one finds their own.
NAMES = {ENGLISH: "English", RUSSIAN: "Русский"}
CHOICES = (SYSTEM, ENGLISH, RUSSIAN)


def chosen(value: object) -> str:
    """The choice a stored value stands for (anything else, as in a hand-edited file: System)."""
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def language_of(name: str) -> str | None:
    """The interface language of a locale name ("ru_RU.UTF-8", "ru-RU", "en"), if Summitry has it."""
    code = name.replace("-", "_").partition("_")[0].partition(".")[0].lower()
    return code if code in NAMES else None


def resolve(choice: str, preferred: Iterable[str]) -> str:
    """The language to show for a choice; ``preferred`` lists the system's languages, most preferred first."""
    if choice in NAMES:
        return choice
    for name in preferred:
        language = language_of(name)
        if language is not None:
            return language
    return ENGLISH


def environment_languages(env: Mapping[str, str] | None = None) -> list[str]:
    """The languages the environment asks for, as gettext reads them: ``LANGUAGE`` (a list, honoured unless the
    locale is C), then the locale of messages (``LC_ALL``, else ``LC_MESSAGES``, else ``LANG``)."""
    env = os.environ if env is None else env
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if locale.partition(".")[0] in ("", "C", "POSIX"):
        return []
    return [name for name in env.get("LANGUAGE", "").split(":") if name] + [locale]


def saved_choice(path: Path) -> str:
    """The choice stored in the settings file at ``path``, read without Qt (System when none can be read).

    QSettings writes ``interface/language`` as the key ``language`` of the INI section ``[interface]``.
    """
    import configparser  # here, not at the top: the window's start reads the choice with QSettings

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return SYSTEM  # a damaged file: the window sets it aside at its next start
    section, _, key = KEY.partition("/")
    return chosen(parser.get(section, key, fallback=SYSTEM))


def command_line_language(path: Path, env: Mapping[str, str] | None = None) -> str:
    """The language of the command line's words: the choice made in the window, and for System the
    environment's (``LANG``), as every command-line program reads it."""
    return resolve(saved_choice(path), environment_languages(env))
