"""Period phrases the grammar leaves to the engine: a half or quarter written before a
whole year ('1H FY3/25'), a year the grammar did not take ('H1' read, 'FY3/25' left), a
and a trading period named by its length in weeks ('the 13 weeks to 30 April 2024'). (A month
that says when an expectation was stated: statement_months.py.)
"""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import replace
from datetime import date, timedelta

from bot import patterns
from bot.answering.english.words import (
    CHANGE_VERBS,
    EXPECTATION_WORDS,
    GROWTH_WORDS,
    TARGET_MET_WORDS,
    tokenize,
)
from bot.answering.matching.decision import Pick
from bot.answering.matching.period_fit import find_period
from bot.answering.phrases import calendar_of
from bot.answering.reading import asks
from bot.answering.reading.asks.arithmetic import LEAVING_OUT
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.reading.weeks_said import as_long_as, names_its_weeks
from bot.facts.model import FactView, Kind, Period
from bot.facts.periods import (
    DayEventRef,
    ExactRef,
    HalfRef,
    LeadingMonthsRef,
    MonthsEndingRef,
    PeriodMention,
    PeriodRef,
    QuarterEndingRef,
    QuarterRef,
    RelativeRef,
    SplitYearRef,
    ToDateRef,
    WeekNumberRef,
    YearRef,
    resolve,
)
from bot.facts.periods.arithmetic import WEEKS_SLACK, shift
from bot.facts.periods.words import MONTH_PATTERN

_JOINED = patterns.compile(r"^[\s,]*(?:of\s+)?(?:the\s+)?$", re.I)


