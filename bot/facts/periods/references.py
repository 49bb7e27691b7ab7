"""Period references: what a period phrase says ("FY2013", "the June quarter", "the
year before Q3"), before anyone knows whose calendar applies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeAlias

from bot.facts.model import Period, SalesBotError


@dataclass(frozen=True)
class YearRef:
    """ "FY2013" (fiscal=True), "CY2013" (False), a bare "2013" (None: either)."""

    year: int
    fiscal: bool | None = None


@dataclass(frozen=True)
class SplitYearRef:
    """ "FY2013/14": the fiscal year running from start_year into end_year."""

    start_year: int
    end_year: int
    # "Q2 2024/25", "H1 FY2024/25": one part of that year, as (months a part, which part)
    part: tuple[int, int] | None = None
    # "the Nov-Jan quarter of 2024/25": the months ending with a month inside that year,
    # as (last month, months)
    ending: tuple[int, int] | None = None


@dataclass(frozen=True)
class QuarterRef:
    """A quarter (1-4), of a year if one is said, fiscal or calendar if said."""

    quarter: int
    year: int | None = None
    fiscal: bool | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise SalesBotError(f"there is no quarter {self.quarter}: use 1-4")


@dataclass(frozen=True)
class HalfRef:
    """A half year (1 or 2), of a year if one is said, fiscal or calendar if said."""

    half: int
    year: int | None = None
    fiscal: bool | None = None

    def __post_init__(self) -> None:
        if self.half not in (1, 2):
            raise SalesBotError(f"there is no half {self.half}: use 1 or 2")


@dataclass(frozen=True)
class QuarterEndingRef:
    """ "The June quarter": the three calendar months ending with `month`."""

    month: int
    year: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise SalesBotError(f"there is no month {self.month}: use 1-12")


@dataclass(frozen=True)
class MonthsEndingRef:
    """ "The year to March", "the six months to September", "Jan–Sep": `months` calendar
    months ending with `month`, of a year the question does not say."""

    month: int
    months: int
    year: int | None = None
    # "the Dec-Feb quarter of fiscal 2021": YEAR names a fiscal year, and the span is
    # the one closing with that month inside it (a calendar year's month otherwise)
    fiscal: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1 <= self.months <= 12:
            raise SalesBotError(f"there is no span of {self.months} months to month {self.month}")


@dataclass(frozen=True)
class LeadingMonthsRef:
    """ "The first nine months of fiscal 2021", "9M 2021": the first `months` months of a
    year, fiscal or calendar as `fiscal` says (None: either)."""

    months: int
    year: int | None = None
    fiscal: bool | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.months <= 12:
            raise SalesBotError(f"a year has no first {self.months} months")


@dataclass(frozen=True)
class WeeksEndingRef:
    """ "The 18 weeks to 4 January": `weeks` whole weeks closing on a day of a year the
    phrase does not say (with a year it is an `ExactRef`)."""

    weeks: int
    month: int
    day: int

    def __post_init__(self) -> None:
        date(2000, self.month, self.day)  # ValueError for a day no year has
        if not 1 <= self.weeks <= 53:
            raise SalesBotError(f"there is no span of {self.weeks} weeks")


@dataclass(frozen=True)
class ExtraWeekRef:
    """ "The 53rd week", "the extra week of fiscal 2024": the week a 52/53-week year adds
    at its end, seven days closing the company's year (`year`, the one said, else any)."""

    year: int | None = None


@dataclass(frozen=True)
class WeekNumberRef:
    """ "Week 46 2025", "wk 46", "ISO week 12", "2025-W46", "weeks 1-46 of 2025": weeks by
    their number, `first` to `last`, of `year` (any year where none is said). A calendar
    year's weeks are ISO weeks (Monday to Sunday, week 1 holding the year's first
    Thursday); a fiscal year's (`fiscal`) are counted from its first day."""

    first: int
    last: int
    year: int | None = None
    fiscal: bool | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.first <= self.last <= 53:
            raise SalesBotError(f"there is no week {self.first}-{self.last}: use 1-53")


@dataclass(frozen=True)
class DayEventRef:
    """ "Black Friday 2025", "Cyber Monday", "Singles' Day", "Black Friday weekend",
    "Ramadan 2025", "Khmer New Year", "the Easter fortnight": a named day or festival of
    `year` (any year where none is said; `events.event_days` dates it) and a figure over a
    span that holds it: the day's own or its weekend's, or as long as the question says
    (`span`: "week", "fortnight", "month"; "" where it says no length)."""

    event: str
    year: int | None = None
    span: str = ""


@dataclass(frozen=True)
class MonthEndRef:
    """ "At the end of June", "by end-June": the last day of a month of a year not said, a
    point in time (a backlog, a subscriber count) or where a running total stops."""

    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise SalesBotError(f"there is no month {self.month}: use 1-12")


@dataclass(frozen=True)
class ToDateRef:
    """ "Year-to-date", "YTD", "so far this fiscal year": the months of a year up to the
    latest one reported; which year and how many months, only the store can say. "QTD"
    and "MTD" count from the first day of a quarter or a month instead."""

    fiscal: bool | None = None
    year: int | None = None  # "YTD FY24": the year the months are counted in
    until: date | None = None  # "YTD through October 2025": the last day counted
    unit: str = "year"  # "year", "quarter" or "month": what is counted from its start
    part: int | None = None  # "Q4 sales thru 15 Dec": the quarter said, checked on `until`


