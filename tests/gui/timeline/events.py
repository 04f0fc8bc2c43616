"""Timeline events for tests: the model's own ``TimelineEvent``, built from the few fields a test cares about."""

from __future__ import annotations

from model.reads.queries import TimelineEvent


def event(rid: str, label: str, lower: str, upper: str, status: str | None = "held") -> TimelineEvent:
    """A meeting drawn over ``lower`` .. ``upper`` (ISO days)."""
    return TimelineEvent(rid, "meeting", label, lower, upper, lower, status)