def part_of_year(text: str, mentions: tuple[PeriodMention, ...]) -> tuple[PeriodMention, ...]:
    """'H1 FY3/25', 'the first half of the fiscal year ending March 2025': a half or a
    quarter with no year of its own, right before a whole year, is that part of that year
    (one period), not a second period to compare with."""
    out: list[PeriodMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        before = _PART_BEFORE.search(text, 0, m.start)
        yearly_here = isinstance(m.ref, YearRef) or (
            isinstance(m.ref, ExactRef) and m.ref.period.months == 12
        )
        if before is not None and yearly_here and not (out and out[-1].end > before.start()):
            # "1H FY3/25", "Q2 FY3/24": a part the grammar did not take, before a year
            half = (
                before["h1"]
                or before["h2"]
                or {"first": "1", "second": "2"}.get((before["hw"] or "").lower())
            )
            part: PeriodRef = (
                HalfRef(int(half)) if half else QuarterRef(int(before["q1"] or before["q2"]))
            )
            m = PeriodMention(part, before.start(), before.end(), before.group())
            mentions = (*mentions[:i], m, *mentions[i:])
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        part = m.ref
        yearly = nxt is not None and (
            isinstance(nxt.ref, YearRef)
            or (isinstance(nxt.ref, ExactRef) and nxt.ref.period.months == 12)
        )
        if (
            nxt is not None
            and yearly
            and isinstance(part, (HalfRef, QuarterRef))
            and part.year is None
            and _JOINED.match(text[m.end : nxt.start])
        ):
            ref: PeriodRef
            if isinstance(nxt.ref, YearRef):  # the part of that year in the company's calendar
                fiscal = part.fiscal if nxt.ref.fiscal is None else nxt.ref.fiscal
                ref = replace(part, year=nxt.ref.year, fiscal=fiscal)
            else:
                size = 6 if isinstance(part, HalfRef) else 3
                index = part.half if isinstance(part, HalfRef) else part.quarter
                start = _add_months(nxt.ref.period.start, size * (index - 1))  # type: ignore[union-attr]
                end = _add_months(start, size) - timedelta(days=1)
                ref = ExactRef(Period(start, end))
            out.append(PeriodMention(ref, m.start, nxt.end, text[m.start : nxt.end]))  # type: ignore[union-attr]
            i += 2
            continue
        if (
            nxt is not None
            and isinstance(part, QuarterEndingRef)
            and part.year is None
            and isinstance(nxt.ref, YearRef)
            and _JOINED.match(text[m.end : nxt.start])
        ):
            # "the Dec quarter of FY25": the quarter closing with that month in that year
            ref = MonthsEndingRef(part.month, 3, nxt.ref.year, fiscal=bool(nxt.ref.fiscal))
            out.append(PeriodMention(ref, m.start, nxt.end, text[m.start : nxt.end]))
            i += 2
            continue
        year = _YEAR_AFTER.match(text, m.end)
        if isinstance(part, (HalfRef, QuarterRef)) and part.year is None and year is not None:
            # "q2 2011" where the grammar took only "q2": the year written right after it
            fiscal = {"fy": True, "fiscal": True, "cy": False, "calendar": False}.get(
                (year["cal"] or "").lower()
            )
            ref = replace(
                part, year=int(year["year"]), fiscal=part.fiscal if fiscal is None else fiscal
            )
            m = PeriodMention(ref, m.start, year.end(), text[m.start : year.end()])
        out.append(m)
        i += 1
    return _relative_to_named(
        text, _part_of_each_year(_part_of_the_year(text, _span_in_each_year(text, out)))
    )


# "six months ended June 30, 2025 and 2024", "... June 30: 2025 vs 2024": years set
# side by side as a statement's columns
_YEARS_APART = patterns.compile(
    r"^\s*(?:,|:|;)?\s*(?:and|vs\.?|versus|against|compared\s+(?:to|with)|&|/)?\s*$", re.I
)


def _span_in_each_year(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """A span ended on a day ('the six months ended June 30') and bare years set side
    by side with it, the way a results table heads its columns: the same span ended on
    that day of each year, never a whole year to compare with."""
    out = list(mentions)
    for i, m in enumerate(out):
        span = _ended_span(m.ref)
        if span is None:
            continue
        months, month, year = span
        years = []
        for n in out[i + 1 :]:
            between = text[(years[-1].end if years else m.end) : n.start]
            # a span with no year of its own may have the figure's name before its years:
            # "three months ended October 31: subscription revenue 2025 vs 2024"
            apart = (not years and year is None) or _YEARS_APART.match(between)
            if not (isinstance(n.ref, YearRef) and n.ref.fiscal is None and apart):
                break
            years.append(n)
        if not years or (year is None and len(years) < 2):
            continue
        dated = [] if year is None else [m]
        dated += [
            PeriodMention(_ended(months, month, n.ref.year), n.start, n.end, n.text)  # type: ignore[union-attr]
            for n in years
        ]
        if year is None and _YEARS_APART.match(text[m.end : dated[0].start]):
            # "six months ended June 30: 2025 vs 2024": each year the span's
            first = dated[0]
            dated[0] = replace(first, start=m.start, text=text[m.start : first.end])
        return [*out[:i], *dated, *out[i + 1 + len(years) :]]
    return out


def _ended_span(ref: PeriodRef) -> tuple[int, int, int | None] | None:
    """(months, closing month, year or None) of a span ended on a month's last day."""
    if isinstance(ref, QuarterEndingRef):
        return 3, ref.month, ref.year
    if isinstance(ref, MonthsEndingRef) and ref.months < 12:
        return ref.months, ref.month, ref.year
    if isinstance(ref, ExactRef) and ref.period.months < 12:
        p = ref.period
        if p.start.day == 1 and (p.end + timedelta(days=1)).day == 1:
            return p.months, p.end.month, p.end.year
    return None


def _ended(months: int, month: int, year: int) -> PeriodRef:
    """MONTHS months closing with MONTH of YEAR."""
    if months == 3:
        return QuarterEndingRef(month, year)
    end = _add_months(date(year, month, 1), 1) - timedelta(days=1)
    return ExactRef(Period(_add_months(date(year, month, 1), 1 - months), end))


COMPARING = patterns.guarded(
    r"\b(?:vs\.?|versus|against|compared?|than|from|to|and|or|over|with|before)\b", re.I
)


# "FY25 TCV excluding Q4", "the year less its first half": one period taken out of another
_TAKING_OUT = patterns.guarded(
    rf"\b(?:less|minus|without|not\s+counting|{LEAVING_OUT})\b", re.IGNORECASE
)


_WHOLE = patterns.compile(r"\b(?:full|whole|entire|annual|all\s+of)\b", re.I)
_WHOLE_YEAR_AFTER = patterns.compile(r"\s*(?:full|whole|entire)[\s-]*(?:year|yr)\b", re.I)


def _names_a_goal(after: str) -> bool:
    """Is a year the period of a target or forecast: one of those words, or the range a
    company guides to, among the next three ("FY28 guidance", "its 2027 revenue range")?"""
    return any(t.lemma in _GOAL_WORDS for t in tokenize(after)[:3])


_GOAL_WORDS = EXPECTATION_WORDS | {"range"}


def _part_of_the_year(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'9m sales in 2024', 'h1 revenue for fiscal 2025': a part of a year with no year of
    its own and one year a few words away, nothing comparing them, is that part of that
    year - not the latest part, set against the whole year."""
    if len(mentions) != 2:
        return mentions
    first, second = mentions
    between = text[first.end : second.start]
    split = _part_of_split_year(first, second, between)
    if split is not None:
        return [PeriodMention(split, first.start, second.end, text[first.start : second.end])]
    restated = _restated_part(first, second, between)
    if restated is not None:
        return [restated]
    moved = _same_part_moved(first, second, between, text)
    if moved is not None:
        return [moved]
    same = _same_part_of(first, second, between)
    if same is not None:
        return [same]
    part, year = (first, second) if isinstance(second.ref, YearRef) else (second, first)
    # ("h1 fy25 vs fy24 full year": the whole year said after it, as before it)
    whole = _WHOLE.search(between) or _WHOLE_YEAR_AFTER.match(text, second.end)
    if (
        part is first
        and isinstance(year.ref, YearRef)
        and isinstance(part.ref, (HalfRef, QuarterRef, LeadingMonthsRef, ToDateRef))
        and part.ref.year is None
        and _names_a_goal(text[year.end :])
    ):
        # "how far is 6M output from the bottom of its FY28 guidance": the part of the
        # goal's year measured against the goal, never the same part of two years
        fiscal = part.ref.fiscal if year.ref.fiscal is None else year.ref.fiscal
        return [replace(part, ref=replace(part.ref, year=year.ref.year, fiscal=fiscal)), year]
    if (
        part is first
        and isinstance(year.ref, YearRef)
        and isinstance(part.ref, (HalfRef, QuarterRef, LeadingMonthsRef))
        and COMPARING.search(between)
        and not whole
        and part.ref.year != year.ref.year  # ("6M FY28 ... from its FY28 guidance": inside)
    ):
        # 'h1 2025 revenue vs 2024', '9m sales against 2024': the same part of the year
        # set against it, never the whole year
        fiscal = part.ref.fiscal if year.ref.fiscal is None else year.ref.fiscal
        ref = replace(part.ref, year=year.ref.year, fiscal=fiscal)
        return [first, PeriodMention(ref, second.start, second.end, second.text)]
    if (
        part is first
        and isinstance(year.ref, YearRef)
        and isinstance(part.ref, (WeekNumberRef, DayEventRef))
        and part.ref.year not in (None, year.ref.year)
        and COMPARING.search(between)
        and not whole
    ):
        # "week 46 2025 vs 2024", "Black Friday weekend 2025 vs 2024": that week or day
        # of the other year, never the whole year
        ref = replace(part.ref, year=year.ref.year)
        return [first, PeriodMention(ref, second.start, second.end, second.text)]
    if (
        part is first
        and isinstance(year.ref, YearRef)
        and not year.ref.fiscal
        and isinstance(part.ref, ExactRef)
        and part.ref.period.months < 12
        and COMPARING.search(between)
        and not whole
    ):
        # "the nine months to 30 June 2024 against the same period of 2023": the span
        # of dates moved to that year
        moved = shift(part.ref.period, 12 * (year.ref.year - part.ref.period.end.year))
        return [first, PeriodMention(ExactRef(moved), second.start, second.end, second.text)]
    if not (
        isinstance(year.ref, YearRef)
        and isinstance(part.ref, (HalfRef, QuarterRef, LeadingMonthsRef, ToDateRef))
        and part.ref.year is None
        and len(between.split()) <= 4
        and not COMPARING.search(between)
        and not _TAKING_OUT.search(between)  # "FY25 excluding Q4": see less_a_part
    ):
        return mentions
    fiscal = part.ref.fiscal if year.ref.fiscal is None else year.ref.fiscal
    ref = replace(part.ref, year=year.ref.year, fiscal=fiscal)
    return [PeriodMention(ref, first.start, second.end, text[first.start : second.end])]


# "H1 orders in the same half of the year before FY2027": the part, of that year
_SAME_PERIOD_OF = patterns.compile(
    r"\b(?:the\s+)?same\s+(?:period|months|quarter|half|stretch)\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the same quarter last year *as* Q2 FY25": the relative period counted from the next one
# ("the year-ago quarter *of* Q3 2025": the same)
_COUNTED_FROM_NEXT = patterns.compile(r"\s*(?:as|than|of)\s+(?:in\s+)?", re.IGNORECASE)


def _same_part_moved(
    first: PeriodMention, second: PeriodMention, between: str, text: str
) -> PeriodMention | None:
    """'Revenue in the same quarter last year as Q2 FY2025': that quarter (or half) a
    year, or so many years, before, the only period asked; never the year before and the
    quarter set against each other."""
    rel, part = first.ref, second.ref
    if not (
        isinstance(rel, RelativeRef)
        and rel.base is None
        and rel.unit == "year"
        and isinstance(part, (QuarterRef, HalfRef))
        and part.year is not None
        and _COUNTED_FROM_NEXT.fullmatch(between)
    ):
        return None
    moved = replace(part, year=part.year + rel.steps)
    return PeriodMention(moved, first.start, second.end, text[first.start : second.end])


def _same_part_of(
    first: PeriodMention, second: PeriodMention, between: str
) -> PeriodMention | None:
    """A part of a year with no year of its own, asked of "the same period of" a year
    named after it (a year, or one counted from a named year): that part of that year,
    the only period asked."""
    if not isinstance(first.ref, (HalfRef, QuarterRef, LeadingMonthsRef)) or first.ref.year:
        return None
    if not _SAME_PERIOD_OF.search(between):
        return None
    ref = second.ref
    if isinstance(ref, RelativeRef) and ref.unit == "year" and isinstance(ref.base, YearRef):
        ref = replace(ref.base, year=ref.base.year + ref.steps)
    if not isinstance(ref, YearRef):
        return None
    fiscal = first.ref.fiscal if ref.fiscal is None else ref.fiscal
    return replace(first, ref=replace(first.ref, year=ref.year, fiscal=fiscal))


# The lexicons' words that set one figure against another: growth and comparison ("vs",
# "rose", "yoy", "higher"), a goal met or missed ("beat", "short of"), a revision ("cut")
_SETTING_AGAINST = GROWTH_WORDS | TARGET_MET_WORDS | CHANGE_VERBS | asks.COMPARATIVES


def sets_against(text: str) -> bool:
    """Does TEXT set one figure against another? Never by "to" or "and", which chat uses
    for anything ("I'd like to know")."""
    said = {t.lemma for t in tokenize(_END_UP.sub(" ", text))}
    return bool(said & _SETTING_AGAINST) or "than" in said


# "how many did they end up shipping": how it came out, no rise
_END_UP = patterns.guarded(r"\bend(?:s|ed|ing)?\s+up\b", re.IGNORECASE)


def _relative_to_named(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'revenue for H1 FY26, what was it the year before?': a relative period after a
    named one, nothing setting them against each other, counts from it - one period
    asked about (H1 FY25), not two to compare."""
    if len(mentions) != 2:
        return mentions
    named, relative = mentions
    ref = relative.ref
    rest = f"{text[: named.start]} {text[named.end : relative.start]} {text[relative.end :]}"
    if (
        not isinstance(ref, RelativeRef)
        or ref.base is not None
        or isinstance(named.ref, RelativeRef)
        or sets_against(rest)
        # ("h1 fy26 spend per visitor? was £11.56 the yr before": the asker's own figure
        # for that time, beside the period asked, which stays asked)
        or _AMOUNT.search(text, _clause_start(text, named.end, relative.start), relative.start)
    ):
        return mentions
    based = replace(ref, base=named.ref)
    if _BOTH.match(text, named.end, relative.start):
        # "FY27 and the year before": both years, the second counted from the first
        return [named, PeriodMention(based, relative.start, relative.end, relative.text)]
    return [PeriodMention(based, relative.start, relative.end, relative.text)]


_AMOUNT = patterns.compile(r"\d")
_CLAUSE_BREAK = patterns.compile(r"[?,;!]|\.(?=\s)")


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause ending at END begins: after the last break between START and it."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    return breaks[-1] if breaks else start


# "FY27 and the year before", "Q2, plus the quarter before": two periods listed
_BOTH = patterns.compile(r"\s*,?\s*(?:and|&|plus|as\s+well\s+as)\s+(?:(?:in|for)\s+)?$", re.I)


def _restated_part(
    first: PeriodMention, second: PeriodMention, between: str
) -> PeriodMention | None:
    """'nine-month revenue ... the prior year (9M FY25)': a part of a year named without a
    year, then the same part with one, nothing comparing them: one period, the dated one
    ("9m revenue vs 9m FY25" compares the latest nine months with those)."""
    a, b = first.ref, second.ref
    if type(a) is not type(b) or not isinstance(a, (LeadingMonthsRef, QuarterRef, HalfRef)):
        return None
    size = {LeadingMonthsRef: "months", QuarterRef: "quarter", HalfRef: "half"}[type(a)]
    if getattr(a, size) != getattr(b, size) or COMPARING.search(between):
        return None
    if a.year is None and b.year is not None:  # type: ignore[union-attr]
        return second
    return None


def _part_of_split_year(
    part: PeriodMention, year: PeriodMention, between: str
) -> SplitYearRef | None:
    """'H1 order intake in 23/24', '9m revenue for 2024/25': a part with no year, then a
    year written across two, a few words away: that part of that year."""
    ref, whole = part.ref, year.ref
    if not isinstance(whole, SplitYearRef) or whole.part is not None:
        return None
    if len(between.split()) > 4 or COMPARING.search(between):
        return None
    match ref:
        case HalfRef(half, None, _):
            return replace(whole, part=(6, half))
        case QuarterRef(quarter, None, _):
            return replace(whole, part=(3, quarter))
        case LeadingMonthsRef(months, None, _) if months in (3, 6, 9):
            return replace(whole, part=(months, 1))
    return None


def _part_of_each_year(mentions: list[PeriodMention]) -> tuple[PeriodMention, ...]:
    """'Q1 revenue in 2025 vs 2024', 'H1 sales 2024 against 2023': a part with no year,
    then two years compared, is that part of each year."""
    if len(mentions) != 3:
        return tuple(mentions)
    part, *years = mentions
    if not (
        isinstance(part.ref, (HalfRef, QuarterRef, LeadingMonthsRef, ToDateRef))
        and part.ref.year is None
        and all(isinstance(y.ref, YearRef) for y in years)
    ):
        return tuple(mentions)
    return tuple(
        PeriodMention(
            replace(
                part.ref,
                year=y.ref.year,
                fiscal=part.ref.fiscal if y.ref.fiscal is None else y.ref.fiscal,
            ),  # type: ignore[union-attr]
            y.start,
            y.end,
            y.text,
        )
        for y in years
    )


_PART_BEFORE = patterns.guarded(
    r"\b(?:h(?P<h1>[12])|(?P<h2>[12])h|(?P<hw>first|second)\s+half|q(?P<q1>[1-4])|(?P<q2>[1-4])q)"
    r"(?:\s+of)?(?:\s+the)?[\s,]*$",
    re.I,
)


_YEAR_AFTER = patterns.compile(
    r"[\s,]*(?:of\s+)?(?:the\s+)?(?:(?P<cal>fy|cy|fiscal|calendar)\s*)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)


_YEARISH = patterns.guarded(r"\b(?:fy|f|cy)\s?'?\d{1,4}(?:/\d{2,4})?\b|\b(?:19|20)\d\d\b", re.I)


def unread_year(query: Query) -> str | None:
    """A year the question writes that no period mention took in, beside a period with
    no year of its own ('H1 FY3/25' read as 'H1'): the year that was not understood."""
    if not any(
        isinstance(m.ref, (QuarterRef, HalfRef, QuarterEndingRef)) and m.ref.year is None
        for m in query.periods
    ):
        return None
    rest = query.said
    # (the longest first: "h1 … vs h1 2024" must lose "h1 2024" whole, not its "h1" twice)
    for m in sorted(query.periods, key=lambda m: -len(m.text)):
        rest = rest.replace(m.text, " ")
    if query.as_of is not None:
        # ("… at the Q3 results in November 2024": the month and year it was said)
        rest = re.sub(rf"\b{MONTH_PATTERN}\s+{query.as_of.year}\b", " ", rest, flags=re.I)
        # ("as of 2024-08-01": a day said with no year, its year found among the reports)
        rest = rest.replace(query.as_of.isoformat(), " ")
    found = _YEARISH.search(rest)
    return found.group() if found else None


_WEEKS_SPAN = patterns.guarded(r"\bweeks?\b", re.IGNORECASE)


def weeks_to(query: Query, facts: list[FactView]) -> Query:
    """'the nine weeks to 6 January 2024': a retailer's trading period named by its length
    and last day. The period the store holds that ends that day and lasts about that long
    (a week either way) is the one meant. Without a year ('the 52 weeks to 31 January')
    the grammar's WeeksEndingRef fits the same way (periods.matches_unanchored)."""
    periods = list(query.periods)
    for k, m in enumerate(periods):
        if not (
            isinstance(m.ref, ExactRef) and m.ref.period.days > 1 and _WEEKS_SPAN.search(m.text)
        ):
            continue
        # the grammar read the weeks ('the 13 weeks to 30 April 2024'): its span, snapped
        # to the store's own (a 52/53-week calendar's day either way)
        days, end, start = m.ref.period.days, m.ref.period.end, m.start
        fits = sorted(
            {
                v.fact.period
                for v in facts
                if v.fact.period.end == end and abs(v.fact.period.days - days) <= 7
            },
            key=lambda p: abs(p.days - days),
        )
        if fits:
            periods[k] = PeriodMention(ExactRef(fits[0]), start, m.end, query.said[start : m.end])
    return replace(query, periods=tuple(periods)) if periods != list(query.periods) else query


# "the first 12 weeks of the year", "12-week sales": a span counted in weeks, with no
# day it ended (see weeks_to for those)
_WEEKS_COUNTED = patterns.guarded(
    r"\b(?:the\s+)?(?:(?P<first>first|opening)\s+)?(?P<n>\d{1,2})[\s-]weeks?\b"
    r"(?:\s+(?:of|in)\s+(?:the\s+|its\s+|their\s+)?)?",
    re.IGNORECASE,
)


def in_weeks(query: Query, facts: list[FactView]) -> Query | None:
    """'the first 12 weeks of the year', '12-week sales', 'the first 12 weeks of the 2027
    financial year': a span counted in weeks that no period phrase reads is the store's
    period of that many weeks (from a year's start when "first" is said; inside the year
    named after it, if one is), the latest held. None when the store holds no such period
    for the figures asked about: never another period."""
    text, periods = query.said, list(query.periods)
    out = query
    held: set[Period] | None = None  # made only for a question that counts weeks
    named = " ".join(h.metric.name.lower() for h in query.metrics)
    for m in _WEEKS_COUNTED.finditer(text):
        if any(p.start <= m.start() < p.end for p in periods):
            continue  # ("the 26 weeks to 27 December 2025": read with its end)
        if names_its_weeks(named, int(m["n"])):
            continue  # ("on the 52 week basis": the figure's own basis, "(52-week basis)")
        if any(as_long_as(p.ref, int(m["n"])) for p in periods):
            continue  # ("F2025 growth on a 52-week basis": the year's length, see weeks_said)
        if any(
            p.end <= m.start() and _ANNOTATES.fullmatch(text[p.end : m.start()]) for p in periods
        ):
            continue  # ("the fourth quarter (13 weeks)": the quarter named, its length said)
        if periods and text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()):
            continue  # ("Q4 sales (a 14-week quarter)": an aside on the period)
        if any(
            p.start >= m.end()
            and not text[m.end() : p.start].strip()
            and isinstance(p.ref, RelativeRef)
            and p.ref.base is not None
            for p in periods
        ):
            continue  # ("the 12 weeks a year before Q1 2025": placed by the period after it)
        if held is None:
            held = {v.fact.period for v in facts}
            # (and the spans a longer period leaves with its last part taken out: "the
            # first 40 weeks" of a year held whole and by its 13-week last quarter)
            held |= {
                Period(a.start, b.start - timedelta(days=1))
                for a, b in itertools.permutations(held, 2)
                if a.end == b.end and a.start < b.start
            }
        days = int(m["n"]) * 7
        fits = [p for p in held if abs(p.days - days) <= 1]
        if m["first"]:
            starts = {p.start for p in held if p.days > days + 1}
            fits = [p for p in fits if p.start in starts] or fits
        # ("the first 12 weeks of the 2027 financial year", "the 53-week fiscal 2023")
        year = next(
            (
                p
                for p in periods
                if p.start >= m.end()
                and not text[m.end() : p.start].strip()
                and isinstance(p.ref, (YearRef, HalfRef, QuarterRef))
            ),
            None,
        )
        if year is not None and facts:
            years = resolve(year.ref, calendar_of(facts[0]))
            # (a 52/53-week year starts and ends a few days off its months)
            fits = [
                p
                for p in fits
                if any(
                    y.start - WEEKS_SLACK <= p.start and p.end <= y.end + WEEKS_SLACK for y in years
                )
            ]
        if not fits:
            return None
        span = max(fits, key=lambda p: p.end)
        before = next((p for p in periods if _year_before(p.ref)), None)
        if before is not None and not sets_against(text):
            # "the same 12 weeks a year earlier": that span of the year before, one period
            prior = [p for p in fits if abs((span.end - p.end).days - 364) <= 7]
            if not prior:
                return None
            span, year = prior[0], before
        end = max(m.end(), year.end) if year is not None else m.end()
        start = min(m.start(), year.start) if year is not None else m.start()
        mention = PeriodMention(ExactRef(span), start, end, text[start:end])
        periods = sorted([p for p in periods if p is not year] + [mention], key=lambda p: p.start)
        out = replace(out, periods=tuple(periods))
    if len(out.periods) >= 2 and out.intent is Intent.VALUE and len(query.periods) < 2:
        # "from the 12 weeks to the full half": two periods named, one set against the other
        out = replace(out, intent=Intent.GROWTH)
    return out


# Between a period named and a count of weeks that only says how long it is
_ANNOTATES = patterns.compile(r"\s*[(,–—-]?\s*")


def _year_before(ref: object) -> bool:
    """Is REF 'a year earlier', 'last year', 'the prior year', counted from nothing said?"""
    return (
        isinstance(ref, RelativeRef) and ref.base is None and ref.unit == "year" and ref.steps == -1
    )


def takes_out(query: Query) -> bool:
    """Does the question take a part of its first period out of it ('FY25 excluding Q2',
    a quarter or half named without a year of its own)?"""
    if len(query.periods) != 2:
        return False
    first, second = query.periods
    part = second.ref
    return (
        isinstance(part, (QuarterRef, HalfRef))
        and part.year is None
        and bool(_TAKING_OUT.search(query.said[first.end : second.start]))
    )


def middle_part_taken_out(query: Query, facts: list[FactView]) -> Pick | None:
    """'Boxes shipped in FY25 outside Q2': the year's figure less that of its quarter from
    the middle of it (what `less_a_part` cannot ask as one span), both stated of the kind
    asked; None unless both are held."""
    if not facts or not takes_out(query):
        return None
    first, second = query.periods
    year, part = first.ref, second.ref
    if not isinstance(year, YearRef) or not isinstance(part, (QuarterRef, HalfRef)):
        return None
    kind = query.kind or Kind.ACTUAL
    held = [v for v in facts if v.fact.kind is kind]
    whole = find_period(first, held)
    within = PeriodMention(
        replace(part, year=year.year, fiscal=year.fiscal), second.start, second.end, second.text
    )
    inner = find_period(within, held)
    if whole is None or inner is None or whole.fact.metric != inner.fact.metric:
        return None
    w, p = whole.fact.period, inner.fact.period
    if not (w.start < p.start and p.end < w.end):
        return None  # (a part at one end is a span of its own: see less_a_part)
    return Pick(Intent.DIFFERENCE, (whole, inner))


def less_a_part(query: Query, facts: list[FactView]) -> Query:
    """'FY25 TCV excluding Q4': a year (or half) less a quarter or half of it at one of its
    ends is the span that is left (Apr – Dec 2024), asked as that span, worked out from
    the longer figure like any carved period; never the quarter taken out."""
    if not facts or not takes_out(query):
        return query
    first, second = query.periods
    wholes = resolve(first.ref, calendar_of(facts[0]))
    part = second.ref
    if len(wholes) != 1 or not isinstance(part, (QuarterRef, HalfRef)):
        return query
    whole = wholes[0]
    size = 3 if isinstance(part, QuarterRef) else 6
    index = part.quarter if isinstance(part, QuarterRef) else part.half
    first_month = whole.start.month - 1 + size * (index - 1)
    start = date(whole.start.year + first_month // 12, first_month % 12 + 1, 1)
    last_month = first_month + size - 1
    end_year, end_month = whole.start.year + last_month // 12, last_month % 12 + 1
    end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    if end > whole.end:
        return query  # no such part of that period
    if start == whole.start:
        left = Period(end + timedelta(days=1), whole.end)
    elif end == whole.end:
        left = Period(whole.start, start - timedelta(days=1))
    else:
        return query  # a part in the middle leaves two spans
    text = query.said[first.start : second.end]
    # two periods had read as a comparison; one span is left, asked for its figure
    intent = Intent.VALUE if query.intent is Intent.GROWTH else query.intent
    left_mention = PeriodMention(ExactRef(left), first.start, second.end, text)
    return replace(query, periods=(left_mention,), intent=intent)
