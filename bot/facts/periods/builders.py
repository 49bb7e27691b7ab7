"""The grammar's builders: each turns a rule's match into a reference, or None when the
words do not add up ("between April and ...", "FY2013/15")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import TypeAlias

from bot import patterns
from bot.facts.model import Period, SalesBotError
from bot.facts.periods.arithmetic import (
    month_days,
    month_end,
    month_index,
    months_closing,
    nearest_month_end,
    whole_months,
)
from bot.facts.periods.events import event_named
from bot.facts.periods.festivals import gregorian_year_of, is_islamic
from bot.facts.periods.references import (
    DayEventRef,
    ExactRef,
    HalfRef,
    LatestRef,
    LeadingMonthsRef,
    MonthsEndingRef,
    NamedSeasonRef,
    PeriodRef,
    QuarterEndingRef,
    QuarterRef,
    RelativeRef,
    SeasonRef,
    SplitYearRef,
    ToDateRef,
    WeekNumberRef,
    YearRef,
)
from bot.facts.periods.words import (
    HALF_WORDS,
    ORDINALS,
    STEP_UNITS,
    count_of,
    count_or_one,
    day_number,
    day_of,
    end_day_of,
    end_month_of,
    first_group,
    fiscal_flag,
    month_num,
    tail_year,
    to_year,
)

Builder: TypeAlias = Callable[[re.Match[str]], PeriodRef | None]

# The words of a trading season, by the season (a key of `references.SEASONS`) they name.
_SEASON_WORDS = {
    "holiday": "holiday", "holidays": "holiday", "christmas": "holiday", "xmas": "holiday",
    "festive": "holiday", "back to school": "back to school", "golden week": "golden week",
    "lunar new year": "new year", "chinese new year": "new year",
    "summer": "summer", "s": "summer", "winter": "winter", "w": "winter",
}  # fmt: skip


def iso_interval(m: re.Match[str]) -> PeriodRef:
    return ExactRef(Period(date.fromisoformat(m["a"]), date.fromisoformat(m["b"])))


def split_year(m: re.Match[str]) -> PeriodRef | None:
    start = to_year(m["y"])
    end = to_year(m["y2"], century_of=start)
    return SplitYearRef(start, end) if end == start + 1 else None


def part_of_split_year(m: re.Match[str]) -> PeriodRef | None:
    """ "Q2 2024/25", "2024/25 H1", "the second quarter of FY2024/25": a part of the fiscal
    year that runs from one year into the next, whatever the company names it by."""
    year = split_year(m)
    if "lm" in m.groupdict() and m["lm"]:  # "9M 2024/25": the first nine months
        return None if year is None else replace(year, part=(int(m["lm"]), 1))  # type: ignore[arg-type]
    letter = (first_group(m, "pl", "pl2") or "").lower() or (
        "q" if "quarter" in m["unit"].lower() else "h"
    )
    n = int(first_group(m, "pn", "pn2") or 0) or ORDINALS[m["ord"].lower()]
    size = _PART_CODES[letter]
    if year is None or n > 12 // size:
        return None
    return replace(year, part=(size, n))  # type: ignore[arg-type]


def first_quarters_of_split_year(m: re.Match[str]) -> PeriodRef | None:
    """ "Q1–Q3 2024/25", "the first nine months of 2024/25": the first months of that year."""
    year = split_year(m)
    months = 3 * int(m["qb"]) if m["qb"] else _months_counted(m["n"] or m["nm"])
    if year is None or (m["nm"] and _AMOUNT_CUE.search(m.string, 0, m.start())):
        return None  # ("sold 10m 2024/25": an amount before the year)
    return year if months == 12 else replace(year, part=(months, 1))


_SECOND_BEFORE = re.compile(r"(?:second|2nd|latter|last|back)[\s-]*$", re.IGNORECASE)


def half_year_word(m: re.Match[str]) -> PeriodRef | None:
    """ "half-year 2025", "HY25", "1HY25", "the half year": a half-year report's half is
    the first ("2HY25", "the second half-year": the second)."""
    second = m["n"] == "2" or bool(_SECOND_BEFORE.search(m.string, 0, m.start()))
    said = m["y"] or m["y2"]
    year = to_year(said) if said else None
    return HalfRef(2 if second else 1, year, None)


def first_quarters(m: re.Match[str]) -> PeriodRef | None:
    """ "Q1–Q3 2025", "1-3Q 2025": the first nine months of the company's year 2025."""
    months = 3 * int(m["qb"] or m.groupdict().get("qb2"))
    year = to_year(m["y"]) if m.groupdict().get("y") else None
    if year is None:
        return LeadingMonthsRef(months, None, None)
    return YearRef(year, True) if months == 12 else LeadingMonthsRef(months, year, True)


