"""EDTF dates: parsing into sortable bounds and formatting in human form, in English or Russian.

Dates are stored as EDTF strings (``2013-11``, ``2016-23`` for autumn 2016,
``2016-07-25/2016-07-26``) next to ISO ``YYYY-MM-DD`` lower and upper bounds,
which sort and compare as plain strings in SQL.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from model import i18n

MIN_BOUND = "0001-01-01"
MAX_BOUND = "9999-12-31"

_PLAIN = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
# Every fully specified calendar day in an EDTF string (both ends of an interval, set members …).
_DAY = re.compile(r"(?<![\dXY-])(\d{4})-(\d{2})-(\d{2})(?!\d)")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DateText(i18n.Words):
    """What is wrong with a date, in the interface's language."""


class DateError(ValueError):
    """An EDTF string that cannot be parsed or names an impossible date."""


@dataclass(frozen=True)
class DateBounds:
    """The earliest and latest day an EDTF date can mean, as ISO strings."""

    edtf: str
    lower: str
    upper: str


def _iso(t: object) -> str:
    year, month, day = t[0], t[1], t[2]  # type: ignore[index]
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


# Season -> (first month, last month, last day), as the edtf package bounds them (winter: December only).
_SEASON_MONTHS = {21: (3, 5, 31), 22: (6, 8, 31), 23: (9, 11, 30), 24: (12, 12, 31)}
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _plain_bounds(text: str, seasons: bool = True) -> tuple[str, str] | None:
    """Bounds of a real calendar year, month, season or day ("2014", "2014-11", "2014-23", "2014-11-12").

    The edtf package parses with pyparsing at ~15 ms a date; archives are mostly these plain shapes, so
    they are computed directly (a 100k-meeting archive holds ~300k dates). Anything else (impossible or
    unusual dates) returns None and goes to the edtf package, which decides and words the error.
    """
    m = _PLAIN.match(text)
    if not m:
        return None
    year = int(m.group(1))
    if year < 1:
        return None
    if m.group(2) is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(m.group(2))
    if seasons and month in _SEASON_MONTHS and m.group(3) is None:
        first, last_month, last_day = _SEASON_MONTHS[month]
        return f"{year:04d}-{first:02d}-01", f"{year:04d}-{last_month:02d}-{last_day:02d}"
    if not 1 <= month <= 12:
        return None
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    last = 28 if month == 2 and not leap else _DAYS[month - 1]
    if m.group(3) is None:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    day = int(m.group(3))
    if not 1 <= day <= last:
        return None
    return text, text


def _fast(text: str) -> DateBounds | None:
    """Bounds of the common shapes (plain dates, ranges of them, ``?``/``~``/``%`` on one date), else None."""
    if "/" in text:
        start, _, end = text.partition("/")
        a, b = _plain_bounds(start), _plain_bounds(end)
        if a is None or b is None or a[0] > b[1]:
            return None  # let the full parser decide, and word the error
        return DateBounds(text, a[0], b[1])
    qualified = text.endswith(("?", "~", "%"))
    bounds = _plain_bounds(text[:-1], seasons=False) if qualified else _plain_bounds(text)
    return None if bounds is None else DateBounds(text, *bounds)


