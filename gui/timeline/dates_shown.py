"""Dates as the timeline writes them, in the interface's language: the axis's months, the tooltips' days.

English reads as it always did ("Sep 2016", "3 Jan 1990 – 5 Feb 1991"), now whatever the system's locale
(``strftime`` followed it, and put "дек" on an English timeline). In Russian the axis has the standalone
abbreviations of Qt's locale data ("сент.", "май"), and days read as model.dates writes them
("3 января 1990").
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from PySide6.QtCore import QLocale

from gui import translation
from model import dates


def month_names() -> tuple[str, ...]:
    """The twelve months as the axis labels them, January first."""
    return _month_names(translation.language())


@lru_cache(maxsize=4)
def _month_names(language: str) -> tuple[str, ...]:
    locale = QLocale(language)
    return tuple(locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))


def month(day: dt.date) -> str:
    """The axis's label for a month ("Sep")."""
    return month_names()[day.month - 1]


def month_and_year(day: dt.date) -> str:
    """A month with its year, as a heading says it ("Sep 2016", "сентябрь 2016")."""
    return dates.human(f"{day.year:04d}-{day.month:02d}", translation.language())


def day(value: dt.date | str) -> str:
    """A day ("3 Jan 1990", "3 января 1990"), from a date or an ISO string."""
    iso = value if isinstance(value, str) else value.isoformat()
    return dates.human(iso, translation.language())


def span(first: int, last: int) -> str:
    """Days ``first`` .. ``last`` (exclusive ordinals): "3 Jan 1990", or "3 Jan 1990 – 5 Feb 1991"."""
    a, b = dt.date.fromordinal(first), dt.date.fromordinal(max(last - 1, first))
    return day(a) if a == b else f"{day(a)} – {day(b)}"
