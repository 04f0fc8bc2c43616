"""The one normaliser of search text: what the index holds for a text, and which of it a query's words match.

A text is cut into words — runs of letters and digits, and each character of a script written without
spaces a word of its own — and each word is reduced to one normal form:

- folded: case folded, diacritics removed (``Hà Nội`` → ``ha noi``, ``café`` → ``cafe``), ``ё`` written ``е``;
- a Latin-script word stemmed with Snowball's English stemmer (PyStemmer): ``consultations`` → ``consult``;
- a Russian word reduced to its dictionary form (:mod:`model.text.russian`): ``Маниле`` → ``манила``;
- an acronym — two to five capitals, in any script — only folded, so ``АРФ`` is not a harp (``арфа``) and
  ``AIDS`` not ``aid``;
- Thai, Lao, Khmer, Myanmar, Chinese, Japanese and Korean, written without spaces between words, one word per
  letter: a word of theirs is found as a phrase of its letters anywhere in a run. Their vowel signs and tone
  marks separate letters and are not words, as in SQLite's ``unicode61`` tokenizer.

The index stores the normal forms separated by spaces (:func:`index_text`): SQLite's FTS5 reads them with
``unicode61`` (which finds nothing left to fold) and PostgreSQL can read the same with ``simple``. A query's
words become the forms they match by the same rules (:func:`term_pattern`), and the texts whose matched words
are highlighted are cut the same way (:func:`located`), so what is found and what is marked agree by
construction, on every backend.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.text import russian

if TYPE_CHECKING:
    import Stemmer

#: Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Hangul syllables, kana, CJK
#: ideographs (with extensions and compatibility forms).
NO_SPACE = (
    "\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f\u1780-\u17ff\u19e0-\u19ff"
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0002fa1f"
)
#: A word: one letter of a script without spaces, or a run of other letters and digits. Diacritics written
#: as separate combining characters (U+0300–U+036F, as in "Ha\u0300") belong to the word they are in; a "word"
#: of such marks alone folds to nothing and is dropped. Marks of other scripts (Thai tones, Khmer vowel signs)
#: separate letters, as in SQLite's unicode61 tokenizer. This finds the words one by one, with their places.
_LOCATED = re.compile(rf"(?=[^\W_])[{NO_SPACE}]|(?:[^\W_{NO_SPACE}]|[\u0300-\u036f])+")
_ASCII_LOCATED = re.compile(r"[A-Za-z0-9]+")
# The same words found faster, for whole texts (an import reads millions of words; this is twice as fast):
# ASCII text by translating what is not a letter or digit to spaces; other text with the letters of scripts
# without spaces set apart by spaces first, then by runs of word characters (underscores made spaces).
_ASCII_SEPARATORS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
_NO_SPACE_RUN = re.compile(f"[{NO_SPACE}]+")
_RUN = re.compile(r"[\w\u0300-\u036f]+")
_DIACRITICS = "".join(map(chr, range(0x300, 0x370)))
#: Longer "words" are only folded (FTS5's porter stemmer stopped at the same length): no language has them.
MAX_WORD = 64
#: A query word that may match in several forms multiplies a phrase's forms; past this many, one form each.
MAX_ALTERNATIVES = 8
#: Normal forms remembered (at most some 60 MB); past this many they are forgotten and met again. An archive's
#: text has tens of thousands of different words, and a search's a few.
_CACHE_MAX = 300_000


def words(text: str) -> list[str]:
    """The words of a text as written, in order (with any that hold only diacritics, whose forms are empty)."""
    if text.isascii():
        return text.translate(_ASCII_SEPARATORS).split()
    if "_" in text:
        text = text.replace("_", " ")
    return _RUN.findall(_NO_SPACE_RUN.sub(_spaced, text))


def _spaced(run: re.Match[str]) -> str:
    return " " + " ".join(run.group()) + " "


def fold(word: str) -> str:
    """A written word case folded and without diacritics ("Nội" → "noi", "ЕЩЁ" → "еще"), not stemmed."""
    if word.isascii():
        return word.lower()
    if russian.has_cyrillic(word):
        return russian.fold(word)  # not NFD-stripped: "й" is a letter of its own, not "и" with a breve
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def normal_form(word: str) -> str:
    """The form the index holds for one written word (see the module's description)."""
    return _NORMAL[word]


def tokens(text: str) -> list[str]:
    """The normal forms of a text's words, in order: what the index holds for it."""
    if text.isascii():
        return list(map(_NORMAL.__getitem__, text.translate(_ASCII_SEPARATORS).split()))
    return list(filter(None, map(_NORMAL.__getitem__, words(text))))


def index_text(text: str) -> str:
    """A text as the full-text index stores it: its words' normal forms, separated by spaces."""
    if text.isascii():  # no word of marks alone, so no empty form to leave out: the import's common case
        return " ".join(map(_NORMAL.__getitem__, text.translate(_ASCII_SEPARATORS).split()))
    return " ".join(filter(None, map(_NORMAL.__getitem__, words(text))))


def located(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normal form) of each word of a text: where the index's tokens were written."""
    pattern = _ASCII_LOCATED if text.isascii() else _LOCATED
    normal = _NORMAL
    found = ((m.start(), m.end(), normal[m.group()]) for m in pattern.finditer(text))
    return [word for word in found if word[2]]


# --- what a query's words match ----------------------------------------------------------------------


@dataclass(frozen=True)
class TermPattern:
    """What a word, prefix or phrase of a query matches in the index's tokens.

    Any of ``alternatives``: each a run of normal forms that must stand together, in this order (a phrase, or
    a word of several tokens such as ``flood-forecasting`` or a Lao word); with ``prefix``, the last form of
    a run matches any token that starts with it. Most words have one alternative of one form.
    """

    alternatives: tuple[tuple[str, ...], ...]
    prefix: bool = False


def term_pattern(text: str, prefix: bool = False) -> TermPattern | None:
    """The pattern of a query term (``prefix`` for ``consult*``), or None when it holds no word."""
    written = [w for w in words(text) if _NORMAL[w]]
    if not written:
        return None
    forms = [word_forms(w) for w in written]
    if prefix:
        forms[-1] = prefix_forms(written[-1])
    if math.prod(len(f) for f in forms) > MAX_ALTERNATIVES:
        forms = [f[:1] for f in forms]
    return TermPattern(tuple(itertools.product(*forms)), prefix)


def word_forms(word: str) -> tuple[str, ...]:
    """The normal forms a word typed in a query matches: its own, and its folded form when that may be an
    acronym the index holds as written ("aids" finds *aid* and *AIDS*, "арф" *арфа* and *АРФ*; "AIDS" and
    "АРФ", typed in capitals, only the acronym)."""
    normal, folded = _NORMAL[word], fold(word)
    if normal != folded and _may_be_acronym(folded) and not russian.is_acronym(word):
        return (normal, folded)
    return (normal,)


def prefix_forms(word: str) -> tuple[str, ...]:
    """What the tokens a prefix (``consult*``) matches start with.

    The prefix as written (folded), and its normal form when the prefix is a whole word whose normal form
    the written one does not start with: ``consultation*`` finds what *consultation* does (the index holds
    ``consult``), ``Маниле*`` what *Манила* does. A Russian prefix that is not a word ("консульт") is
    only folded: its dictionary form would be a guess.
    """
    folded = fold(word)
    if len(folded) > MAX_WORD or russian.is_acronym(word):
        return (folded,)
    guessed = russian.has_cyrillic(word) and not russian.is_known(folded)
    return _broadest(folded, folded if guessed else _NORMAL[word])


def _broadest(*prefixes: str) -> tuple[str, ...]:
    """The prefixes that no shorter one of them already covers ("consult" covers "consultation")."""
    unique = sorted(set(prefixes), key=lambda p: (len(p), p))
    kept: list[str] = []
    for p in unique:
        if not any(p.startswith(k) for k in kept):
            kept.append(p)
    return tuple(kept)


def name_keys(value: str) -> tuple[str, ...]:
    """The ways a name typed in a field filter may read in the index's forms ("России" → "россия");
    compared with :func:`index_text` of the names a database holds."""
    pattern = term_pattern(value)
    return tuple(" ".join(run) for run in pattern.alternatives) if pattern else ()


def _may_be_acronym(folded: str) -> bool:
    return 2 <= len(folded) <= russian.ACRONYM_MAX and folded.isalpha()


# --- normal forms, computed once per word ------------------------------------------------------------


def _normal_form(word: str) -> str:
    word = word.lstrip(_DIACRITICS)  # written before any letter, a diacritic belongs to none
    if not word:
        return ""
    if russian.has_cyrillic(word):
        return russian.normalize_word(word) if len(word) <= MAX_WORD else russian.fold(word)
    folded = fold(word)
    if len(folded) > MAX_WORD or not folded.isascii() or russian.is_acronym(word):
        return folded  # Greek, Arabic, a letter of a script without spaces …: folded only
    return _stemmer().stemWord(folded)


class _NormalForms(dict[str, str]):
    """Each written word's normal form, computed when first met: texts repeat their words, so an import of
    millions of words computes a few hundred thousand (a dictionary hit costs a tenth of a stemming)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _CACHE_MAX:
            self.clear()
        normal = self[word] = _normal_form(word)
        return normal


_NORMAL = _NormalForms()
_LOCAL = threading.local()


def forget() -> None:
    """Forget every normal form met so far (a benchmark's floor then starts as cold as the import did)."""
    _NORMAL.clear()
    russian.forget()


def _stemmer() -> Stemmer.Stemmer:
    """This thread's English stemmer (a PyStemmer object must not be used by two threads at once)."""
    stemmer: Stemmer.Stemmer | None = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        import Stemmer

        stemmer = _LOCAL.stemmer = Stemmer.Stemmer("english")
    return stemmer
