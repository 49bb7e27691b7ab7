"""Periods back into words: short labels ("Q3 2013", "FY2013"), the months covered,
and the description answers give, all of which `parse_period` reads again."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods.arithmetic import is_whole_months, month_count, month_index
from bot.facts.periods.fiscal_calendar import CALENDAR, FiscalCalendar
from bot.facts.periods.words import MONTH_ABBREVIATIONS


def _calendar_name(p: Period) -> str | None:
    """ "2013", "Q3 2013", "H1 2013" when the period is exactly one."""
    if not is_whole_months(p):
        return None
    count, first, year = month_count(p), p.start.month, p.start.year
    if count == 12 and first == 1:
        return str(year)
    if count == 3 and first % 3 == 1:
        return f"Q{first // 3 + 1} {year}"
    if count == 6 and first in (1, 7):
        return f"H{first // 6 + 1} {year}"
    return None


def _fiscal_name(p: Period, cal: FiscalCalendar) -> str | None:
    """ "FY2013", "Q2 FY2013", "H1 FY2013" when the period is exactly one under `cal`."""
    if not is_whole_months(p):
        return None
    fy = cal.fiscal_year_of(p.start)
    offset = month_index(p.start.year, p.start.month) - cal.first_month(fy)
    count = month_count(p)
    if count == 12 and offset == 0:
        return f"FY{fy}"
    if count == 3 and offset % 3 == 0:
        return f"Q{offset // 3 + 1} FY{fy}"
    if count == 6 and offset % 6 == 0:
        return f"H{offset // 6 + 1} FY{fy}"
    return None


def label(period: Period, cal: FiscalCalendar = CALENDAR) -> str:
    """The short name: calendar names first ("Q3 2013"), then fiscal ("FY2013"), else the span.

    Calendar names come first because that is how `resolve` reads an unmarked phrase."""
    name = _calendar_name(period)
    if name is None and not cal.is_calendar:
        name = _fiscal_name(period, cal)
    return name or span(period)


def fiscal_label(period: Period, cal: FiscalCalendar) -> str | None:
    """The fiscal name of a period of a fiscal-calendar company ("Q2 FY2013"), or None for
    a calendar-year company or a period with no fiscal name."""
    return None if cal.is_calendar else _fiscal_name(period, cal)


def span(period: Period) -> str:
    """The months or days covered: "Apr 2013 – Mar 2014", "Jul – Sep 2013", "Jun 2013"."""
    s, e = period.start, period.end
    if is_whole_months(period):
        first, last = MONTH_ABBREVIATIONS[s.month], MONTH_ABBREVIATIONS[e.month]
        if (s.year, s.month) == (e.year, e.month):
            return f"{first} {s.year}"
        if s.year == e.year:
            return f"{first} – {last} {e.year}"
        return f"{first} {s.year} – {last} {e.year}"

    def day(d: date) -> str:
        return f"{d.day} {MONTH_ABBREVIATIONS[d.month]} {d.year}"

    return day(s) if s == e else f"{day(s)} – {day(e)}"


def describe(period: Period, cal: FiscalCalendar = CALENDAR) -> str:
    """For answers: the label, then the months, then the fiscal name when it differs:
    "FY2013 (Apr 2013 – Mar 2014)", "Q3 2013 (Jul – Sep 2013, fiscal Q2 FY2013)"."""
    name, months = label(period, cal), span(period)
    if name == months:
        return months
    if cal.is_calendar and month_count(period) == 12 and name.isdigit():
        return name  # a calendar year needs no explaining to a calendar-year entity
    parts = [months]
    fiscal = None if cal.is_calendar else _fiscal_name(period, cal)
    if fiscal is not None and fiscal != name:
        parts.append(f"fiscal {fiscal}")
    return f"{name} ({', '.join(parts)})"
