"""Spans that run to a day: "QTD through 20 November 2025", "Q4 sales thru 15 Dec 2024",
"November 2025 sales through the 20th". Trading updates print a quarter or a month to
date beside the whole: each is a period of its own, from the quarter's or month's first day
to the day said, and that day is no statement date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot import patterns
from bot.facts.model import Period
from bot.facts.periods.arithmetic import spans_months
from bot.facts.periods.references import ExactRef, PeriodMention, QuarterRef, ToDateRef
from bot.facts.periods.words import month_group, month_num

# "YTD through October 2025", "qtd sales thru 20 nov 2025", "QTD sales as of 20 November":
# a span to date, then (a few words of the figure between) the month or day it runs to
THROUGH = patterns.compile(
    r"(?:\s+[\w'’]+){0,3}?\s+(?:thru|through|to|until|till|up\s+to|as\s+(?:of|at))\s+",
    re.IGNORECASE,
)
# "(qtd)", ", quarter to date": the same span to date said again after its day
_SAID_AGAIN = patterns.compile(r"[\s(,]*", re.IGNORECASE)
# "... through the 20th": a day of the month named just before
_THROUGH_THE_DAY = patterns.compile(
    r"(?P<gap>(?:\s+[\w'’]+){0,3}?)\s+(?P<to>(?:thru|through|to|until|till|up\s+to)\s+"
    r"(?:the\s+)?(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?![\w'’])",
    re.IGNORECASE,
)

_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
# "Q4 2025 sales thru 9 Nov", "Q1 2026 to March 22nd": a day of the quarter's year, unsaid
_THROUGH_A_DAY_OF_ITS_YEAR = patterns.compile(
    r"(?P<gap>(?:\s+[\w'’]+){0,3}?)\s+(?P<to>(?:thru|through|to|until|till|up\s+to)\s+"
    rf"(?:(?P<d>{_DAY})\s+(?:of\s+)?{month_group('m')}|{month_group('m2')}\s+(?P<d2>{_DAY})))"
    r"(?![\w'’])(?!\s*,?\s*['’]?\d)",
    re.IGNORECASE,
)


def to_date_until(first: ToDateRef, period: Period, gap: str) -> ToDateRef | None:
    """A span to date, then the month or the day it runs to ("MTD November 1-20": the
    days of the month said beside it)."""
    single_day = period.start == period.end
    if (spans_months(period, 1) or single_day) and THROUGH.fullmatch(gap):
        return replace(first, until=period.end)
    month_so_far = first.unit == "month" and _month_so_far(period)
    return replace(first, until=period.end) if month_so_far and not gap.strip() else None


def quarter_until(first: QuarterRef, period: Period, gap: str) -> ToDateRef | None:
    """'Q4 sales thru 15 Dec 2024': that quarter, from its first day to the day said (a
    calendar year said with the quarter must be the day's)."""
    if period.start != period.end or not THROUGH.fullmatch(gap):
        return None
    if first.year is not None and not first.fiscal and first.year != period.end.year:
        return None
    return ToDateRef(first.fiscal, None, period.end, unit="quarter", part=first.quarter)


def said_again(first: PeriodMention, then: PeriodMention, gap: str) -> bool:
    """'Q4 sales thru 15 Dec 2024 (qtd)', 'April 2025 MTD sales through the 20th': the span
    to date said again, nothing between."""
    if not (isinstance(then.ref, ToDateRef) and then.ref.until is None):
        return False
    if isinstance(first.ref, ToDateRef):
        same = first.ref.until is not None and then.ref.unit == first.ref.unit
    else:
        same = isinstance(first.ref, ExactRef) and _month_so_far(first.ref.period)
    return same and _SAID_AGAIN.fullmatch(gap) is not None


def _month_so_far(period: Period) -> bool:
    """The first days of a month, from its first (1-20 November)."""
    one_month = (period.start.year, period.start.month) == (period.end.year, period.end.month)
    return period.start.day == 1 and one_month and not spans_months(period, 1)


def through_a_day(mention: PeriodMention, text: str) -> PeriodMention:
    """A month, or a quarter of a calendar year, then the day of it the span runs to."""
    ref = mention.ref
    if isinstance(ref, QuarterRef) and ref.year is not None:
        return _quarter_through(mention, ref, text)
    return _month_through(mention, text)


def _quarter_through(mention: PeriodMention, ref: QuarterRef, text: str) -> PeriodMention:
    """'Q4 2025 sales thru 9 Nov': the quarter from its first day to that day of its year
    ('Q3 FY24 to date thru 13 July': of the fiscal year's third quarter, wherever it lies)."""
    m = _THROUGH_A_DAY_OF_ITS_YEAR.match(text, mention.end)
    if m is None:
        return mention
    day = int((m["d"] or m["d2"]).rstrip("stndrh"))
    try:
        until = date(ref.year, month_num(m["m"] or m["m2"]), day)  # type: ignore[arg-type]
    except ValueError:  # ("30 Feb")
        return mention
    fiscal_year = ref.year if ref.fiscal else None
    up_to = ToDateRef(ref.fiscal, fiscal_year, until, unit="quarter", part=ref.quarter)
    return _through(mention, up_to, m, text)


def _through(
    mention: PeriodMention, ref: ToDateRef | ExactRef, m: re.Match[str], text: str
) -> PeriodMention:
    """MENTION read as REF, its phrase running on to the day M names, unless words of the
    figure stand between ("sales"): they stay the figure's."""
    if m["gap"].strip():
        return replace(mention, ref=ref, said_also=((m.start("to"), m.end("to")),))
    return PeriodMention(ref, mention.start, m.end(), text[mention.start : m.end()])


def _month_through(mention: PeriodMention, text: str) -> PeriodMention:
    """'November 2025 sales through the 20th': the month from its first day to the 20th."""
    ref = mention.ref
    if not (isinstance(ref, ExactRef) and spans_months(ref.period, 1)):
        return mention
    m = _THROUGH_THE_DAY.match(text, mention.end)
    if m is None or int(m["day"]) >= ref.period.end.day:
        return mention
    first = ref.period.start
    until = ExactRef(Period(first, date(first.year, first.month, int(m["day"]))))
    return _through(mention, until, m, text)