@lru_cache(maxsize=4096)
def parse(value: str) -> DateBounds:
    """Parse an EDTF string into its bounds.

    Raises:
        DateError: when the string is not EDTF or names an impossible date.
    """
    text = value.strip()
    if not text or len(text) > 64:
        raise DateError(DateText.tr("'{value}' is not an EDTF date").format(value=value))
    fast = _fast(text)
    if fast is not None:
        return fast
    for year, month, day in _DAY.findall(text):
        # Checked before the edtf package, which accepts days such as 2015-02-29 that no calendar has.
        if 1 <= int(month) <= 12 and not 1 <= int(day) <= calendar.monthrange(int(year) or 4, int(month))[1]:
            words = DateText.tr("'{value}' names a day that does not exist ({day})")
            raise DateError(words.format(value=value, day=f"{year}-{month}-{day}"))
    import edtf  # here, not at the top: building its grammar costs ~0.5 s, and most dates never need it

    try:
        parsed = edtf.parse_edtf(text)
    except Exception as exc:  # the edtf package raises several types for bad input
        words = DateText.tr(
            "'{value}' is not a valid EDTF date (examples: 2014, 2013-11, 2016-23 for autumn 2016, "
            "2016-07-25/2016-07-26)"
        )
        raise DateError(words.format(value=value)) from exc
    lower, upper = MIN_BOUND, MAX_BOUND
    try:
        lower = _iso(parsed.lower_strict())
    except Exception:  # open start ("../2016") has no finite lower bound
        lower = MIN_BOUND
    try:
        upper = _iso(parsed.upper_strict())
    except Exception:
        upper = MAX_BOUND
    if not (_ISO.match(lower) and _ISO.match(upper)) or lower < MIN_BOUND:
        # Bounds are compared as ISO strings in SQL, which only works for years 1 to 9999.
        raise DateError(DateText.tr("'{value}' is outside the years Summitry handles (1 to 9999)").format(value=value))
    if lower > upper:
        raise DateError(DateText.tr("'{value}' ends before it starts").format(value=value))
    return DateBounds(text, lower, upper)


def is_valid(value: str) -> bool:
    """Whether ``value`` parses as EDTF."""
    try:
        parse(value)
    except DateError:
        return False
    return True


@dataclass(frozen=True)
class DateWords:
    """How one language writes dates for people: its words, and the patterns that put them in order.

    A language is one of these in ``DATE_WORDS``, not code. The patterns are ``str.format`` templates; the
    defaults (day, month, year) suit both languages here.
    """

    #: A month after its day, "26 Jul 2016" / "26 июля 2016" (Russian: genitive).
    months: tuple[str, ...]
    #: A month standing alone with its year, "Jul 2016" / "июль 2016" (Russian: nominative).
    months_alone: tuple[str, ...]
    #: The EDTF seasons 21–24, as they stand before a year.
    seasons: Mapping[int, str]
    #: The EDTF qualifiers: ``?`` uncertain, ``~`` approximate, ``%`` both.
    qualifiers: Mapping[str, str]
    #: A decade with its last digit unknown ("201X"), or None to show the EDTF text itself.
    decade: str | None = None
    day: str = "{day} {month} {year}"
    month: str = "{month} {year}"
    season: str = "{season} {year}"
    #: Two days of one month, and of two months of one year.
    days_in_month: str = "{first}–{last} {month} {year}"
    days_in_year: str = "{first} {first_month} – {last} {last_month} {year}"
    months_in_year: str = "{first_month}–{last_month} {year}"
    qualified: str = "{date} ({qualifier})"


ENGLISH = DateWords(
    months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    months_alone=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    seasons={21: "spring", 22: "summer", 23: "autumn", 24: "winter"},
    qualifiers={"?": "uncertain", "~": "approx.", "%": "approx., uncertain"},
)