@dataclass(frozen=True)
class SeasonRef:
    """ "The holiday season", "Christmas 2023", "back-to-school": a trading season, which
    companies report over spans of their own (nine weeks, the five weeks to 2 January).
    It fits a period of at most a quarter inside the season's window; `year` is the year
    the season starts in."""

    season: str  # a key of SEASONS
    year: int | None = None
    quarter: bool = False  # "the holiday quarter": one of the company's quarters, no span

    def __post_init__(self) -> None:
        if self.season not in SEASONS:
            raise SalesBotError(f"there is no season {self.season!r}")


@dataclass(frozen=True)
class NamedSeasonRef:
    """ "The 2025 season", "the 2024-25 crushing season", "the second season 2025": a
    season a company names by a year or two (a harvest, a sugar season, a park's or a
    fishery's), over dates of its own that only the store knows. A crop named by one year
    may be sold through a fiscal year that holds the middle of it (kiwifruit picked in
    autumn 2025 and sold until March 2026); `ordinal` picks one of a year's seasons."""

    first_year: int
    last_year: int
    ordinal: int | None = None

    def __post_init__(self) -> None:
        if self.last_year not in (self.first_year, self.first_year + 1):
            raise SalesBotError("a season runs over one year or into the next")

    def as_years(self) -> YearRef | SplitYearRef:
        """The year or years that name the season, as a report's dates read them."""
        if self.last_year == self.first_year:
            return YearRef(self.first_year)
        return SplitYearRef(self.first_year, self.last_year)


# Season -> (first month of its window, months in the window). Only seasons of trade:
# "summer" or "spring" also date statements ("the forecast before the summer cut").
SEASONS = {
    "holiday": (10, 4),
    "back to school": (7, 3),
    "new year": (1, 2),
    "golden week": (4, 2),
    # the two halves of a travel year (IATA's summer runs from the end of March to the
    # end of October): reported as the whole season, never a quarter inside it
    "summer": (4, 7),
    "winter": (11, 5),
}
WHOLE_SEASONS = frozenset({"summer", "winter"})


@dataclass(frozen=True)
class ExactRef:
    """A period given by its own dates. `ends_on`: the day the phrase said it ends, where
    the period is the whole months that day stands for ("the year to 20/9/25": Oct 2024 –
    Sep 2025, a figure of a company counting in weeks ending on that very day first)."""

    period: Period
    # (a detail of how it was said: two phrases naming the same months are the same period)
    ends_on: date | None = field(default=None, compare=False)


@dataclass(frozen=True)
class RelativeRef:
    """`steps` years or quarters from `base`, or from the question's anchor when base is None;
    or months from a base that is one month ("the month before October 2025")."""

    base: PeriodRef | None
    steps: int
    unit: str  # "year", "quarter" or "month"
    # months the phrase says the period spans ("the same quarter a year earlier": 3):
    # a base of another length ("F25") names no such period
    span: int | None = None

    def __post_init__(self) -> None:
        if self.unit not in ("year", "quarter", "month"):
            raise SalesBotError(f"relative periods step by year, quarter, month: not {self.unit!r}")


# The months one unit of a latest or relative period spans ("last quarter": three)
UNIT_MONTHS = {"year": 12, "half": 6, "quarter": 3, "month": 1}


@dataclass(frozen=True)
class LatestRef:
    """The latest period held, of one length or of any."""

    unit: str | None = None  # "year", "half", "quarter", "month" or None: whatever is latest

    def __post_init__(self) -> None:
        if self.unit not in (None, "year", "half", "quarter", "month"):
            raise SalesBotError(f"latest takes year, half, quarter or month, not {self.unit!r}")


PeriodRef: TypeAlias = (
    YearRef
    | SplitYearRef
    | QuarterRef
    | HalfRef
    | QuarterEndingRef
    | MonthsEndingRef
    | LeadingMonthsRef
    | WeeksEndingRef
    | ExtraWeekRef
    | WeekNumberRef
    | DayEventRef
    | MonthEndRef
    | ToDateRef
    | SeasonRef
    | NamedSeasonRef
    | ExactRef
    | RelativeRef
    | LatestRef
)


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase found in a text: what it refers to, and where it is."""

    ref: PeriodRef
    start: int  # character offsets of the phrase in the text
    end: int
    text: str
    # "at the beginning of FY27": the point in time the period opens at (the day
    # before its first), not the period itself
    opens: bool = False
    # "since 2014", "since it started up in 2019": the period a running total began in,
    # not the period asked about
    begins_running: bool = False
    # "F2024 on a 52-week basis": the weeks the question says the period ran, which pick
    # among figures a company counting in weeks states for it (reported, pro forma)
    weeks: int | None = None
    # "QTD *sales* through 20 November": the phrase's own words apart from it (the words of
    # the figure between stay the figure's), blanked with it where the question is read
    said_also: tuple[tuple[int, int], ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Where the phrase's words are: its span, and any said apart from it."""
        return ((self.start, self.end), *self.said_also)


def is_definite(ref: PeriodRef) -> bool:
    """Whether the reference names its period without help (a year, a span, a base)."""
    match ref:
        case LatestRef() | RelativeRef(None, _, _):
            return False
        case QuarterRef(_, year, _) | HalfRef(_, year, _) | QuarterEndingRef(_, year):
            return year is not None
        case MonthsEndingRef(_, _, year) | LeadingMonthsRef(_, year, _) | SeasonRef(_, year):
            return year is not None
        case ToDateRef(_, _, until):
            return until is not None
        case WeeksEndingRef() | MonthEndRef():
            return False
        case WeekNumberRef(_, _, year) | DayEventRef(_, year):
            return year is not None
        case RelativeRef(base, _, _):
            return base is not None and is_definite(base)
        case _:
            return True
