"""Period phrases in text: every one in free text (`find_periods`), or exactly one,
resolved (`parse_period`)."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import replace

from bot import patterns
from bot.facts.model import Period, SalesBotError
from bot.facts.periods.arithmetic import is_whole_months, month_count
from bot.facts.periods.fiscal_calendar import CALENDAR, FiscalCalendar
from bot.facts.periods.grammar import WHOLE_YEAR_RANK
from bot.facts.periods.point_spans import spans_between_points
from bot.facts.periods.references import (
    ExactRef,
    HalfRef,
    LatestRef,
    LeadingMonthsRef,
    MonthEndRef,
    MonthsEndingRef,
    PeriodMention,
    PeriodRef,
    QuarterRef,
    SplitYearRef,
    ToDateRef,
    YearRef,
    is_definite,
)
from bot.facts.periods.resolving import resolve
from bot.facts.periods.scanning import Found, scan
from bot.facts.periods.to_a_day import quarter_until, said_again, through_a_day, to_date_until
from bot.facts.periods.words import ISO_INTERVAL, MONTH_WORDS, NOT_AMOUNT, month_num

_ISO_ONLY = patterns.compile(ISO_INTERVAL.removesuffix(r"(?!\d)"))


def find_periods(text: str) -> list[PeriodMention]:
    """Every period phrase in free text, non-overlapping, longest match first, in order.

    A bare "latest" / "most recent" is left in the text when the text also names a
    definite period: in "the latest target for FY2013" it picks a revision, not a period;
    so is a month's end with no year ("as of the end of June"), which then dates it."""
    if len(text) <= _REMEMBERED_LENGTH:
        return list(_remembered_periods(text))
    return _find_periods(text)


# An ingested sentence is read for its figures and for its times, and both need its period
# phrases (the grammar tries every rule at every word): the second asks for free.
_REMEMBERED_LENGTH = 5000


@functools.lru_cache(maxsize=256)
def _remembered_periods(text: str) -> tuple[PeriodMention, ...]:
    return tuple(_find_periods(text))


# "Sep-24", "jan 25", "apr 25 to jan 26": a month and its year in two digits, as tables
# and chat write them. Not a day ("January 25", "Jan 25, 2025", "on jan 25", "jan 25th",
# "sep 24 10:00") nor an amount ("sep 24 units"); "May 25" only with a hyphen.
_MONTH_SHORT_YEAR = patterns.compile(
    r"(?<![\w'’])(?<!\bon\s)(?:(?P<short>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
    rf"(?P<space>\s)|(?:{MONTH_WORDS})\.?(?P<dash>-))"
    r"(?P<yy>\d\d)(?!\w|[:.,]\d|\s*,?\s*(?:\d{4}|['’]\d\d))"
    # ("between apr 20 and jul 13 2025": a day, where the span's other end is a day too)
    rf"(?!\s*(?:and|to|until|through|thru|[-–—])\s*(?:{MONTH_WORDS})\.?\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?\s*,?\s*\d{4})" + NOT_AMOUNT,
    re.IGNORECASE,
)


# "the end of June 25": after "end of", a month's whole name with two digits is that
# month of that year too (a day would be "June 25th"; "end of" takes no day)
_END_OF_MONTH_SHORT_YEAR = patterns.compile(
    rf"\bend\s+of\s+(?P<short>{MONTH_WORDS})\.?(?P<space>\s)"
    r"(?P<yy>\d\d)(?!\w|[:.,]\d|\s*,?\s*(?:\d{4}|['’]\d\d))" + NOT_AMOUNT,
    re.IGNORECASE,
)
# "march 25 bags exported": a month's whole name with two digits, where the question
# names no period else, is that month of that year: a day without a year ("March 25th")
# names no period a figure could be of
_LONE_MONTH_SHORT_YEAR = patterns.compile(
    rf"(?<![\w'’])(?<!\bon\s)(?P<short>{MONTH_WORDS})\.?(?P<space>\s)"
    r"(?P<yy>\d\d)(?!\w|[:.,]\d|\s*,?\s*(?:\d{4}|['’]\d\d))" + NOT_AMOUNT,
    re.IGNORECASE,
)
# what every month's name in MONTH_WORDS begins with
_MONTH_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month_end_day(m: re.Match[str]) -> bool:
    """'jan 31', 'sep 30': a month written with its last day is a period's end date, not
    that month of 2031 or 2030 (February's end may be the 28th or the 29th)."""
    month = month_num(m["short"])
    last = 29 if month == 2 else calendar.monthrange(2001, month or 1)[1]
    return int(m["yy"]) == last or (month == 2 and int(m["yy"]) == 28)