def fiscal_year_ref(m: re.Match[str]) -> PeriodRef:
    return YearRef(to_year(m["y"]), True)


def calendar_year_ref(m: re.Match[str]) -> PeriodRef:
    return YearRef(to_year(m["y"]), False)


def bare_year(m: re.Match[str]) -> PeriodRef:
    return YearRef(to_year(m["y"]), None)


def year_end(m: re.Match[str]) -> PeriodRef:
    """'year-end 2024', 'fiscal year end 2025': the year a point in time closes, fiscal
    when said so."""
    return YearRef(to_year(m["y"]), True if m["fis"] else None)


def numbered_part(kind: type[QuarterRef] | type[HalfRef]) -> Builder:
    """Quarter or half codes and words: "Q3 2013", "3Q13", "the second half of fiscal 2013"."""

    def build(m: re.Match[str]) -> PeriodRef | None:
        number = first_group(m, "n", "n2")
        word = (first_group(m, "ord") or "").lower()
        n = int(number) if number else ORDINALS.get(word) or HALF_WORDS[word]
        year, marker = tail_year(m)
        ok, fiscal = fiscal_flag(
            first_group(m, "pf"), first_group(m, "pf2"), first_group(m, "pf3"), marker
        )
        return kind(n, year, fiscal) if ok else None

    return build


def digit_first_part(kind: type[QuarterRef] | type[HalfRef]) -> Builder:
    """ "3Q25", "1H26": the code of a quarter or half, digit first. A half so coded with
    its year short is the company's own (a June-year company's "1H26" is Jul - Dec 2025,
    as its reports write it); a quarter may be the calendar's, as the news writes Sony's
    "3Q13" (Jul - Sep 2013), and "1H 2026", the year in full, may be either."""
    build = numbered_part(kind)

    def build_code(m: re.Match[str]) -> PeriodRef | None:
        ref = build(m)
        short_year = m["yb"] is not None and len(m["yb"].lstrip("'‘’")) == 2
        if isinstance(ref, HalfRef) and ref.fiscal is None and short_year:
            return replace(ref, fiscal=True)
        return ref

    return build_code


def fiscal_first_part(kind: type[QuarterRef] | type[HalfRef]) -> Builder:
    """ "FY2013 Q2", "FY13 2Q", "fiscal 2013 third quarter": always fiscal."""

    def build(m: re.Match[str]) -> PeriodRef:
        number = first_group(m, "n", "n2")
        n = int(number) if number else ORDINALS[(m["ord"] or "").lower()]
        return kind(n, to_year(m["y"]), True)

    return build


def month_quarter(m: re.Match[str]) -> PeriodRef:
    year = first_group(m, "y0", "y")
    return QuarterEndingRef(month_num(m["m"]), to_year(year) if year else None)


def quarter_ending(m: re.Match[str]) -> PeriodRef:
    year, month = end_month_of(m)
    return QuarterEndingRef(month, year)


def months_ending(m: re.Match[str]) -> PeriodRef | None:
    count = 6 if m["half"] else count_of(m["n"] or "12")  # "the half-year ended 30 June"
    if m["nnum"] or m["niso"]:  # "the year to 20/9/25"
        day = day_of(m, "n", None)
        if day is None:  # "04/05/2024": either order, no day to count back from
            return None
        year, month = nearest_month_end(day.year, day.month, day.day)
        return ExactRef(months_closing(year, month, count), ends_on=day)
    year, month = end_month_of(m)
    assert year is not None  # the rule requires one
    return ExactRef(months_closing(year, month, count), ends_on=end_day_of(m))


