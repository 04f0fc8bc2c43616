"""The words the program shows people, in their language, for code that never imports Qt.

Text is marked where it is written, in forms ``pyside6-lupdate`` extracts into
``resources/translations/summitry_ru.ts`` (``python -m tests.translations update``)::

    class SearchText(Words):
        "What a search says about its results (the context translators see)."

    SearchText.tr("No results")
    SearchText.tr("%Ln result(s)", "", total)   # a plural: each language has its own forms per number

lupdate reads ``Name.tr(...)`` as a message of the context ``Name``, and :class:`Words` uses its subclass's name
as the context at run time, so the two always agree. Plurals need ``tr``: lupdate's Python parser takes the
fourth argument of ``translate(context, text, None, n)`` for Qt 4's encoding argument when it is a plain
name, and extracts no plural from it. Text kept in a constant is marked with :func:`QT_TRANSLATE_NOOP`
and translated where it is shown, with :func:`translate`.

Until a translating function is installed (:func:`install`: by the window at start-up, by the command line
when its language is not English), text shows as written, in English, with English plurals: the ending in
brackets is the plural's ("%n result(s)": "1 result", "2 results"). ``%n`` is the number, ``%Ln`` the
number with its digits grouped ("10,000").
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: A translating function: (context, source text, disambiguation, number or -1) to the text to show, with
#: ``%n`` and ``%Ln`` already replaced by the number.
Translate = Callable[[str, str, str | None, int], str]

#: "record(s)", "process(es)": a word's English plural ending, in brackets.
_PLURAL_ENDING = re.compile(r"(?<=\w)\((s|es)\)")

_installed: list[Translate] = []
#: The language of the installed words ("en" until :func:`install` is given another): dates and numbers
#: follow it (:func:`model.dates.human`).
_language = ["en"]


def english(source: str, n: int = -1) -> str:
    """``source`` as English shows it: the plural endings in brackets kept for any number but one, and the
    number in place of ``%n`` (``%Ln``: grouped in thousands, "10,000")."""
    if n < 0:
        return source
    text = _PLURAL_ENDING.sub(lambda m: "" if n == 1 else m.group(1), source)
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` (of ``context``) in the language of the interface; ``n`` chooses a plural's form."""
    function = _installed[0] if _installed else None
    return function(context, source, disambiguation, n) if function is not None else english(source, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark ``source`` for translation where it is kept (a constant); :func:`translate` shows it."""
    return source


#: The context of a code's words for a record type whose noun makes them take other forms: in Russian a
#: status agrees with its noun ("встреча проведена", "раунд проведён"); other types use "RecordCode".
_CODE_CONTEXTS = {"round": "RoundCode"}


def code_text(code: str, record_type: str = "") -> str:
    """A code the data stores ("plan-of-action") as people read it, in the interface's language: "Plan of
    action", "План действий" (the words are marked in model.records.reading.CODE_WORDS); ``record_type``: the
    type of the record it describes, where the words depend on it (a round's status)."""
    english = code.replace("-", " ").replace("_", " ")
    return translate(_CODE_CONTEXTS.get(record_type, "RecordCode"), english[:1].upper() + english[1:])


def code_word(code: str, record_type: str = "") -> str:
    """A code as a line written for people shows it: as stored in English ("postponed"), in another language
    its word ("Отложена")."""
    english = code.replace("-", " ").replace("_", " ")
    word = code_text(code, record_type)
    return code if word == english[:1].upper() + english[1:] else word


def code_phrase(code: str, record_type: str = "") -> str:
    """A code as a phrase shows it after a name or inside a sentence: "scheduled", "запланирован"."""
    word = code_word(code, record_type)
    return word[:1].lower() + word[1:]


class Words:
    """The words of one part of the program: a subclass's name is their context (see the module docstring)."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(cls.__name__, source, disambiguation or None, n)


def install(function: Translate | None, language: str = "en") -> None:
    """Translate with ``function`` from now on (None: English, as written); ``language`` is its ISO 639-1
    code, which dates and numbers follow."""
    _installed[:] = [function] if function is not None else []
    _language[0] = language if function is not None else "en"


def language_match(tag: str, language: str) -> int:
    """How well text in the language tagged ``tag`` ("ru-RU") serves a reader of ``language`` ("ru"): 2 the
    same tag, 1 the same language (the tags' first parts), 0 another."""
    tag, language = tag.casefold(), language.casefold()
    if tag == language:
        return 2
    return 1 if tag.partition("-")[0] == language.partition("-")[0] else 0


def language() -> str:
    """The interface's language ("en", "ru"): what :func:`install` was last given."""
    return _language[0]
