"""Named days of the trading year whose date a rule gives: Thanksgiving (the fourth
Thursday of November, the American one retailers' calendars follow) and the days counted
from it, and days fixed in the calendar. A figure over a few days that hold one ("Black
Friday weekend") is asked for by the day's name (`references.DayEventRef`)."""

from __future__ import annotations

from datetime import date, timedelta

# the days fixed in the calendar, by (month, day)
_FIXED = {
    "singles day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new years eve": (12, 31),
    "valentines day": (2, 14),
}
# the days counted from Thanksgiving
_AFTER_THANKSGIVING = {"thanksgiving": 0, "black friday": 1, "cyber monday": 4}
EVENTS = frozenset(_FIXED) | frozenset(_AFTER_THANKSGIVING)


def event_day(event: str, year: int) -> date:
    """The date of EVENT (a key of EVENTS) in YEAR."""
    if event in _FIXED:
        return date(year, *_FIXED[event])
    first = date(year, 11, 1)
    thanksgiving = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return thanksgiving + timedelta(days=_AFTER_THANKSGIVING[event])


def event_named(words: str) -> str | None:
    """The event WORDS name ("Black Friday", "singles' day", "double eleven", "Thanksgiving
    Day"), or None."""
    key = " ".join(words.lower().replace("'", "").replace("’", "").split())
    if key == "double eleven":
        return "singles day"
    if key == "thanksgiving day":
        return "thanksgiving"
    return key if key in EVENTS else None
