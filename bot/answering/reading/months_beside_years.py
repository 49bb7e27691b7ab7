"""A month said without its year, a few words before a year said alone: "november
deliveries 2025", "sept revenue 2024". Chat names the month first and the year last;
the two are one period, that month of that year, never the whole year with the month
dropped."""

from __future__ import annotations

import re

from bot import patterns
from bot.facts.model import Period
from bot.facts.periods import ExactRef, PeriodMention, YearRef
from bot.facts.periods.arithmetic import month_end
from bot.facts.periods.words import MONTH_PATTERN, month_number

# the month, then one to three words of a figure's name, then (at the end) the year;
# never words that set two periods apart or join them ("november vs 2025", "may to 2025")
_MONTH_THEN_WORDS = patterns.compile(
    rf"(?P<lead>\b(?:in|for|during|of)\s+)?\b(?P<month>{MONTH_PATTERN})(?![a-z])"
    r"(?:\s+(?!(?:vs|versus|than|against|compared|and|or|to|through|thru|until|till|from"
    r"|since|after|before|in|of|for)\b)[a-z][a-z&'’-]*){1,3}\s+$",
    re.IGNORECASE,
)
_MONTH = patterns.compile(rf"\b(?:{MONTH_PATTERN})(?![a-z])", re.IGNORECASE)


def months_of_years(text: str, mentions: tuple[PeriodMention, ...]) -> tuple[PeriodMention, ...]:
    """MENTIONS with a calendar year said alone, a month without its year a few words
    before it and no other period between, read as that month of that year."""
    years = [m for m in mentions if isinstance(m.ref, YearRef) and not m.ref.fiscal]
    if len(mentions) != 1 or not years or not _MONTH.search(text, 0, years[0].start):
        return mentions
    year = years[0]
    before = _MONTH_THEN_WORDS.search(text[: year.start])
    if before is None or (before["month"].lower() == "may" and not before["lead"]):
        return mentions  # ("sales may 2025": the verb, unless a preposition leads it)
    month = month_number(before["month"])
    if month is None or year.ref.year is None:  # type: ignore[union-attr]
        return mentions
    y = year.ref.year  # type: ignore[union-attr]
    period = Period(month_end(y, month).replace(day=1), month_end(y, month))
    at = before.start("month")
    return (PeriodMention(ExactRef(period), at, at + len(before["month"]), before["month"]),)
