"""The words people may write for the search's fixed values, in English and in Russian, in any form.

``type:встреча`` and ``type:meetings`` mean ``type:meeting``; ``status:проведена`` means ``status:held``;
``level:министров`` means ``level:ministers``. Words are compared in the index's normal forms
(:mod:`model.text.normalize`), so every inflected form works: ``встречи``, ``встреч``; ``проведено``;
``министры``. The search help lists the Russian words from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from model.text.normalize import index_text, name_keys

#: Record types people may name in ``type:``, with the other words for each.
TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "meeting": ("summit", "встреча", "заседание", "совещание", "саммит", "сессия"),
    "round": ("раунд", "тур"),
    "outcome": ("document", "документ", "итоговый документ"),
    "forum": ("форум",),
    "process": ("процесс",),
}
#: Statuses as the data stores them, with the Russian words for each (as the bundled dataset's Russian
#: names word them: "запланировано" a date that is set, "планируется" one that is not yet).
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "held": ("проведена",),
    "scheduled": ("запланирована", "назначена"),
    "planned": ("планируется", "намечена"),
    "cancelled": ("отменена",),
    "postponed": ("отложена", "перенесена"),
    "adopted": ("принята", "одобрена"),
    "expected": ("ожидается",),
    "draft": ("проект",),
    "proposed": ("предложена",),
}
#: Meeting levels as the data stores them, with the other words for each.
LEVEL_WORDS: dict[str, tuple[str, ...]] = {
    "leaders": ("summit", "лидеры", "главы", "саммит", "высший уровень"),
    "ministers": ("ministerial", "министры", "министерский"),
    "senior-officials": ("SOM", "senior", "СДЛ", "старшие должностные лица"),
    "experts": ("эксперты", "экспертный"),
}


def russian_words(table: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The Russian words of a table, by the value they stand for (for the help)."""
    return {value: tuple(w for w in words if not w.isascii()) for value, words in table.items()}


def meanings(table: Mapping[str, tuple[str, ...]], value: str, stored: Iterable[str] = ()) -> set[str]:
    """The values of ``table`` (or of ``stored``, values the database holds) that ``value`` names, in any form."""
    keys = _keys(tuple(table.items()), tuple(stored))
    return {meaning for key in name_keys(value) for meaning in keys.get(key, ())}


@lru_cache(maxsize=64)
def _keys(table: tuple[tuple[str, tuple[str, ...]], ...], stored: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each word's normal form, with the values it names (a value names itself)."""
    out: dict[str, set[str]] = {}
    for value, words in (*table, *((s, ()) for s in stored)):
        for word in (value, *words):
            out.setdefault(index_text(word), set()).add(value)
    return {key: frozenset(values) for key, values in out.items() if key}
