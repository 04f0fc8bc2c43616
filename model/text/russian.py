"""Russian word forms for search: one normal form per word, so inflected forms find each other.

Russian inflects nouns in six cases and two numbers, so "Манила", "в Маниле", "из Манилы" or "саммит",
"саммита" are the same word to a reader and different words to a full-text index (FTS5's ``porter`` stemmer
is English only, and its ``remove_diacritics`` leaves ``ё`` alone). Each Cyrillic word is reduced here, in
Python, to its dictionary form (pymorphy3 with the OpenCorpora dictionary): the index holds that form and a
query is reduced the same way, so the index stays plain FTS5 text that the ``sqlite3`` shell reads, and
PostgreSQL can index the very same forms (its ``simple`` configuration keeps them as they are).

This module knows Russian words; :mod:`model.text.normalize` splits text into words, sends the Cyrillic ones
here, and turns what a query says into the forms it matches.

Why a dictionary rather than the Snowball stemmer: Snowball cuts by endings alone and gets the names this
domain is made of wrong ("Манила" → ``ман`` but "Маниле" → ``манил``; "саммит" → ``самм`` but "саммита" →
``саммит``), and merges unrelated words ("страна" and "странный" → ``стран``). bench/russian_search_probe.py
measures both.

Acronyms stay exact: "АРФ" is not the plural genitive of "арфа" (harp), nor "ВАС" (the East Asia Summit) a
form of "вы". A word written wholly in capitals and at most ``ACRONYM_MAX`` letters long is kept as written
(case folded); a longer one ("МАНИЛА", a heading or Caps Lock) is an ordinary word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3

#: Words in capitals up to this long are acronyms (АРФ, АСЕАН, СМИД, БРИКС); longer ones are words.
ACRONYM_MAX = 5

_CYRILLIC = re.compile(r"[\u0400-\u052f]")
#: Diacritics that are not part of a Cyrillic letter: any but a breve or diaeresis right after one (и + breve
#: is й, е + diaeresis ё); stress marks, which dictionaries and textbooks put over vowels, among them.
_DIACRITIC = re.compile(r"[\u0300-\u036f]")
_NOT_OF_A_LETTER = re.compile(r"(?<![\u0400-\u04ff])[\u0300-\u036f]|[\u0300-\u0305\u0307\u0309-\u036f]")
#: A word the dictionary can know: Cyrillic letters only (after folding).
_CYRILLIC_WORD = re.compile(r"[\u0400-\u0481\u048a-\u052f]+")


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds any Cyrillic letter (texts without one need no work here)."""
    return not text.isascii() and _CYRILLIC.search(text) is not None


def fold(word: str) -> str:
    """The word case folded, without stress marks or other diacritics, with ``ё`` written ``е`` ("ЕЩЁ" → "еще").

    Cyrillic letters that carry their diacritic as part of the letter (``й``, ``ї``, ``ў``) keep it; every
    other diacritic goes, stress marks and those over Latin letters in a mixed word alike, as the index's
    tokenizer removes them.
    """
    composed = unicodedata.normalize("NFC", _NOT_OF_A_LETTER.sub("", unicodedata.normalize("NFD", word.casefold())))
    return _DIACRITIC.sub("", composed).replace("ё", "е")  # a breve or diaeresis that made no letter goes too


def is_acronym(word: str) -> bool:
    """Whether a word is an acronym kept exact: two to ACRONYM_MAX letters, all capitals ("АРФ", "ВАС")."""
    return 2 <= len(word) <= ACRONYM_MAX and word.isalpha() and word.isupper()


def normalize_word(word: str) -> str:
    """The form the index holds for one word: its dictionary form, folded ("Маниле" → "манила").

    Acronyms ("АРФ"), single letters, and words that are not wholly Cyrillic letters ("2016", "ASEAN",
    "COVIDа") are only folded.
    """
    folded = fold(word)
    if len(folded) < 2 or is_acronym(word) or _CYRILLIC_WORD.fullmatch(folded) is None:
        return folded  # a lone letter is an initial ("С.В.Лавров") or an ending ("23-е"), not a word
    return _lemma(folded)


def is_known(folded: str) -> bool:
    """Whether a folded word is a form the dictionary knows (not a guess from its ending, like "консульт")."""
    return _CYRILLIC_WORD.fullmatch(folded) is not None and bool(_analyzer().word_is_known(folded))


@lru_cache(maxsize=65536)
def _lemma(folded: str) -> str:
    """Dictionary form of a folded Cyrillic word (cached: texts repeat their words, and parsing costs ~40 µs).

    A form may belong to several words ("филиппины": the Philippines, or Filipinas). The dictionary form
    whose readings are likeliest together wins, and on a tie the word itself (it is then its own dictionary
    form): one reading alone would make "Филиппины" a form of "филиппина" while "на Филиппинах" is a form
    of "Филиппины".
    """
    likelihood: dict[str, float] = {}
    for parse in _analyzer().parse(folded):
        lemma = fold(parse.normal_form)
        likelihood[lemma] = likelihood.get(lemma, 0.0) + parse.score
    best = max(likelihood.values())
    lemma = folded if likelihood.get(folded) == best else max(likelihood, key=likelihood.__getitem__)
    return lemma if _CYRILLIC_WORD.fullmatch(lemma) else folded


def forget() -> None:
    """Forget the dictionary forms looked up so far."""
    _lemma.cache_clear()


@lru_cache(maxsize=1)
def _analyzer() -> pymorphy3.MorphAnalyzer:
    # Loaded on first use (about 60 ms and 15 MB), so an English-only session never pays for it.
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")
