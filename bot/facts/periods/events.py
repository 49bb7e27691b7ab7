"""Named days of the trading year whose date a rule gives: Thanksgiving (the fourth
Thursday of November, the American one retailers' calendars follow) and the days counted
from it, and days fixed in the calendar; and festivals dated by other calendars
(festivals.py). A figure over a span that holds one ("Black Friday weekend", "Ramadan
2025") is asked for by its name (`references.DayEventRef`)."""

from __future__ import annotations

from datetime import date, timedelta

from bot.facts.model import Period
from bot.facts.periods.festivals import FESTIVALS, festival_days, festival_named, is_estimated

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
EVENTS = frozenset(_FIXED) | frozenset(_AFTER_THANKSGIVING) | FESTIVALS

# How many days a figure said to be an event's may span, by the length the question says
# ("" for none: a named day's own figure or its weekend's; a festival's over a few weeks of
# trading, "the Easter fortnight"); a span as long as the event itself always fits
_LONGEST = {"": 4, "day": 1, "weekend": 4, "week": 7, "fortnight": 15, "month": 31}
_LONGEST_FESTIVAL = 15


def event_days(event: str, year: int) -> tuple[Period, ...]:
    """The days EVENT (a key of EVENTS) falls on in YEAR, one span for each reading."""
    if event in FESTIVALS:
        return festival_days(event, year)
    day = event_day(event, year)
    return (Period(day, day),)


def holds_event(period: Period, event: str, year: int, span: str) -> bool:
    """Is PERIOD a figure for EVENT of YEAR, as long as SPAN says? It holds at least half
    the event's days (a day either side where a moon sighting may move them: never Eid's
    first days for Ramadan, nor a week that ends a month-long festival), or any of them
    where the question gives its own length ("Lunar New Year week": the seven days to the
    eve), and is no longer than that length or the event's own days allow."""
    slack = timedelta(days=1 if event in FESTIVALS and is_estimated(event) else 0)
    longest = _LONGEST_FESTIVAL if event in FESTIVALS and not span else _LONGEST.get(span, 4)
    if span == "eve":  # "Eid eve 2025", "the eve of Eid": the day before its first
        return period.days == 1 and any(
            abs(period.start - (days.start - timedelta(days=1))) <= slack
            for days in event_days(event, year)
        )
    for days in event_days(event, year):
        first, last = max(period.start, days.start - slack), min(period.end, days.end + slack)
        held = (last - first).days + 1
        enough = held >= 1 if span in _LONGEST and span else 2 * held >= days.days
        own = days.days + 2 if span != "day" else 1
        if enough and period.days <= max(longest, own):
            return True
    return False


def event_day(event: str, year: int) -> date:
    """The date of EVENT (a key of EVENTS) in YEAR."""
    if event in _FIXED:
        return date(year, *_FIXED[event])
    first = date(year, 11, 1)
    thanksgiving = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return thanksgiving + timedelta(days=_AFTER_THANKSGIVING[event])


def event_named(words: str) -> str | None:
    """The event WORDS name ("Black Friday", "singles' day", "double eleven", "Thanksgiving
    Day", "Eid al-Fitr"), or None."""
    festival = festival_named(words)
    if festival is not None:
        return festival
    key = " ".join(words.lower().replace("'", "").replace("’", "").split())
    if key == "double eleven":
        return "singles day"
    if key == "thanksgiving day":
        return "thanksgiving"
    return key if key in EVENTS else None


def event_length_gap(period: Period, event: str, year: int) -> int:
    """How many days PERIOD is longer or shorter than EVENT's own days in YEAR (the least
    over its readings): of the figures an event fits, the nearest is its own."""
    return min((abs(period.days - days.days) for days in event_days(event, year)), default=0)