# "Приблизительно" after the date rather than "около" before it: "около" governs the genitive, which would
# decline every shape ("около июля", "около осени"), and "ориентировочно", the ministry's word for a date
# still being planned, says "tentative" (EDTF's "?") more than "approximate" (EDTF's "~").
RUSSIAN = DateWords(
    months=(
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    months_alone=(
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
    seasons={21: "весна", 22: "лето", 23: "осень", 24: "зима"},
    qualifiers={"?": "предположительно", "~": "приблизительно", "%": "приблизительно, предположительно"},
    decade="{decade}-е",
)

#: The languages dates can be written in, by ISO 639-1 code.
DATE_WORDS: Mapping[str, DateWords] = {"en": ENGLISH, "ru": RUSSIAN}
_DECADE = re.compile(r"^(\d{3})X$")
#: Sides of an interval written close to the dash ("2016–2020"); anything with words gets spaces around it.
_COMPACT = re.compile(r"^(\d+|…)$")


def date_words(lang: str) -> DateWords:
    """The words for a language code ("ru", "ru_RU", "ru-RU"); English for a language without its own."""
    return DATE_WORDS.get(lang.replace("-", "_").partition("_")[0].lower(), ENGLISH)


def _parts(text: str) -> tuple[int, int | None, int | None] | None:
    m = _PLAIN.match(text)
    if not m:
        return None
    return int(m.group(1)), (int(m.group(2)) if m.group(2) else None), (int(m.group(3)) if m.group(3) else None)


def _simple(text: str, words: DateWords) -> str | None:
    """Human form of a single date at its precision, or None if not a plain date."""
    decade = _DECADE.match(text)
    if decade:
        return words.decade.format(decade=f"{decade.group(1)}0") if words.decade else None
    parts = _parts(text)
    if parts is None:
        return None
    year, month, day = parts
    if month is None:
        return str(year)
    if month in words.seasons:
        return words.season.format(season=words.seasons[month], year=year)
    if not 1 <= month <= 12:
        return None
    if day is None:
        return words.month.format(month=words.months_alone[month - 1], year=year)
    return words.day.format(day=day, month=words.months[month - 1], year=year)


def _interval(text: str, words: DateWords) -> str | None:
    """Human form of ``start/end``, sharing the year (and month) the two ends have in common."""
    start, _, end = text.partition("/")
    a, b = _parts(start), _parts(end)
    if a and b and a[0] == b[0] and a[1] and b[1] and a[1] <= 12 and b[1] <= 12:
        if a[2] and b[2]:
            if a[1] == b[1]:
                return words.days_in_month.format(first=a[2], last=b[2], month=words.months[a[1] - 1], year=a[0])
            return words.days_in_year.format(
                first=a[2], first_month=words.months[a[1] - 1], last=b[2], last_month=words.months[b[1] - 1], year=a[0]
            )
        if not a[2] and not b[2]:
            return words.months_in_year.format(
                first_month=words.months_alone[a[1] - 1], last_month=words.months_alone[b[1] - 1], year=a[0]
            )
    left = _simple(start, words) if start not in ("", "..") else "…"
    right = _simple(end, words) if end not in ("", "..") else "…"
    if not (left and right):
        return None
    compact = _COMPACT.match(left) and _COMPACT.match(right)
    return f"{left}–{right}" if compact else f"{left} – {right}"


def human(value: str | None, lang: str | None = None) -> str:
    """Format an EDTF string for people in a language (None: the interface's, :func:`model.i18n.language`):
    "Nov 2013", "25–26 Jul 2016", "autumn 2016", "2016–2020"; in Russian "ноябрь 2013", "25–26 июля 2016",
    "осень 2016", "2016–2020".

    Unknown shapes fall back to the EDTF text itself, so nothing is ever hidden.
    """
    if not value:
        return ""
    return _human(value, lang or i18n.language())


def human_day(day: date, lang: str | None = None) -> str:
    """A calendar day for people, as :func:`human` writes it ("4 Dec 2026", "4 декабря 2026"): never the
    system locale's form, so a page in one language carries no date in another."""
    return human(day.isoformat(), lang)


@lru_cache(maxsize=8192)  # a listing, a dossier or an export of many records formats the same dates again and again
def _human(value: str, lang: str) -> str:
    words = date_words(lang)
    text = value.strip()
    qualifier = words.qualifiers.get(text[-1:])
    if qualifier:
        text = text[:-1]
    shown = _interval(text, words) if "/" in text else _simple(text, words)
    if shown is None:
        return value
    return words.qualified.format(date=shown, qualifier=qualifier) if qualifier else shown


def year_bounds(year: int) -> tuple[str, str]:
    """The bounds of a calendar year."""
    return f"{year:04d}-01-01", f"{year:04d}-12-31"
