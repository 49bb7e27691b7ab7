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


def to_date_until(first: ToDateRef, period: Period, gap: str) -> ToDateRef | None:
    """A span to date, then the month or the day it runs to ("MTD November 1-20": the
    days of the month said beside it)."""
    single_day = period.start == period.end
    if (spans_months(period, 1) or single_day) and THROUGH.fullmatch(gap):
        return replace(first, until=period.end)
    month_so_far = (
        first.unit == "month"
        and period.start.day == 1
        and (period.start.year, period.start.month) == (period.end.year, period.end.month)
        and not spans_months(period, 1)
    )
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
    """'Q4 sales thru 15 Dec 2024 (qtd)': the span to date said again, nothing between."""
    return (
        isinstance(first.ref, ToDateRef)
        and isinstance(then.ref, ToDateRef)
        and first.ref.until is not None
        and then.ref.until is None
        and then.ref.unit == first.ref.unit
        and _SAID_AGAIN.fullmatch(gap) is not None
    )


def through_the_day(mention: PeriodMention, text: str) -> PeriodMention:
    """'November 2025 sales through the 20th': a month, then a day of it the span runs to.
    The phrase runs on to the day, unless words of the figure stand between ("sales"):
    they stay the figure's."""
    ref = mention.ref
    if not (isinstance(ref, ExactRef) and spans_months(ref.period, 1)):
        return mention
    m = _THROUGH_THE_DAY.match(text, mention.end)
    if m is None or int(m["day"]) >= ref.period.end.day:
        return mention
    first = ref.period.start
    until = ExactRef(Period(first, date(first.year, first.month, int(m["day"]))))
    if m["gap"].strip():
        return replace(mention, ref=until, said_also=((m.start("to"), m.end("to")),))
    return PeriodMention(until, mention.start, m.end(), text[mention.start : m.end()])