def _short_years_marked(text: str) -> str:
    """TEXT with "Sep-24", "jan 25" written "Sep'24", "jan'25": the one form of a month
    with a two-digit year the rules read. Same length, so every match keeps its place."""
    if not any(map(str.isdigit, text)):  # (no generator: asked of every question)
        return text
    if not patterns.may_hold(text, _MONTH_STARTS):
        return text  # (no month's name: no search of each place for one)
    chars = list(text)
    for m in [*_MONTH_SHORT_YEAR.finditer(text), *_END_OF_MONTH_SHORT_YEAR.finditer(text)]:
        if m["space"] and _month_end_day(m):
            continue
        chars[m.start("space") if m["space"] else m.start("dash")] = "'"
    return "".join(chars)


def lone_month_years(text: str) -> str:
    """A question's TEXT with "march 25" written "march'25" (see _LONE_MONTH_SHORT_YEAR),
    where it names no period else; never a month's last day ("june 30"), an end date. (A
    report's "opened March 25" is a day its sentence dates by the report's year.)"""
    found = list(_LONE_MONTH_SHORT_YEAR.finditer(text)) if any(map(str.isdigit, text)) else []
    if not found or find_periods(text):
        return text  # (most questions: no month with two digits, no periods read)
    chars = list(text)
    for m in found:
        if not _month_end_day(m):
            chars[m.start("space")] = "'"
    return "".join(chars)


def _find_periods(text: str) -> list[PeriodMention]:
    found = scan(_short_years_marked(text))
    found = _whole_year_compared(found, text)
    definite = any(is_definite(f.best_ref) for f in found)
    if definite:
        # "the latest target for FY2013", "full-year sales for FY2013": the year is named
        found = [f for f in found if f.best_ref != LatestRef(None) and f.rank != WHOLE_YEAR_RANK]
    mentions = [PeriodMention(f.best_ref, f.start, f.end, text[f.start : f.end]) for f in found]
    mentions = _bare_parts_beside_dated(mentions, text)
    mentions = spans_between_points(_joined(mentions, text), text)
    if definite:
        # "as of the end of June, what did they expect for FY2025": beside a named period,
        # a month's end with no year says when, not what ("between end-June and year-end
        # 2025" has joined it to its span)
        mentions = [m for m in mentions if not isinstance(m.ref, MonthEndRef)]
    return mentions


# "2T 2024", "3T25": a trimestre or semestre written number first, its year said; and
# the bare "3T" such a question also says
_DATED_PART = patterns.compile(r"[1-4](?P<letter>[ts])\s?['‘’]?\d{2,4}", re.IGNORECASE)
_BARE_PART = patterns.compile(r"(?<![\w.,])(?P<n>[1-4])(?P<letter>[ts])(?![\w'‘’])", re.IGNORECASE)


def _bare_parts_beside_dated(mentions: list[PeriodMention], text: str) -> list[PeriodMention]:
    """'ventas 3T vs 2T 2024': a bare "3T" is a quarter where the question writes another
    with its year ("2T 2024"), its year then read as any bare part's is; alone, "3T" may
    be three trillion or three tonnes, and "1S" a model."""
    parts = [m for m in mentions if isinstance(m.ref, (QuarterRef, HalfRef))]
    letters = {d["letter"].lower() for m in parts if (d := _DATED_PART.fullmatch(m.text))}
    if not letters:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = [
        PeriodMention(
            QuarterRef(int(b["n"])) if b["letter"].lower() == "t" else HalfRef(int(b["n"])),
            b.start(),
            b.end(),
            b.group(),
        )
        for b in _BARE_PART.finditer(text)
        if b["letter"].lower() in letters
        and (b["letter"].lower() == "t" or int(b["n"]) <= 2)
        and not any(s < b.end() and b.start() < e for s, e in taken)
    ]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


