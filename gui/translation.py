"""Putting the interface into its language: Qt's translators for the window, and the same words for model/.

:func:`install` (at start-up, gui.app) gives the application, in the order Qt asks them (the last installed
first): Summitry's catalogue (``resources/translations/summitry_<language>.qm``), Qt's own for its standard
dialogs (``qtbase_<language>.qm``, from the PySide6 wheel: file dialogs, message-box buttons), and
:class:`EnglishPlurals` under both. It makes another language's locale the default one (numbers such as
"10 000" in ``%Ln``; English leaves the system's as it was) and hands model/ its translating function
(:mod:`model.i18n`). English needs no catalogue: the source text is English.

The command line (``summitry show``, ``search``…) runs without a QCoreApplication: :func:`install_for_command_line`
reads the same catalogue with a bare QTranslator, which needs none, and hands model/ a function over it. For
English it does nothing and imports no Qt (see gui.cli).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.languages import ENGLISH
from model import i18n

#: Summitry's catalogues: resources/translations/summitry_<language>.qm.
PACKAGE = "resources"
FOLDER = "translations"
CATALOGUE = "summitry"
#: Qt's catalogue for the widgets it words itself (in the wheel's translations folder).
QT_CATALOGUE = "qtbase"

_installed: list[QTranslator] = []
_language = [ENGLISH]


class EnglishPlurals(QTranslator):
    """English plurals for text nothing else translates: "%n record(s)" reads "1 record", "2 records".

    Qt shows an untranslated plural as written ("2 record(s)"); this words it by the rule model/ uses
    without Qt (:func:`model.i18n.english`), so the window and the command line agree, the number in already
    (``%Ln`` grouped the English way, "10,000", whatever the system's locale). Text without a number is left
    to the next translator (None: not found), and so shows as written.
    """

    def isEmpty(self) -> bool:  # an empty translator would be skipped
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        if n < 0 or "%" not in source:
            return None
        return i18n.english(source, n)


def catalogue(language: str) -> bytes | None:
    """The compiled catalogue (.qm) of a language, as bundled; None for English, or one not bundled."""
    if language == ENGLISH:
        return None
    from importlib import resources  # only for another language: English starts without it

    path = resources.files(PACKAGE).joinpath(FOLDER, f"{CATALOGUE}_{language}.qm")
    return path.read_bytes() if path.is_file() else None


class _Catalogue(QTranslator):
    """A translator over a catalogue's bytes, which it keeps: Qt reads them in place, for as long as it lives."""

    def __init__(self, data: bytes, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.data = data


def _load(data: bytes, owner: QCoreApplication | None = None) -> QTranslator | None:
    translator = _Catalogue(data, owner)
    return translator if translator.load(data) else None


def _qt_catalogue(language: str, owner: QCoreApplication) -> QTranslator | None:
    translator = QTranslator(owner)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"{QT_CATALOGUE}_{language}", folder) else None


def install(app: QCoreApplication, language: str) -> str:
    """Show the interface in ``language`` ("en", "ru") from now on; returns the language installed (English
    when the language's catalogue is missing). Replaces what an earlier call installed. Another language's
    locale becomes the default one (its numbers, "10 000", and Qt's dialogs' dates)."""
    uninstall(app)
    translators: list[QTranslator] = [EnglishPlurals(app)]
    data = catalogue(language)
    ours = _load(data, app) if data is not None else None
    if ours is None:
        language = ENGLISH
    else:
        qt = _qt_catalogue(language, app)
        translators += [qt, ours] if qt is not None else [ours]
    for translator in translators:
        app.installTranslator(translator)
    _installed[:] = translators
    _language[0] = language
    if language != ENGLISH:  # English leaves the system's formats (file dialogs' dates and sizes) as they were
        QLocale.setDefault(QLocale(language))
    i18n.install(_qt_translate, language)
    return language


def uninstall(app: QCoreApplication) -> None:
    """Take away what :func:`install` installed: English as written, the system's locale, model/ in English."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language[0] = ENGLISH
    QLocale.setDefault(QLocale.system())
    i18n.install(None)


def language() -> str:
    """The language :func:`install` put the interface into (English before it is called)."""
    return _language[0]


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def install_for_command_line(language: str) -> bool:
    """Give model/ the words of ``language`` for the command line, with no QCoreApplication; False when
    there is nothing to install (English, or a catalogue not bundled)."""
    data = catalogue(language)
    translator = _load(data) if data is not None else None
    if translator is None:
        return False
    locale = QLocale(language)

    def translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, source, disambiguation, n)
        if not found:  # not in the catalogue: English, as written
            return i18n.english(source, n)
        return found if n < 0 else found.replace("%Ln", locale.toString(n)).replace("%n", str(n))

    _installed_for_command_line[:] = [translator]
    i18n.install(translate, language)
    return True


#: The command line's translator, kept alive as long as model/ uses it.
_installed_for_command_line: list[QTranslator] = []
