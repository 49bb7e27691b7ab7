"""When a question says a figure was stated, as against the period it is about: 'as of'
dates, a lone month beside a target or a revision, a month or day a running total runs up
to, and months named without their year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from bot import patterns
from bot.answering.english.words import (
    CHANGE_VERBS,
    EXPECTATION_WORDS,
    MONTHS,
    STATEMENT_VERBS,
    lemmas,
    mask,
)
from bot.facts.periods import ExactRef, MonthsEndingRef, PeriodMention, RelativeRef, ToDateRef
from bot.facts.periods.arithmetic import is_whole_months
from bot.facts.periods.words import MONTH_PATTERN, month_number

if TYPE_CHECKING:
    from bot.answering.reading.query import Reading

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

_AS_OF = patterns.guarded(
    rf"\b(?:as\s+(?:of|at))\s+(?:"
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?:(?P<part>early|mid|start|beginning)[-\s]+(?:of\s+)?)?"
    rf"(?P<m2>{_MONTH})\.?\s+(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<y2>\d{{4}})"
    rf"|(?P<um>\d{{1,2}})/(?P<ud>\d{{1,2}})/(?P<uy>\d{{4}}|\d\d)"
    rf")\b",
    re.IGNORECASE,
)

_EXPECTING = patterns.guarded(
    r"\b(?:targets?|goals?|plans?|forecasts?|guidance|outlook|expect\w*|aim\w*|hop\w*|view|"
    r"projections?|estimates?|predict\w*|guided?|ranges?|midpoint)\b",
    re.IGNORECASE,
)

# A revision named ("the March 2025 raise", "the June cut"): a month beside it is when
# the figure was restated ("lifted" is no such word alone: "TEU lifted", "cargo lifted"
# count what was carried; "lifted its target" says the target)
_REVISING = patterns.guarded(
    r"\b(?:raised?|cut|lowered|revis(?:ed|ion)|upgrade[ds]?|downgrade[ds]?|"
    r"trimmed|narrowed|widened|hiked|slashed)\b",
    re.IGNORECASE,
)


# the day a part of a month said as a statement's date stands for ("as of early
# September": its first third; "as of end-November" is a level's day, a period)
_PART_OF_MONTH_DAY = {"early": 10, "start": 1, "beginning": 1, "mid": 15}

# "as of 1 aug", "as at mid-July", "as of september": a day (or a month's last) with no year
_AS_OF_NO_YEAR = patterns.guarded(
    r"\bas\s+(?:of|at)\s+(?:the\s+)?(?:(?P<part>early|mid|late|start|beginning)[-\s]+(?:of\s+)?)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_PATTERN})"
    rf"|(?P<m2>{MONTH_PATTERN})(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?)\b"
    r"(?!\.?,?\s*['‘’]?\d)",
    re.IGNORECASE,
)


def as_of_without_year(text: str) -> tuple[int, int, int, int | None] | None:
    """'as of 1 aug' -> (where the phrase starts, ends, 8, 1); 'as of mid-July': day 15;
    'as of september': day None, the month's last. Its year is the store's to find
    (occasions.day_without_year)."""
    m = _AS_OF_NO_YEAR.search(text)
    if m is None:
        return None
    month = month_number(m["m1"] or m["m2"])
    assert month is not None  # (the pattern matched a month's name)
    said = m["d1"] or m["d2"]
    day = int(said) if said else _PART_OF_MONTH_DAY.get((m["part"] or "").lower())
    return m.start(), m.end(), month, day


def statement_month(
    text: str, periods: tuple[PeriodMention, ...]
) -> tuple[date | None, tuple[PeriodMention, ...]]:
    """'In November, what did they expect for the year?', 'what target did LG have in
    January 2011': a single month beside another period, or in a question about a target
    or forecast, is when the figure was stated, not the period it is about. It becomes the
    'as of' date (the month's last day)."""
    months = [m for m in periods if _one_month(m)]
    if not months:
        # "the FY26 guidance it gave on 2 September 2025": a day a statement was made on
        days = [m for m in periods if _day_ref(m) and _MADE_ON.search(text[: m.start])]
        if len(days) == 1 and len(periods) == 2 and _EXPECTING.search(text):
            return days[0].ref.period.end, tuple(m for m in periods if m is not days[0])  # type: ignore[union-attr]
    if len(months) != 1:
        return None, periods
    month = months[0]
    others = [m for m in periods if m is not month]
    if _UP_TO.search(text[: month.start]):
        return None, periods  # "sold through March 2022": a running total's end
    if others and _ENDS_A_SPAN.search(text[: month.start]):
        # "added between end-2024 and end-March 2026": the two ends of a span
        return None, periods
    if others and all(_counted_from_it(m, month) for m in others):
        # "tonnes in November 2025 than a year earlier": the month is the period, the
        # other is counted from it
        return None, periods
    if not others and _FOR_MONTH.search(text[: month.start]):
        return None, periods  # "the fleet goal for March 2027": the date it is for
    if not others and _LEFT_TO_GO.search(text) and _FROM_A_LEVEL.search(text[: month.start]):
        # "how many more doors to reach the goal from March 2026", "how far is it from its
        # target as of end March 2026": the date of the level the rest is counted from
        return None, periods
    if not others and not _EXPECTING.search(text) and not _REVISING.search(text):
        return None, periods  # "cars sold in January 2024" is a monthly figure
    if _BEFORE.search(text[: month.start]):
        # "before Feb 2025, what was the range": what had been stated by the month's start
        return month.ref.period.start - timedelta(days=1), tuple(others)  # type: ignore[union-attr]
    return month.ref.period.end, tuple(others)  # type: ignore[union-attr]


# "between end-2024 and …", "from Q4 2024 to …": the month said next ends the span
_ENDS_A_SPAN = patterns.compile(
    r"\b(?:between|from)\b[^?]*\b(?:and|to|through|till|until)\s+(?:the\s+)?"
    r"(?:end[-\s]+(?:of\s+)?)?$",
    re.IGNORECASE,
)


def _counted_from_it(other: PeriodMention, month: PeriodMention) -> bool:
    """Is OTHER a period counted back from the one said before it ("a year earlier",
    "the year before"), with no base of its own? ("Set in October 2024 for the following
    year" counts forward from the day a goal was set: the month stays that day.)"""
    ref = other.ref
    return (
        isinstance(ref, RelativeRef)
        and ref.base is None
        and ref.steps < 0
        and other.start > month.end
    )


_BEFORE = patterns.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


# "deliveries in September", "October vs September": months without their year. "May"
# only after a preposition or a comparison ("sales in May"): the verb is far commoner.
_BARE_MONTH = patterns.guarded(
    r"(?P<lead>\b(?:in|for|during|over|vs|versus|than|and|to|against|of)\.?\s+)?"
    rf"\b(?P<m>{MONTH_PATTERN})(?![a-z])"
    r"(?!\s*,?\s*(?:\d|['‘’]\d))"
    # "the June update", "the September dealer bulletin": an occasion (occasions.py)
    r"(?!(?:\s+[\w-]+){0,2}\s+(?:update|call|results|release|report|letter|bulletin|"
    r"meeting|presentation|statement|announcement|briefing|filing|deck|interview)\b)",
    re.IGNORECASE,
)


def bare_month(text: str) -> tuple[PeriodMention, ...]:
    """'how many cars did they deliver in September', 'October vs September': the only
    periods of a question, months without their year, are the latest such months the
    store holds (never no period, which answered another span). Beside a target or a
    revision a month says when a figure was stated (see asks.revision_month): no period."""
    if _EXPECTING.search(text) or _REVISING.search(text):
        return ()
    found = [m for m in _BARE_MONTH.finditer(text) if m["m"].lower() != "may" or m["lead"]]
    if not found or len(found) > 2:
        return ()
    return tuple(
        PeriodMention(
            MonthsEndingRef(month_number(m["m"]) or 1, 1), m.start("m"), m.end("m"), m["m"]
        )
        for m in found
    )


# a point a figure runs up to: "through March 2022", "up to the end of June"
_UP_TO = patterns.guarded(
    r"\b(?:through|thru|up\s+to|until|till|ended|ending|to)\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)


# a month a goal is for, where it is the only period said: "the goal for Sept 2026", "by
# June 2027", "at the end of June" (never "ytd to end of May": that runs up to it)
_FOR_MONTH = patterns.guarded(r"\b(?:for|by|end\s+of)\s+$", re.IGNORECASE)
# what is left to a goal, asked: "how many more … to reach", "how far is … from its target"
_LEFT_TO_GO = patterns.guarded(
    r"\bhow\s+(?:many|much)\s+more\b|\bhow\s+far\b|\bstill\s+need|\bto\s+(?:reach|hit|meet)\b",
    re.IGNORECASE,
)
# the day a level is taken at: "from March 2026", "as of end March 2026", "at end-March"
_FROM_A_LEVEL = patterns.guarded(
    r"\b(?:from|as\s+of|at)\s+(?:the\s+)?(?:end[\s-]+(?:of\s+)?)?$", re.IGNORECASE
)


_SPAN_TO = patterns.compile(r"\s+(?:to|through|thru|until|till)\s+", re.IGNORECASE)


def runs_up_to(reading: Reading) -> bool:
    """'units sold through March 2022': a single month or day after 'through' closes a
    running total (and is no span of its own)."""
    return any(
        _UP_TO.search(reading.text[: m.start])
        and (_one_month(m) or m.ref == _day_ref(m))
        # ("from August to October 2027": the second of two months compared, no running total)
        and not any(_SPAN_TO.fullmatch(reading.text, p.end, m.start) for p in reading.periods)
        for m in reading.periods
    )


# "the range they set on May 29", "given on 29 May", "the May 29 range": a day with no year
# after it, said as when (never "by May 29", "through May 29": a date a figure runs to)
_ON_DAY_NO_YEAR = patterns.guarded(
    rf"\b(?P<lead>(?P<lead_on>on)|the|its|their)\s+(?:the\s+)?(?:(?P<m>{MONTH_PATTERN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_PATTERN}))\b"
    r"(?!\s*,?\s*['‘’]?\d)"
    # (after "the", only a statement's day: "the May 29 range", never "the June 30 level")
    r"(?(lead_on)|(?=\s+(?:[\w-]+\s+){0,2}?(?:range|forecast|guidance|guide|outlook|target"
    r"|update|plan|revision|cut|raise)\b))",
    re.IGNORECASE,
)


def day_as_its_month(text: str) -> str:
    """TEXT with a day said with no year ("set on May 29") said as its month ("set on
    May"): a statement's day is known in the month it names, and its number is no amount
    ("I have no figure of 29")."""
    if _a_day_of_its_year(text):
        return text
    return _ON_DAY_NO_YEAR.sub(lambda m: f"{m['lead']} {m['m'] or m['m2']}", text)


_ONE_YEAR = patterns.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")


def _a_day_of_its_year(text: str) -> bool:
    """'how many orders on 21 dec, the busiest day of 2025': a question naming one year
    and nothing stated or expected asks for the day's own figure (period_folding.
    day_in_year_said), never for what was said on the day."""
    said = set(lemmas(text))
    return (
        len(_ONE_YEAR.findall(text)) == 1
        and not said & (EXPECTATION_WORDS | STATEMENT_VERBS | CHANGE_VERBS)
        and not said & {"say", "revision"}
    )


# "given on", "issued on", "set on", "on": a day something was said on
_MADE_ON = patterns.compile(r"\bon\s*$", re.IGNORECASE)


def _day_ref(mention: PeriodMention) -> object:
    ref = mention.ref
    return ref if isinstance(ref, ExactRef) and ref.period.days == 1 else None


def _one_month(mention: PeriodMention) -> bool:
    """A calendar month said alone ("in November"); never a span counted in weeks that
    lasts about as long ("the 5 weeks to 4 Jan 2025"), which is always a period."""
    ref = mention.ref
    return (
        isinstance(ref, ExactRef)
        and ref.period.months == 1
        and ref.period.days > 1
        and is_whole_months(ref.period)
    )


def cut_as_of(text: str) -> tuple[date | None, str]:
    """'as of October 2013' -> (2013-10-31, text without it). A month means its last day."""
    m = _AS_OF.search(text)
    if m is None:
        return None, text
    try:
        if m["iso"]:
            when = date.fromisoformat(m["iso"])
        elif m["um"]:  # "3/31/24": month first, as written in the US
            year = int(m["uy"]) + (2000 if len(m["uy"]) == 2 else 0)
            when = date(year, int(m["um"]), int(m["ud"]))
        else:
            month = MONTHS[(m["m1"] or m["m2"]).lower().rstrip(".")]
            year = int(m["y1"] or m["y2"])
            day = m["d1"] or m["d2"] or _PART_OF_MONTH_DAY.get((m["part"] or "").lower())
            when = date(year, month, int(day) if day else calendar.monthrange(year, month)[1])
    except ValueError:
        return None, text
    return when, mask(text, [(m.start(), m.end())])


def to_date_until(
    periods: tuple[PeriodMention, ...] | list[PeriodMention], as_of: date
) -> tuple[tuple[PeriodMention, ...], date | None]:
    """'units ytd as at 30 June 2025', 'YTD sales to the end of May 2024': a year to date
    with a day beside it runs to that day; the day is no statement date."""
    if len(periods) == 1 and isinstance(periods[0].ref, ToDateRef) and periods[0].ref.until is None:
        return (replace(periods[0], ref=replace(periods[0].ref, until=as_of)),), None
    return tuple(periods), as_of