# "full year vs H1 FY25", "the full year against its first half"
_COMPARED = patterns.compile(
    r"\s*(?:vs\.?|versus|against|compared\s+(?:with|to)|and)\s+(?:the\s+|its\s+)?",
    re.IGNORECASE,
)


def _whole_year_compared(found: list[Found], text: str) -> list[Found]:
    """'loss ratio full year vs H1 FY25': a whole year set against a part of one named year
    is that year, never the latest (nor dropped for the named part's sake)."""
    whole = [f for f in found if f.rank == WHOLE_YEAR_RANK]
    parts = [f for f in found if f.rank != WHOLE_YEAR_RANK]
    if len(whole) != 1 or len(parts) != 1:
        return found
    part, year = parts[0], whole[0]
    ref = part.best_ref
    if not isinstance(ref, (QuarterRef, HalfRef)) or ref.year is None:
        return found
    first, second = sorted((part, year), key=lambda f: f.start)
    if not _COMPARED.fullmatch(text, first.end, second.start):
        return found
    # (ranked as the part is: no longer the whole-year phrase a named year drops)
    named = replace(year, ref=YearRef(ref.year, ref.fiscal), rank=part.rank)
    return [named if f is year else f for f in found]


# "the Dec-Feb quarter of fiscal 2021", "Dec-Feb FY21": a span of months inside a year
_OF_YEAR = patterns.compile(
    r"\s*(?:(?:quarter|period|months?)\s+)?(?:(?:of|in|for)\s+)?", re.IGNORECASE
)
_JOINT = patterns.compile(
    r"\s*(?:(?:quarter|period|months?|thru|through|to|until|till|up\s+to|of|in|for|the|end"
    r"|so\s+far|,)\s*)*",
    re.IGNORECASE,
)


def _joined(found: list[PeriodMention], text: str) -> list[PeriodMention]:
    """Two phrases that name one period together, read as one: a span of months with the
    fiscal year it lies in, a year to date with the month it runs to. Words between them
    that are not the joint ("YTD *sales* thru October") stay outside the phrase: the
    joined period takes the place of the second one, the first's words said apart."""
    out: list[PeriodMention] = []
    for mention in map(lambda m: through_a_day(_split_after(m, text), text), found):
        gap = text[out[-1].end : mention.start] if out else ""
        if out and said_again(out[-1], mention, gap):  # "Q4 thru 15 Dec (qtd)"
            last = out[-1]
            out[-1] = replace(last, end=mention.end, text=text[last.start : mention.end])
            continue
        ref = _join(out[-1], mention, gap) if out else None
        if ref is None:
            out.append(mention)
            continue
        first = out[-1]
        if _JOINT.fullmatch(gap):
            said = text[first.start : mention.end]
            also = first.said_also + mention.said_also
            out[-1] = replace(mention, ref=ref, start=first.start, text=said, said_also=also)
        else:
            out[-1] = replace(mention, ref=ref, said_also=first.spans + mention.said_also)
    return out


_SPLIT_TAIL = patterns.compile(r"\s*/\s*(\d{4}|\d\d)(?!\d)")

# "YTD Q3", "ytd through h1", "YTD to the end of Q3": a year to date, to a part's end
_UP_TO_PART = patterns.compile(
    r"\s*(?:(?:thru|through|to|until|till|up\s+to|at)\s+)?(?:the\s+end\s+of\s+)?",
    re.IGNORECASE,
)
# "2025 through Q3", "fiscal 2025 so far, up to the end of the second quarter"
_THROUGH_PART = patterns.compile(
    r"\s*,?\s*(?:so\s+far\s*,?\s*)?(?:thru|through|until|till|up\s+to|up\s+until)\s+"
    r"(?:the\s+end\s+of\s+)?",
    re.IGNORECASE,
)