def part_of_year(m: re.Match[str]) -> PeriodRef:
    """'the last three months of 2024' is Q4; 'the first six months' is H1."""
    first = m["which"].lower() in ("first", "opening")
    fiscal = True if m["fy"] else None
    year = to_year(m["y"])
    if m["n"].lower() in ("three", "3"):
        return QuarterRef(1 if first else 4, year, fiscal)
    return HalfRef(1 if first else 2, year, fiscal)


def fiscal_month_end(m: re.Match[str]) -> PeriodRef:
    """'FY3/14': the twelve months ending March 2014."""
    year, month = to_year(m["y"]), int(m["m"])
    return ExactRef(months_closing(year, month, 12))


def month_span(m: re.Match[str]) -> PeriodRef | None:
    if _lists_two(m):
        return None
    m1, m2 = month_num(m["m1"]), month_num(m["m2"])
    y2 = to_year(m["y2"])
    y1 = to_year(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    first, last = month_index(y1, m1), month_index(y2, m2)
    first, last = first + _after_end(m["e1"]), last - _before_start(m["e2"])
    return ExactRef(whole_months(first, last - first + 1)) if first <= last else None


def _lists_two(m: re.Match[str]) -> bool:
    """ "April 2013 and March 2014" lists two months (or days, or years): joined by "and",
    a span needs "between"."""
    return "and" in m["conn"].lower() and not m["between"]


def _after_end(word: str | None) -> int:
    """ "Between the end of March and ...": the span starts the month after March."""
    return 1 if word and word.lower() in ("end", "close") else 0


def _before_start(word: str | None) -> int:
    """ "... and the start of July": the span closes with June."""
    return 1 if word and word.lower() in ("start", "beginning") else 0


def day_span(m: re.Match[str]) -> PeriodRef | None:
    if _lists_two(m):
        return None
    end = day_of(m, "b", None)
    assert end is not None  # the end date requires its year
    start = day_of(m, "a", end.year)
    if start is None:
        return None
    if start > end and not m["ay"] and not m["aiso"]:
        start = start.replace(year=start.year - 1)  # "3 Dec – 9 Jan 2014"
    return ExactRef(Period(start, end)) if start <= end else None


def days_of_a_month(m: re.Match[str]) -> PeriodRef | None:
    """'14-20 May 2025', 'May 14-20, 2025': the days from the first to the last of one
    month; none for days listed ('on 23 and 29 October') or backwards."""
    conn = m["conn"] or m["connb"]
    if "and" in conn.lower() and not m["between"]:
        return None
    year, month = to_year(m["y"]), month_num(m["m"] or m["mb"])
    first, last = int(m["d1"] or m["d1b"]), int(m["d2"] or m["d2b"])
    if not 1 <= first < last <= month_days(year, month):
        return None
    return ExactRef(Period(date(year, month, first), date(year, month, last)))


def one_month(m: re.Match[str]) -> PeriodRef:
    return ExactRef(whole_months(month_index(to_year(m["y"]), month_num(m["m"])), 1))


def numbered_month(m: re.Match[str]) -> PeriodRef:
    """'9/2025', '09-2025': a month by its number before a four-digit year."""
    return ExactRef(whole_months(month_index(to_year(m["y"]), int(m["mn"])), 1))


def numbered_months(m: re.Match[str]) -> PeriodRef | None:
    """'7-9/2025', '1–9/2025': the months numbered, the first to the last, of that year;
    none backwards."""
    first, last = int(m["m1"]), int(m["m2"])
    if first >= last:
        return None
    start = month_index(to_year(m["y"]), first)
    return ExactRef(whole_months(start, last - first + 1))


def mid_year(m: re.Match[str]) -> PeriodRef:
    """'mid-2024', 'the middle of 2024': June of that year, whose end a count held at
    dates is read at."""
    return ExactRef(whole_months(month_index(to_year(m["y"]), 6), 1))


def numbered_weeks(m: re.Match[str]) -> PeriodRef | None:
    """'week 46 2025', 'wk 46', '2025-W46', 'weeks 1-46 of fiscal 2025': weeks by number;
    none for a number no year's weeks reach or a span that runs backwards."""
    first = int(m["w1"] or m["w0"])
    last = int(m["w2"]) if m["w2"] else first
    if not 1 <= first <= last <= 53:
        return None
    said = first_group(m, "y", "yp", "y0")
    fiscal = True if m["fy"] else False if m["iso"] or m["iso0"] else None
    return WeekNumberRef(first, last, to_year(said) if said else None, fiscal)


def day_event(m: re.Match[str]) -> PeriodRef | None:
    """'Black Friday 2025', 'the 2024 Cyber Monday', 'Singles' Day', 'Black Friday
    week': a named day of the trading year (and the days about it)."""
    event = event_named(m["event"])
    if event is None:
        return None
    year = first_group(m, "y", "y0")
    return DayEventRef(event, to_year(year) if year else None, _span_said(m["span"]))


# the lengths a question may give an event's figure ("the Easter fortnight"), singular
_SPANS = {"weekend": "weekend", "wknd": "weekend", "week": "week", "fortnight": "fortnight"}
_SPANS |= {"month": "month", "two week": "fortnight", "2 week": "fortnight", "day": "day"}
_SPANS |= {"eve": "eve"}


def _span_said(words: str | None) -> str:
    """The length WORDS give ("weekends", "two weeks"), or "" where they give none."""
    key = " ".join((words or "").lower().split())
    return _SPANS.get(key.removesuffix("s"), "")


def festival(m: re.Match[str]) -> PeriodRef | None:
    """'Ramadan 2025', 'Eid al-Fitr 1446', 'the Khmer New Year', 'Lunar New Year week
    2026', 'the Easter fortnight 2024': a festival of a year (a Hijri year for an Islamic
    one) and the span about it."""
    event = event_named(m["fest"])
    if event is None:
        return None
    said = first_group(m, "fy", "fy0", "fy1", "hy")
    year = to_year(said) if said else None
    if year is not None and year < 1600:  # "Ramadan 1446": a Hijri year
        if not is_islamic(event):
            return None
        year = gregorian_year_of(event, year)
    span = "eve" if m["eve"] or m["eve0"] else _span_said(m["fspan"])
    return DayEventRef(event, year, span)


def numbered_trading_periods(m: re.Match[str]) -> PeriodRef | None:
    """'Period 13 FY2024', 'P5 FY25', 'P11-P13': a retail year's four-week periods by
    number, its weeks 4n-3 to 4n (a thirteen-period year's; periods are always the
    company's own year's)."""
    code = first_group(m, "p1b")
    said = first_group(m, "y", "yp")
    if code is not None and not (said or m["p2"]):
        return None  # ("P7" alone may be a product's name)
    first = int(code or m["p1"])
    last = int(m["p2"]) if m["p2"] else first
    if not 1 <= first <= last <= 13:
        return None
    return WeekNumberRef(4 * first - 3, 4 * last, to_year(said) if said else None, True)


def half_month(m: re.Match[str]) -> PeriodRef | None:
    """'the first fortnight of November 2025', 'second quincena of December 2024': the 1st
    to the 15th of the month, or the 16th to its last day."""
    year, month = to_year(m["y"]), month_num(m["m"])
    if m["o"].lower() in ("first", "1st"):
        return ExactRef(Period(date(year, month, 1), date(year, month, 15)))
    return ExactRef(Period(date(year, month, 16), month_end(year, month)))


def one_day(m: re.Match[str]) -> PeriodRef | None:
    day = day_of(m, "a", None)
    return ExactRef(Period(day, day)) if day else None


def year_span(m: re.Match[str]) -> PeriodRef | None:
    if _lists_two(m):
        return None
    y1, y2 = int(m["y1"]), int(m["y2"])
    return ExactRef(whole_months(month_index(y1, 1), 12 * (y2 - y1 + 1))) if y1 < y2 else None


_PART_CODES = {"q": 3, "h": 6, "t": 3, "s": 6}  # (trimestre, semestre: "1T25/26")


def part_of_named_year(m: re.Match[str]) -> PeriodRef:
    """'H1 FY3/22', 'Q3 FY3/22', '9M FY3/22': a part of the fiscal year ending in the month
    the notation names, which needs no calendar."""
    first = month_index(to_year(m["y"]), int(m["m"])) - 11
    if m["nm"]:
        return ExactRef(whole_months(first, 9))
    letter = (m["pl"] or m["pl2"] or "").lower()
    if letter:
        n = int(m["pn"] or m["pn2"])
        size = _PART_CODES[letter]
    else:
        n, size = ORDINALS[m["ord"].lower()], 3 if m["unit"].lower() == "quarter" else 6
    if n > 12 // size:
        raise SalesBotError(f"there is no part {n} of {12 // size}")
    return ExactRef(whole_months(first + size * (n - 1), size))


def leading_months(m: re.Match[str]) -> PeriodRef | None:
    """'the first nine months of fiscal 2021', '9M 2021', 'the first three quarters of 2021',
    'nine-month sales', 'the first six months'. A code ('9M 2025') counts from the start of
    the company's own year, as the reports that write it do; without a year, which year
    is the store's (or the statement's) to say."""
    months = _months_counted(m["n"] or m["q"])
    year, marker = tail_year(m)
    if m["yb"] and m["yb"].isdigit() and len(m["yb"]) == 2 and not m["code"]:
        return None  # "the first six months, 12 stores": '9M 24' is a year, that is not
    ok, fiscal = fiscal_flag(first_group(m, "pf"), first_group(m, "pf2"), marker)
    if not ok:
        return None
    if m["code"] and year is not None and fiscal is None:
        fiscal = True
    return LeadingMonthsRef(months, year, fiscal)


_LEADING_COUNTS = {"two quarters": 6, "three quarters": 9}


def _months_counted(word: str) -> int:
    """ "nine", "10", "three quarters" -> the months a year's first span counts."""
    word = re.sub(r"\s+", " ", word.lower())
    return _LEADING_COUNTS.get(word) or count_of(word)


# A word just before "9m" that makes it an amount: "sold 9m", "a target of 9m", "over 6M".
_AMOUNT_CUE = patterns.compile(
    r"(?:\b(?:a|an|of|to|than|at|about|around|over|under|nearly|almost|roughly|some|just|hit|hits"
    r"|reach\w*|sold|sells?|selling|ship\w*|deliver\w*|exceed\w*|top\w*|beat|pass\w*|by"
    r"|and|or|target|goal|aim\w*|forecast|expect\w*|plan\w*|guid\w*|add\w*|gain\w*|lost"
    r"|record|another|extra|additional|cumulative)|[-+~≈<>$€£¥])\s*$",
    re.IGNORECASE,
)


def _code_is_period(m: re.Match[str]) -> bool:
    """ "9M sales", "Sony's 9m revenue": a period; "sold 9m", "hit 9M": an amount."""
    return _AMOUNT_CUE.search(m.string, 0, m.start()) is None


def leading_months_no_year(m: re.Match[str]) -> PeriodRef | None:
    if m["code"] and not _code_is_period(m):
        return None
    word = first_group(m, "n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "q") or ""
    months = _months_counted(word)
    ok, fiscal = fiscal_flag(first_group(m, "pf"), first_group(m, "pf2"), first_group(m, "pf3"))
    return LeadingMonthsRef(months, None, fiscal) if ok else None


def to_date(m: re.Match[str]) -> PeriodRef | None:
    ytd = (m["ytd"] or "").lower()
    ok, fiscal = fiscal_flag(
        first_group(m, "pf"),
        first_group(m, "pf2"),
        first_group(m, "pf3"),
        "f" if ytd == "fytd" or m["fy"] else None,
    )
    return ToDateRef(fiscal) if ok else None


def part_to_date(m: re.Match[str]) -> PeriodRef:
    """'QTD', 'month-to-date': from the first day of a quarter or a month, to a day."""
    return ToDateRef(unit="quarter" if m["q"] or m["qtd"] else "month")


_WEEK_COUNTS = {"13": 3, "26": 6, "39": 9, "thirteen": 3, "twenty-six": 6, "thirty-nine": 9}


def leading_weeks(m: re.Match[str]) -> PeriodRef:
    """'39 wks F2026', 'the first 26 weeks of fiscal 2025': the fiscal year's first three,
    six or nine months as the company counts them in weeks."""
    return LeadingMonthsRef(_WEEK_COUNTS[m["w"].lower()], to_year(m["y"]), True)


def year_first_part(m: re.Match[str]) -> PeriodRef:
    """'2024 Q2', '2024-H1', '2024 2Q': the year first, the quarter or half after it."""
    n = int(m["n"] or m["n2"])
    year = to_year(m["y"])
    if (m["l"] or m["l2"]).lower() == "q":
        return QuarterRef(n, year, None)
    return HalfRef(n, year, None)


def months_to(m: re.Match[str]) -> PeriodRef:
    """'the year to March', 'the six months ended September 30': no year said."""
    count = 6 if m["half"] else count_of(m["n"] or "12")
    day = first_group(m, "ed", "ed2")
    _, month = nearest_month_end(2001, month_num(m["em"]), day_number(day) if day else None)
    return MonthsEndingRef(month, count)


def month_span_no_year(m: re.Match[str]) -> PeriodRef | None:
    """'Jan–Sep', 'April to June', 'between the end of March and the end of June': the
    months from one to the other, of a year not said."""
    if _lists_two(m):
        return None
    m1 = month_num(m["m1"]) + _after_end(m["e1"])
    m2 = month_num(m["m2"]) - _before_start(m["e2"])
    return MonthsEndingRef((m2 - 1) % 12 + 1, (m2 - m1) % 12 + 1)


def year_ending(m: re.Match[str]) -> PeriodRef:
    """'FYE Sep 2019', 'FYE March 31, 2021': the twelve months closing then."""
    year, month = end_month_of(m)
    assert year is not None  # the rule requires one
    return ExactRef(months_closing(year, month, 12))


def weeks_ending(m: re.Match[str]) -> PeriodRef | None:
    """'the nine weeks ended December 30, 2023': whole weeks back from that day."""
    end = day_of(m, "b", None)
    if end is None:
        return None
    weeks = count_of(m["n"])
    return ExactRef(Period(end - timedelta(days=7 * weeks - 1), end))


def season(m: re.Match[str]) -> PeriodRef:
    key = _SEASON_WORDS[re.sub(r"[\s-]+", " ", m["season"].lower())]
    year = first_group(m, "y", "y0")
    return SeasonRef(key, to_year(year) if year else None, bool(m["quarter"]))


def named_season(m: re.Match[str]) -> PeriodRef | None:
    """'the 2025 season', 'season 2024-25', 'the second season 2025': a company's season
    of that year or pair of years; 'the season before 2025-26', the one a year earlier."""
    first = to_year(first_group(m, "y", "ys") or "")
    tail = first_group(m, "y2", "y2s")
    last = to_year(tail, century_of=first) if tail else first
    if last not in (first, first + 1):
        return None
    said = first_group(m, "ord", "ords")
    if m.groupdict().get("dir"):  # "the season before 2025-26"
        step = -1 if m["dir"].lower().split()[0] in ("before", "prior", "preceding") else 1
        return NamedSeasonRef(first + step, last + step)
    return NamedSeasonRef(first, last, ORDINALS[said.lower()] if said else None)


def travel_season(m: re.Match[str]) -> PeriodRef:
    """'summer 2025', 'W24/25': the season of the year it starts in."""
    key = _SEASON_WORDS[(m["season"] or m["season_"]).lower()]
    return SeasonRef(key, to_year(first_group(m, "y", "y0")))


def direction_of(word: str) -> int:
    word = word.lower()
    later = ("after", "following", "later", "next")
    return 1 if any(word.startswith(w) for w in later) else -1


def relative(steps: int | None = None) -> Builder:
    """Relative phrases without a base: "the previous quarter", "a year ago"."""

    def build(m: re.Match[str]) -> PeriodRef:
        count = m.groupdict().get("n")
        n = count_or_one(count)
        unit = STEP_UNITS[(m.groupdict().get("unit") or "year").lower()]
        direction = direction_of(m["dir"]) if m.groupdict().get("dir") else -1
        return RelativeRef(None, steps if steps is not None else direction * n, unit)

    return build


_SPAN_MONTHS = {"quarter": 3, "qtr": 3, "half": 6, "month": 1}


def same_span_a_year_before(m: re.Match[str]) -> PeriodRef:
    """'the same quarter a year earlier', 'the same nine months last year': a year back
    from a period that spans a quarter, nine months; 'the year-ago quarter' too."""
    if m.groupdict().get("n"):
        return RelativeRef(None, -1, "year", count_of(m["n"]))
    return RelativeRef(None, -1, "year", _SPAN_MONTHS.get(m["span"].lower()))


def latest(m: re.Match[str]) -> PeriodRef:
    unit = (m.groupdict().get("unit") or "").lower()
    return LatestRef(STEP_UNITS.get(unit))
