"""An entity's fiscal calendar: when its year ends, how its years are named, and the
years, quarters and halves that follow."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from bot import patterns
from bot.facts.model import Period, SalesBotError
from bot.facts.periods.arithmetic import month_index, nearest_month_end, whole_months

_MONTH_DAY = patterns.compile(r"(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True)
class FiscalCalendar:
    """When an entity's fiscal year ends, and whether it is named by its start or end year.

    A year end that is not a month end ("09-27", "01-02") is treated as the nearest
    month end (day 1-15: the previous month's), so fiscal years, quarters and halves
    are always whole months."""

    end_month: int = 12
    end_day: int = 31
    named_by: str = "end"  # "start": Apr 2013-Mar 2014 is FY2013; "end": it is FY2014

    def __post_init__(self) -> None:
        if not 1 <= self.end_month <= 12:
            raise SalesBotError(f"fiscal year end month {self.end_month} is not 1-12")
        # 2000 is a leap year, so Feb 29 is accepted as a year end
        if not 1 <= self.end_day <= monthrange(2000, self.end_month)[1]:
            raise SalesBotError(
                f"fiscal year end day {self.end_day} does not exist in month {self.end_month}"
            )
        if self.named_by not in ("start", "end"):
            raise SalesBotError(
                f"fiscal years are named by 'start' or 'end' year, not {self.named_by!r}"
            )

    @classmethod
    def of(cls, fiscal_year_end: str | None, named_by: str | None) -> FiscalCalendar:
        """From an entity's settings: ("03-31", "start"); no year end means calendar years."""
        naming = (named_by or "end").strip().lower()
        if fiscal_year_end is None or not fiscal_year_end.strip():
            return cls(named_by=naming)
        m = _MONTH_DAY.fullmatch(fiscal_year_end.strip())
        if m is None:
            raise SalesBotError(
                f"fiscal year end {fiscal_year_end!r} is not a month and day like 03-31"
            )
        return cls(int(m[1]), int(m[2]), naming)

    @property
    def fiscal_year_end(self) -> str:
        """The year end as an entity's settings write it ("07-16"), which `of` reads."""
        return f"{self.end_month:02d}-{self.end_day:02d}"

    @property
    def last_month(self) -> int:
        """The month (1-12) whose last day closes the fiscal year, for period arithmetic."""
        return nearest_month_end(2001, self.end_month, self.end_day)[1]

    @property
    def is_calendar(self) -> bool:
        """Fiscal years are calendar years (the year ends at, or a few days after, Dec 31)."""
        return self.last_month == 12

    def first_month(self, fy: int) -> int:
        """Month index of the first month of fiscal year `fy`."""
        end_year = fy + 1 if self.named_by == "start" and not self.is_calendar else fy
        return month_index(end_year, self.last_month) - 11

    def year(self, fy: int) -> Period:
        return whole_months(self.first_month(fy), 12)

    def quarter(self, fy: int, q: int) -> Period:
        if not 1 <= q <= 4:
            raise SalesBotError(f"there is no quarter {q}: use 1-4")
        return whole_months(self.first_month(fy) + 3 * (q - 1), 3)

    def half(self, fy: int, h: int) -> Period:
        if h not in (1, 2):
            raise SalesBotError(f"there is no half {h}: use 1 or 2")
        return whole_months(self.first_month(fy) + 6 * (h - 1), 6)

    def fiscal_year_of(self, d: date) -> int:
        end_year = d.year if d.month <= self.last_month else d.year + 1
        return end_year - 1 if self.named_by == "start" and not self.is_calendar else end_year


CALENDAR = FiscalCalendar()