def _split_after(mention: PeriodMention, text: str) -> PeriodMention:
    """'Nov-Jan 2024/25': the months read with the first year, then '/25' left over. It is
    the span of those months inside the year that runs from 2024 into 2025."""
    ref = mention.ref
    tail = _SPLIT_TAIL.match(text, mention.end)
    if tail is None:
        return mention
    if isinstance(ref, MonthsEndingRef) and ref.year and not ref.fiscal:
        year, ending = ref.year, (ref.month, ref.months)
    elif isinstance(ref, ExactRef) and is_whole_months(ref.period) and ref.period.days > 31:
        year, ending = ref.period.end.year, (ref.period.end.month, month_count(ref.period))
    else:
        return mention
    if int(tail[1]) % 100 != (year + 1) % 100 or ending[1] > 12:
        return mention
    split = SplitYearRef(year, year + 1, ending=ending)
    return PeriodMention(split, mention.start, tail.end(), text[mention.start : tail.end()])


def _join(first: PeriodMention, then: PeriodMention, gap: str) -> PeriodRef | None:
    match first.ref, then.ref:
        case MonthsEndingRef(month, months, None), YearRef(year, True):
            if _OF_YEAR.fullmatch(gap):
                return MonthsEndingRef(month, months, year, fiscal=True)
        case MonthsEndingRef(month, months, None), SplitYearRef(_, _, None, None):
            if _OF_YEAR.fullmatch(gap):
                return replace(then.ref, ending=(month, months))  # type: ignore[arg-type]
        case ToDateRef(_, None, None), ExactRef(period):
            return to_date_until(first.ref, period, gap)
        case QuarterRef(), ExactRef(period):
            return quarter_until(first.ref, period, gap)
        case ToDateRef(fiscal, None, None, "year"), QuarterRef() | HalfRef():
            # ("QTD Q3" is no nine months: only a year to date runs to a part's end)
            if _UP_TO_PART.fullmatch(gap):  # "YTD Q3 2025", "ytd through h1 fy25"
                return _leading_to(then.ref, then.ref.year, fiscal)
        case YearRef(year, fiscal), QuarterRef() | HalfRef():
            # "in 2025 through the third quarter": the year's months up to the part's end
            if then.ref.year in (None, year) and _THROUGH_PART.fullmatch(gap):
                return _leading_to(then.ref, year, fiscal)
    return None


def _leading_to(part: QuarterRef | HalfRef, year: int | None, fiscal: bool | None) -> PeriodRef:
    """The first months of YEAR up to the end of PART (its own calendar first)."""
    months = part.quarter * 3 if isinstance(part, QuarterRef) else part.half * 6
    return LeadingMonthsRef(months, year, part.fiscal if part.fiscal is not None else fiscal)


def _unknown(text: str, hint: str = "try") -> SalesBotError:
    return SalesBotError(
        f"unknown period {text!r}: {hint} FY2013, Q3 2013, H1 2013, Apr – Jun 2013 "
        "or 2013-04-01/2014-03-31"
    )


def parse_period(text: str, cal: FiscalCalendar = CALENDAR) -> Period:
    """Exactly one period phrase (or an ISO interval), resolved under `cal`."""
    phrase = text.strip()
    if _ISO_ONLY.fullmatch(phrase):
        return Period.from_iso(phrase)  # its own message for impossible dates
    found = scan(phrase)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(phrase):
        raise _unknown(text)
    periods = resolve(found[0].ref, cal)
    for note in found[0].notes:  # a restatement narrows the choice, or contradicts it
        restated = resolve(note, cal)
        if restated and periods:
            periods = [p for p in periods if p in restated]
            if not periods:
                raise SalesBotError(f"period {text!r} contradicts itself: its parts differ")
        elif restated:
            periods = restated
    if not periods:
        raise _unknown(text, "say which year, e.g.")
    return periods[0]
