"""The other calendars companies count their years in: Nepal's Bikram Sambat ("FY 2081/82",
"Shrawan 2081"), Ethiopia's ("EFY 2017", "Tikimt 2017"), the Solar Hijri of Iran and
Afghanistan ("1403", "Dey 1403"), and eras that only renumber the common era's years
(Thai "B.E. 2567", Taiwan's "ROC 113", Japan's "Reiwa 6").

Their dates come from well-kept libraries, imported on first use: nepali-datetime holds
Bikram Sambat's month lengths, which follow no rule; convertdate computes the Solar Hijri
and the Coptic calendar, the Ethiopian being the Coptic 276 years on. Month names and the
words written beside an era's years are in eras.json.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

_DATA = Path(__file__).parents[1] / "eras.json"
# Ethiopian years run 276 ahead of the Coptic calendar's, month for month
_COPTIC_TO_ETHIOPIAN = 276
# The common-era years a company's figures are asked about, from the first to the last:
# an era's year is read only where it falls in them, so "2025" is never read as a Thai
# year (1482) nor "2081" as ours
PLAUSIBLE_YEARS = range(1950, date.today().year + 31)


@dataclass(frozen=True)
class Era:
    """A calendar whose years a company may count in, as eras.json describes it."""

    name: str
    markers: tuple[str, ...]  # words beside its years ("efy", "b.s.", "iranian year")
    months: tuple[tuple[str, ...], ...]  # each month's spellings; () where it has ours
    offset: int | None  # common-era year = era year + offset, for eras that renumber ours
    initial: str | None  # a letter its years are written with ("FY R6")
    fiscal_year_starts: int = 1  # the month its fiscal years begin with
    fiscal_year_named_by: str = "start"  # the year of the two a fiscal year is named by
    fiscal_year_label: str | None = None  # "FY {start}/{end2:02}": how answers name one
    lands: tuple[str, ...] = ()  # the countries that count in it ("Nepal")

    def common_year(self, year: int) -> int | None:
        """The common-era year in which YEAR of this era begins; None where no library
        holds that year or it falls outside the years figures are asked about."""
        if self.offset is not None:
            found = year + self.offset
        else:
            start = self.first_day(year, 1)
            found = start.year if start else None
        return found if found in PLAUSIBLE_YEARS else None

    def first_day(self, year: int, month: int) -> date | None:
        """Month MONTH (1 = the era's first) of YEAR's first day in the common era."""
        try:
            return _first_day(self.name, year, month)
        except (ValueError, KeyError, IndexError):
            return None  # a year the library's tables do not reach

    def month_span(self, year: int, month: int) -> tuple[date, date] | None:
        start = self.first_day(year, month)
        following = (
            self.first_day(year, month + 1)
            if month < len(self.months)
            else self.first_day(year + 1, 1)
        )
        if start is None or following is None:
            return None
        return start, following - timedelta(days=1)


def era_year_of(era: Era, day: date) -> int:
    """The year of ERA (one with months of its own) that DAY falls in."""
    return _year_of(era.name, day)


def _year_of(era: str, day: date) -> int:
    if era == "bikram_sambat":
        import nepali_datetime

        return nepali_datetime.date.from_datetime_date(day).year
    from convertdate import coptic, persian

    if era == "ethiopian":
        return coptic.from_gregorian(day.year, day.month, day.day)[0] + _COPTIC_TO_ETHIOPIAN
    return persian.from_gregorian(day.year, day.month, day.day)[0]


@functools.cache
def _first_day(era: str, year: int, month: int) -> date:
    if era == "bikram_sambat":
        import nepali_datetime

        return nepali_datetime.date(year, month, 1).to_datetime_date()
    from convertdate import coptic, persian

    if era == "ethiopian":
        return date(*coptic.to_gregorian(year - _COPTIC_TO_ETHIOPIAN, month, 1))
    return date(*persian.to_gregorian(year, month, 1))


def _load() -> dict[str, Era]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return {
        name: Era(
            name,
            tuple(spec["markers"]),
            tuple(tuple(m) for m in spec.get("months", ())),
            spec.get("offset"),
            spec.get("initial"),
            spec.get("fiscal_year_starts", 1),
            spec.get("fiscal_year_named_by", "start"),
            spec.get("fiscal_year_label"),
            tuple(spec.get("lands", ())),
        )
        for name, spec in data.items()
        if not name.startswith("_")
    }


ERAS = _load()
# the eras with months of their own, whose years do not begin on 1 January
MONTHLY_ERAS = tuple(e for e in ERAS.values() if e.months)


@functools.cache
def _eras_ending_on(year_end: str) -> frozenset[str]:
    try:
        month, day = (int(part) for part in year_end.split("-"))
        if not _MID_MONTH[0] <= day <= _MID_MONTH[1]:
            return frozenset()  # (near one of our months' ends: ours, or a 52-week year's)
    except ValueError:
        return frozenset()
    # (a day either side: a bundle may give the day the next year begins)
    days = (date(2001, month, day) + timedelta(days=k) for k in (-1, 0, 1))
    near = {(d.month, d.day) for d in days}
    return frozenset(e.name for e in MONTHLY_ERAS if near & _month_ends(e.name))


# The days of our months the months of these eras end on (Ethiopian 5-10, Nepali 12-17,
# Iranian 18-23), a day to spare: no other day asks the libraries anything
_MID_MONTH = (4, 24)


@functools.cache
def _month_ends(era_name: str) -> frozenset[tuple[int, int]]:
    """The (month, day) of the common era each month of ERA_NAME ended on in recent years."""
    era = ERAS[era_name]
    now = _year_of(era_name, date.today())
    ends: set[tuple[int, int]] = set()
    for year in range(now - 12, now + 2):
        for month in range(1, len(era.months) + 1):
            span = era.month_span(year, month)
            if span:
                ends.add((span[1].month, span[1].day))
    return frozenset(ends)


def era_name(start: date, end: date, year_end: str) -> str | None:
    """START to END named in the era a company with this fiscal year end counts in: one of
    its fiscal years ("FY 2081/82", "EFY 2017") or months ("Dey 1403"); None for any other
    span, or a company counting in none."""
    eras = _eras_ending_on(year_end)
    if len(eras) != 1:
        return None
    era = ERAS[next(iter(eras))]
    try:
        year, month = _year_of(era.name, start), None
    except ValueError:
        return None  # (a day the library's tables do not reach)
    for m in range(1, len(era.months) + 1):
        if era.first_day(year, m) == start:
            month = m
    if month is None:
        return None
    if era.month_span(year, month) == (start, end):
        return f"{era.months[month - 1][0].title()} {year}"
    # (a fiscal year: from a month's first day to the day before it a year on, named by
    # the era years it begins and ends in)
    following = era.first_day(year + 1, month)
    if era.fiscal_year_label is None or following is None:
        return None
    if following - timedelta(days=1) != end:
        return None
    last = _year_of(era.name, end)
    return era.fiscal_year_label.format(start=year, end=last, end2=last % 100)


def era_year_ends(year_ends: Iterable[str]) -> dict[str, str | None]:
    """Era -> the fiscal year end ("09-22") of the companies counting in it, where they
    share one (None where they differ): which of the era's years "FY 1404" means. A year
    that ends on the day a month of another calendar ends (mid-July, the end of Nepal's
    Ashadh; 20 March, of Iran's Esfand) is that calendar's year."""
    found: dict[str, set[str]] = {}
    for end in year_ends:
        for era in _eras_ending_on(end):
            found.setdefault(era, set()).add(end)
    return {era: next(iter(ends)) if len(ends) == 1 else None for era, ends in found.items()}


def fiscal_year_ending_in(era: Era, year: int, year_end: str | None) -> tuple[date, date] | None:
    """The first and last days of the fiscal year that ends in YEAR of ERA: a company's
    whose years end on YEAR_END ("09-22": Shahrivar's end), else the era's own (Nepal's to
    Ashadh, Ethiopia's to Sene, Iran's to Esfand)."""
    end = _day_in_year(era, year, year_end) if year_end else None
    before = _day_in_year(era, year - 1, year_end) if year_end else None
    if end is None or before is None:
        starts = era.fiscal_year_starts
        end_start = era.first_day(year + (starts == 1), starts)
        begin = era.first_day(year - (starts > 1), starts)
        if end_start is None or begin is None:
            return None
        return begin, end_start - timedelta(days=1)
    return before + timedelta(days=1), end


def _day_in_year(era: Era, year: int, month_day: str) -> date | None:
    """The day of our calendar written MONTH_DAY ("09-22") that falls in YEAR of ERA."""
    first, following = era.first_day(year, 1), era.first_day(year + 1, 1)
    if first is None or following is None:
        return None
    month, day = (int(part) for part in month_day.split("-"))
    for common in (first.year, first.year + 1):
        try:
            found = date(common, month, day)
        except ValueError:
            continue
        # (a day or two into the year is the last year's end, as Esfand's 30th may fall)
        if first + timedelta(days=2) <= found < following + timedelta(days=2):
            return found
    return None


def era_month_of(era: Era, day: date) -> tuple[int, int]:
    """(year, month) of ERA that DAY falls in."""
    year = _year_of(era.name, day)
    month = max(m for m in range(1, len(era.months) + 1) if (era.first_day(year, m) or day) <= day)
    return year, month
