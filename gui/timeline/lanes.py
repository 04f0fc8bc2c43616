"""Timeline lanes and what a frame draws of them: single events, or clusters where events crowd together.

A lane keeps its events sorted by start day with parallel arrays of days, so
a frame finds the visible slice by bisection and groups it into marks by
bisection too: one step per mark, never per event. At 100,000 meetings a
zoomed-out lane is a few hundred marks however many events it holds, and a
cluster says how many meetings it stands for.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from gui import translation
from model.i18n import Words

#: Events whose starts fall in the same bin of this many pixels are drawn as one cluster mark.
CLUSTER_PX = 6.0
#: Statuses of events that have not (yet) taken place: drawn hollow and dashed.
NOT_HELD = frozenset({"scheduled", "planned", "expected", "postponed"})


def day_number(iso: str) -> int:
    """Proleptic ordinal of an ISO day ("2014-10-01")."""
    return dt.date.fromisoformat(iso).toordinal()


@dataclass
class Lane:
    """One row of the timeline: a process's rounds or a forum's meetings.

    ``extent`` is the first and last (exclusive) day of everything the lane holds in the
    database, when only part of it is loaded; "fit" shows that whole extent.
    """

    id: str
    label: str
    colour: str
    events: list[Any] = field(default_factory=list)  # objects with id, label, lower, upper, status
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    longest: int = 0
    extent: tuple[int, int] | None = None
    index_of: dict[str, int] = field(default_factory=dict)
    not_held: list[int] = field(default_factory=lambda: [0])  # prefix counts of events not (yet) held

    def set_events(self, events: Sequence[Any]) -> None:
        self.events = sorted(events, key=attrgetter("lower", "upper", "id"))  # C-level key: 15k events at 100k
        self.starts = [day_number(e.lower) for e in self.events]
        self.ends = [day_number(e.upper) + 1 for e in self.events]  # exclusive: a day has width
        self.longest = max(map(int.__sub__, self.ends, self.starts), default=0)
        self.index_of = {e.id: i for i, e in enumerate(self.events)}
        flags = ((e.status or "") in NOT_HELD for e in self.events)
        self.not_held = [0, *itertools.accumulate(flags)]

    def visible(self, first: float, last: float) -> range:
        """Indexes of events overlapping [first, last) (and a few long ones that may end before it)."""
        lo = bisect.bisect_left(self.starts, first - self.longest)
        hi = bisect.bisect_right(self.starts, last)
        return range(lo, hi)

    def span(self) -> tuple[int, int] | None:
        """The days to show when fitting: the whole extent in the database, else what is loaded."""
        if self.extent is not None:
            return self.extent
        if not self.starts:
            return None
        return self.starts[0], max(self.ends)

    def noun(self, count: int) -> str:
        """ "1 meeting", "500 meetings", "3 rounds": what a cluster stands for (in the interface's language)."""
        kind = getattr(self.events[0], "type", "") if self.events else ""
        return _noun(kind or "", count, translation.language())


class TimelineWords(Words):
    """What a cluster of the timeline stands for (a plural outside a QObject: see model.i18n)."""


@lru_cache(maxsize=4096)  # a frame labels a few hundred clusters, and the next frame the same ones
def _noun(kind: str, count: int, language: str) -> str:  # language: the cache's key, as the words change with it
    if kind == "round":
        return TimelineWords.tr("%Ln round(s)", "", count)
    if kind == "meeting":
        return TimelineWords.tr("%Ln meeting(s)", "", count)
    return TimelineWords.tr("%Ln event(s)", "", count)


class Mark(NamedTuple):
    """What one frame draws for the events ``lo`` .. ``hi - 1`` of a lane: one event, or a cluster of them.

    A named tuple, not a dataclass: a frame makes hundreds of them and tuples are the cheapest to build.
    """

    lo: int
    hi: int
    first: int  # first day (start of the earliest event)
    last: int  # exclusive last day (latest end among them)
    not_held: bool  # every one of them not (yet) held

    @property
    def size(self) -> int:
        return self.hi - self.lo


def marks(lane: Lane, first: float, last: float, days_per_px: float, cluster_px: float = CLUSTER_PX) -> list[Mark]:
    """The marks of ``lane`` for the days [first, last) drawn at ``days_per_px``.

    Events starting in the same bin of ``cluster_px`` pixels form one mark. Bins sit on a
    fixed grid of days, so panning at one zoom level does not regroup the events; two
    neighbouring bins whose events all start within one bin's width are merged.
    """
    visible = lane.visible(first, last)
    starts, ends, not_held = lane.starts, lane.ends, lane.not_held
    lo, hi = visible.start, visible.stop
    # Events begun before the window: only those still running show, each on its own. Found with one
    # comprehension, since a lane with year-long events would otherwise walk a year of events per frame.
    i = bisect.bisect_left(starts, first, lo, hi)
    out = [Mark(k, k + 1, starts[k], ends[k], not_held[k + 1] > not_held[k]) for k in range(lo, i) if ends[k] > first]
    bin_days = max(days_per_px * cluster_px, 1e-9)
    while i < hi:
        start = starts[i]
        edge = (start // bin_days + 1) * bin_days
        j = bisect.bisect_left(starts, edge, i + 1, hi) if i + 1 < hi and starts[i + 1] < edge else i + 1
        end = ends[i] if j == i + 1 else max(ends[i:j])  # a C-level scan: cheap even for a big cluster
        prev = out[-1] if out else None
        if prev is not None and prev.hi == i and starts[j - 1] - prev.first < bin_days:
            # A tight group that straddles a bin edge stays one mark, not two halves side by side.
            i, start, end = prev.lo, prev.first, max(prev.last, end)
            out.pop()
        out.append(Mark(i, j, start, end, not_held[j] - not_held[i] == j - i))
        i = j
    return out


def count_in(sorted_indexes: Sequence[int], mark: Mark) -> int:
    """How many of ``sorted_indexes`` (for example the highlighted events) the mark stands for."""
    return bisect.bisect_left(sorted_indexes, mark.hi) - bisect.bisect_left(sorted_indexes, mark.lo)


def indexes_of(lane: Lane, ids: Iterable[str]) -> list[int]:
    """Sorted positions in ``lane`` of the events with these ids (those it holds)."""
    return sorted(i for i in (lane.index_of.get(rid) for rid in ids) if i is not None)
