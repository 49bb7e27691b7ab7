"""Periods chat splits around a figure's name, each half of which alone names something
else: a month, then the name, then a year ("november deliveries 2025": that month of
that year, never the year); a count of months, then the name, then the month they run to
("rolling 12 month pax to end of august 2025": the twelve months to August, never
August alone); a span's code before a sum of money's name, after a word that would
make it an amount ("a share of 9m revenue": nine months, never nine million)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import patterns
from bot.facts import reporting
from bot.facts.periods import ExactRef, LeadingMonthsRef, PeriodMention, RelativeRef, YearRef
from bot.facts.periods.arithmetic import month_end, month_index, whole_months
from bot.facts.periods.words import MONTH_PATTERN, month_number

# words that set two periods apart or join them: never words of a name between them
_NOT_A_NAME = (
    r"(?!(?:vs|versus|than|against|compared|and|or|to|through|thru|until|till|from|since"
    r"|after|before|in|of|for|at|ending|ended)\b)"
)
# (a name and its company may stand between a count and the month it runs to: "12 mth load
# factor for corrib at end nov 2025"; never a second period set against the first)
_NOT_COMPARING = r"(?!(?:vs|versus|than|against|compared|and|or|from|since|to)\b)"
# the month, then one to three words of a figure's name (a "%" among them), then, after
# at most a comma, the year at the end ("august revenue yoy %, 2025")
_MONTH_THEN_WORDS = patterns.compile(
    rf"(?P<lead>\b(?:in|for|during|of)\s+)?\b(?P<month>{MONTH_PATTERN})(?![a-z])"
    rf"(?:\s+{_NOT_A_NAME}(?:[a-z][a-z&'’-]*|%|\(%\))){{1,3}}\s*,?\s+$",
    re.IGNORECASE,
)
_MONTH = patterns.compile(rf"\b(?:{MONTH_PATTERN})(?![a-z])", re.IGNORECASE)
# a count of months (or "LTM"), one to five words of a name, then what they run up to
_COUNT_THEN_WORDS = patterns.compile(
    r"(?P<count>(?:\b(?:rolling|trailing|last|past)\s+)?\b(?:(?P<n>12|twelve|6|six|3|three)"
    r"[\s-]?(?:months?|mths?|mos?|m)|(?P<ltm>ltm|ttm))\b)"
    rf"(?:\s+{_NOT_COMPARING}[a-z][a-z&'’-]*){{1,5}}\s+"
    r"(?P<to>(?:to|through|thru|until|till|ending|ended|at)\s+(?:the\s+)?"
    r"(?:(?:end|close)(?:\s+of)?\s+)?)$",
    re.IGNORECASE,
)
_COUNTS = {"12": 12, "twelve": 12, "6": 6, "six": 6, "3": 3, "three": 3}


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
    period = whole_months(month_index(y, month), 1)
    at = before.start("month")
    return (PeriodMention(ExactRef(period), at, at + len(before["month"]), before["month"]),)


def months_run_to(
    text: str, mentions: tuple[PeriodMention, ...]
) -> tuple[tuple[PeriodMention, ...], list[tuple[int, int]]]:
    """MENTIONS with the one month they name, where a count of months and a few words of
    a name come before it ("rolling 12 month pax to end of August 2025"), read as that
    many months up to the month's end; and where the count was said (its words are the
    period's, no name's)."""
    # (the one month named, and any period counted back from it: "vs a year before")
    named = [m for m in mentions if not (isinstance(m.ref, RelativeRef) and m.ref.base is None)]
    if len(named) != 1 or named[0] is not mentions[0] or not isinstance(named[0].ref, ExactRef):
        return mentions, []
    month = mentions[0]
    span = named[0].ref.period
    if span.start.day != 1 or span.end != month_end(span.start.year, span.start.month):
        return mentions, []
    before = _COUNT_THEN_WORDS.search(text[: month.start])
    if before is None:
        return mentions, []
    count = 12 if before["ltm"] else _COUNTS[before["n"].lower()]
    last = month_index(span.start.year, span.start.month)
    ran = replace(month, ref=ExactRef(whole_months(last - count + 1, count)))
    return (ran, *mentions[1:]), [before.span("count"), before.span("to")]


# "9m revenue", "6M net sales": a span's code and the words after it
_CODE_BEFORE_WORDS = patterns.compile(
    r"(?<![\w.,$€£¥])(?P<n>9|6)m\s+(?P<words>[a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE
)
# the measures of figures that are sums of money or rates: no count of things is one
_NO_COUNT = frozenset({"money", "percent", "per_share"})


def months_before_a_money_name(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """FOUND with "9m" or "6m" the grammar took for an amount ("share of 9m revenue",
    after "of") read as the year's first nine or six months, where the words after it
    name a sum of money or a rate ("revenue", "net sales", "EBITDA margin"): nine
    million of those would carry a currency. Never "9m phones": a count of things."""
    out = list(found)
    for m in _CODE_BEFORE_WORDS.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        families = reporting.families_of(m["words"].lower())
        if families and families[0].measure in _NO_COUNT:
            end = m.start() + len(m["n"]) + 1
            ref = LeadingMonthsRef(int(m["n"]), None, None)
            out.append(PeriodMention(ref, m.start(), end, text[m.start() : end]))
    return sorted(out, key=lambda f: f.start)
