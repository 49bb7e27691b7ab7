"""Column headings that name a period by where it stands against the report's own: a stock
exchange's results template ("Current Quarter | Similar Quarter for Previous Year | %Change |
Previous Quarter | %Change", "Current Period | Similar Period for Previous Year"), an ASX
Appendix 4C ("Current quarter | Year to date (6 months)"), a Bursa filing ("Preceding Year
Corresponding Quarter"). The headings carry no date: the report says which quarter it is
about above the table ("Quarter ended 31 December 2024", "Period Ending on 2024-09-30 (Nine
Months)"), and each heading is that quarter, the year to its end, or either a year or a
quarter earlier. A change column after such a pair is the change of the report's own
quarter or period: on the year before, or on the quarter before when it follows the
previous quarter's column."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.facts.model import Kind, Period
from bot.facts.periods import FiscalCalendar
from bot.facts.periods.words import NUMBER_PATTERN, count_of
from bot.ingest.comparatives import year_before
from bot.ingest.spans import fiscal_year, quarter_of, resolve_time, shift
from bot.ingest.timing import find_times

_EARLIER_YEAR = (
    r"(?:(?:for|of|in)\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:financial\s+|fiscal\s+)?"
    r"year|last\s+year|a\s+year\s+(?:ago|earlier))"
)
# ("similar", "corresponding", "same": the span of the report's own, a year before)
_A_YEAR_BEFORE = re.compile(
    r"(?:(?:similar|corresponding|same|comparative)\s+(?P<a>quarter|period)\s+"
    + _EARLIER_YEAR
    + r"|(?:preceding|previous|prior)\s+year(?:['’]s)?\s+(?:corresponding\s+|same\s+)?"
    r"(?P<b>quarter|period|year[\s-]to[\s-]date))",
    re.IGNORECASE,
)
_THE_QUARTER_BEFORE = re.compile(r"(?:previous|preceding|prior|last)\s+quarter", re.IGNORECASE)
_OWN = re.compile(
    r"(?:current|this)\s+(?:year\s+|financial\s+year\s+)?(?P<own>quarter|period|year[\s-]to[\s-]date)"
    rf"|year[\s-]to[\s-]date(?:\s*\(\s*(?P<n>{NUMBER_PATTERN})\s+months?\s*\))?",
    re.IGNORECASE,
)
# the report's own span, said above the table: "Quarter ended 31 December 2024", "the
# Period Ending on 2024-09-30"
_ENDED = re.compile(
    r"\b(?:quarter|period|months|half[\s-]year)\s+(?:ended|ending)(?:\s+on)?\s+$", re.IGNORECASE
)


# the span and its end in one phrase: "quarter ended 31 December 2024"
_ENDED_SPAN = re.compile(r"(?:quarter|period|half[\s-]year)\s+(?:ended|ending)\b", re.IGNORECASE)


def relative_columns(
    columns: list, header: list[str], before: str, cal: FiscalCalendar, published: date
) -> list:
    """COLUMNS with each heading that names its period against the report's own given that
    period (BEFORE: the text above the table); COLUMNS as they are when no heading does or
    the text never says which quarter the report is about."""
    heads = [_relative(h.strip()) for h in header]
    if not any(heads[1:]):
        return columns
    end = _reported_end(before, cal, published)
    if end is None:
        return columns
    quarter = quarter_of(cal, end)
    if quarter.end != end:
        return columns  # a span that is no quarter of the company's year: left as read
    so_far = Period(fiscal_year(cal, end).start, end)
    out = list(columns)
    own: Period | None = None  # the report's own quarter or span, as its column reads it
    for k, head in enumerate(heads):
        if not k:
            continue
        if head is None:
            if out[k].change and own is not None:
                # "%Change" after a pair: the change of the report's own figure, on the
                # quarter before when it follows that quarter's column
                sequential = heads[k - 1] is not None and heads[k - 1][0] == "quarter before"
                out[k] = replace(out[k], period=own, sequential=sequential, kind=None)
            continue
        which, months = head
        if which == "quarter before":
            period = shift(quarter, -3, cal)
        elif which == "quarter":
            period = quarter
        else:
            period = Period(_months_back(end, months), end) if months else so_far
        if _A_YEAR_BEFORE.fullmatch(header[k].strip()):
            period = year_before(period)
        elif which != "quarter before":
            own = period
        out[k] = replace(
            out[k],
            period=period,
            change=False,
            day=False,
            ytd=which == "span",
            thing=None,
            measure=None,
        )
    return out


def _relative(head: str) -> tuple[str, int] | None:
    """("quarter" | "span" | "quarter before", months said) for a relative heading."""
    if m := _A_YEAR_BEFORE.fullmatch(head):
        word = (m["a"] or m["b"]).lower()
        return ("quarter" if word == "quarter" else "span", 0)
    if _THE_QUARTER_BEFORE.fullmatch(head):
        return ("quarter before", 0)
    if m := _OWN.fullmatch(head):
        word = (m["own"] or "year to date").lower()
        return ("quarter" if word == "quarter" else "span", count_of(m["n"]) if m["n"] else 0)
    return None


def _reported_end(text: str, cal: FiscalCalendar, published: date) -> date | None:
    """The last day of the report's own quarter or span, as the text above says it: the
    last "quarter ended ..." or "period ending on ..." before the table."""
    ends = []
    for t in find_times(text, published):
        if t.mode == "day" and t.day is not None and _ENDED.search(text, 0, t.start):
            ends.append(t.day)
        elif _ENDED_SPAN.search(t.text):
            named = resolve_time(t, cal=cal, as_of=published, kind=Kind.ACTUAL, anchor=None)
            if isinstance(named, Period):
                ends.append(named.end)
    return ends[-1] if ends else None


def _months_back(end: date, months: int) -> date:
    month = end.month - months + 1
    year = end.year + (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1)
