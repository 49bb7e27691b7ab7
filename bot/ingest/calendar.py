"""A new company's fiscal calendar, proposed from what its report says about it.

"the fiscal year ending March 31, 2009", "its fiscal year ends on June 30", "the 12 months
to March", "the year ended 31 March 2024", "fiscal 2021, which ends in June": each is
evidence of the month and day the company's year ends, and, with a year beside it ("fiscal
2009" for the year ending March 2009), of whether a year is named by its start or its end.
The admin confirms the proposal; a report that says nothing leaves calendar years.
"""

from __future__ import annotations

import calendar as cal_module
import re
from dataclasses import dataclass

from bot.facts.periods import CALENDAR, FiscalCalendar
from bot.ingest.timing import MONTH_NUMBERS, MONTH_PATTERN

_DAY_MONTH = (
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH_PATTERN})|(?P<m2>{MONTH_PATTERN})\s+(?P<d2>\d{{1,2}})\b"
    rf"|(?P<m3>{MONTH_PATTERN}))"
)
_YEAR_END = re.compile(
    r"(?:\b(?:fiscal|financial)\s+(?:year|fy)|\bfiscal(?=\s+(?:19|20)\d\d)|\bfy|\b(?:the\s+)?(?:12|twelve)\s+months|\bthe\s+year)"
    r"(?:\s+(?:19|20)\d\d)?,?\s*(?:\(|,|—)?\s*(?:which\s+|that\s+)?"
    r"(?:ends?|ending|ended|closes|closing|runs?\s+(?:to|until|through)|to|through)\s+(?:on\s+|in\s+)?"
    rf"{_DAY_MONTH}(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_NAMED = re.compile(r"\b(?:fiscal|financial\s+year|FY)\s*['’]?(?P<y>(?:19|20)?\d\d)\b", re.I)


@dataclass(frozen=True)
class CalendarProposal:
    fiscal_year_end: str  # "MM-DD"
    named_by: str  # "start" or "end"
    evidence: str  # the words that say so, verbatim


def propose_calendar(text: str) -> CalendarProposal | None:
    """The fiscal calendar the text states, or None (calendar years, or not said)."""
    for m in _YEAR_END.finditer(text):
        month = MONTH_NUMBERS[(m["m1"] or m["m2"] or m["m3"]).lower()[:3]]
        day_text = m["d1"] or m["d2"]
        year = int(m["year"]) if m["year"] else None
        last = cal_module.monthrange(year or 2001, month)[1]
        day = int(day_text) if day_text else last
        if not 1 <= day <= last:
            continue
        if (month, day) == (12, 31):
            return None  # the calendar year
        return CalendarProposal(
            f"{month:02d}-{day:02d}", _named_by(text, m, month, year), m.group().strip()
        )
    return None


def _named_by(text: str, m: re.Match[str], month: int, year: int | None) -> str:
    """ "fiscal 2009" beside a year ending March 2009 is named by its end; beside one ending
    March 2010, by its start. Without such a pair, by its end (the usual way)."""
    if year is None:
        return "end"
    window = text[max(0, m.start() - 200) : m.end() + 200]
    for n in _NAMED.finditer(window):
        named = int(n["y"]) if len(n["y"]) == 4 else 2000 + int(n["y"])
        if named == year:
            return "end"
        if named == year - 1 and month < 12:
            return "start"
    return "end"


def calendar_of(fiscal_year_end: str | None, named_by: str | None) -> FiscalCalendar:
    """The calendar a fiscal year end ("06-30") and naming give; none: calendar years."""
    return FiscalCalendar.of(fiscal_year_end, named_by) if fiscal_year_end else CALENDAR
