"""Which of a series' figures covers the period a question names: stated for it, closing it,
counted in weeks for its months, or carved out of or tiled from figures of other spans.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from bot import patterns
from bot.answering.matching.series import current_of, latest_of
from bot.answering.matching.week_parts import own_part_span, own_quarter
from bot.answering.phrases import calendar_of
from bot.answering.reading import asks
from bot.answering.reading.query import Query
from bot.answering.reading.weeks_said import names_its_weeks
from bot.facts import reporting
from bot.facts.model import FactView, Kind, Period
from bot.facts.periods import (
    DayEventRef,
    FiscalCalendar,
    HalfRef,
    NamedSeasonRef,
    PeriodMention,
    QuarterRef,
    RelativeRef,
    SeasonRef,
    in_whole_months,
    matches_unanchored,
    own_reading_first,
    resolve,
    shifted_whole_months,
)
from bot.facts.periods.arithmetic import WEEKS_SLACK
from bot.facts.periods.events import event_length_gap
from bot.facts.periods.references import UNIT_MONTHS

_ONE_DAY = timedelta(days=1)


def find_period(
    mention: PeriodMention | None,
    pool: Sequence[FactView],
    anchor: Period | None = None,
    cumulative: bool = False,
) -> FactView | None:
    """The view in POOL whose period the mention names (the latest one if none is named).
    CUMULATIVE ("since launch", "by the end of 2024"): a figure counted from an earlier
    start up to the end of the named period answers too."""
    if mention is None:
        return latest_of(pool, cumulative)
    if mention.opens:
        return opening_point(mention, pool, anchor)
    if mention.begins_running:
        begun = running_begun_in(mention, pool, anchor)
        if begun is not None:
            return begun
    # (a day's figure of a metric also held over spans is that day's sales, never a count
    # at a year's or a quarter's end)
    flows = {(v.fact.entity, v.fact.metric) for v in pool if v.fact.period.days > 1}
    for cal, every in _by_calendar(pool).items():
        views = every
        wanted = resolve(mention.ref, cal, anchor)  # type: ignore[arg-type]
        if wanted:
            for period in wanted:
                start, end = period.start, period.end
                views = [v for v in every if not _a_change_at_a_day(v, period.days)]
                running = (
                    [v for v in views if _counted_to(v.fact.period, period)] if cumulative else []
                )
                found = (
                    running  # "since launch, through the end of 2024": the running total
                    or [
                        v
                        for v in views
                        if v.fact.period.end == end and v.fact.period.start == start
                    ]
                    or [v for v in views if _point_at_end(v.fact.period, period)]
                    or _ending_on_the_day_said(views, mention, period)
                    or _as_long_as_said(
                        [
                            v
                            for v in views
                            if weeks_for_months(v.fact.period, period)
                            and (
                                v.fact.period.days > 1
                                or (v.fact.entity, v.fact.metric) not in flows
                            )
                        ],
                        mention,
                    )
                    or _the_one_point_in_month(views, period)
                )
                if found:
                    return found[0]
            own = own_quarter(mention.ref, views, cal, anchor)
            if own is not None:
                return own
        elif _back_from_undated(mention):
            # "q3 volume a year earlier": the latest third quarter held, a year back
            back = _latest_moved_back(mention, views, anchor)
            if back is not None:
                return back
        elif not (isinstance(mention.ref, RelativeRef) and mention.ref.base is not None):
            fits = [v for v in views if matches_unanchored(mention.ref, v.fact.period, cal)]
            own = own_reading_first(mention.ref, [v.fact.period for v in fits], cal)
            fits = [v for v in fits if v.fact.period in own]
            if isinstance(mention.ref, SeasonRef) and not mention.ref.quarter and fits:
                # "holiday comp": the season's own span (nine weeks to 3 January), where one
                # is held, before the quarter that holds it
                fits = _season_spans_first(fits, mention)
            if isinstance(mention.ref, NamedSeasonRef):
                fits = _the_named_season(fits, mention.ref)
            if isinstance(mention.ref, DayEventRef) and fits:
                # "Khmer New Year 2025": its own days, never the week that holds them
                fits = nearest_the_event(fits, mention.ref)
            if not fits:
                # "q3 net orders", "h1 revenue" of a company counting its quarters in
                # weeks: its own part of whichever year holds one (the latest below)
                fits = _part_of_any_year(mention, views, anchor)
            if not fits:
                # "customers at the end of Q3": a point-in-time figure on the last day of
                # a quarter, half or year the phrase names
                fits = [v for v in views if _closes_a_named_span(mention, v.fact.period, cal)]
            if fits and cumulative:
                # "cumulative deliveries through October": the running total that closes the
                # latest October held, not that month's own figure
                closes = latest_of(fits).fact.period  # type: ignore[union-attr]
                running = [v for v in views if _counted_to(v.fact.period, closes)]
                fits = [min(running, key=lambda v: v.fact.period.start)] if running else fits
            if fits:
                return latest_of(fits)
    return None


def _ending_on_the_day_said(
    views: Sequence[FactView], mention: PeriodMention, period: Period
) -> list[FactView]:
    """'The year to 20/9/25' of a company counting in weeks: the figure over the weeks
    ending that very day (51 of them, from 29 Sep), before its 52-week year to 27 Sep that
    the months would otherwise pick."""
    day = getattr(mention.ref, "ends_on", None)
    if day is None:
        return []
    return [
        v
        for v in views
        if v.fact.period.end == day and abs(v.fact.period.start - period.start) <= WEEKS_SLACK
    ]


def _as_long_as_said(fits: list[FactView], mention: PeriodMention) -> list[FactView]:
    """Of figures counted in weeks for the months asked, those as many weeks long as the
    question says ("on a 52-week basis": the pro forma year, never the 53 weeks
    reported); said none, the longest first: a year restated on fewer weeks (52 of a
    53-week year, 51 to a day asked) is no year as reported."""
    longest_first = sorted(fits, key=lambda v: -v.fact.period.days)
    if mention.weeks is None:
        return longest_first
    return [
        v
        for v in fits
        if abs(v.fact.period.days - 7 * mention.weeks) <= 1
        # (weeks a figure's own name says, "sales change (52-week basis)" of a 53-week
        # year: that figure, whatever its length)
        or names_its_weeks(v.fact.metric, mention.weeks)
    ]


def _season_spans_first(fits: list[FactView], mention: PeriodMention) -> list[FactView]:
    """Of the figures a season fits, those over spans shorter than a quarter, if any; where
    the season is called a period, a season or weeks of its own, never a quarter's
    ("gross margin for the holiday period" is no fourth quarter's margin)."""
    short = [v for v in fits if v.fact.period.days < 80]
    if short or not _SPAN_SAID.search(mention.text):
        return short or fits
    # (a season longer than a quarter is its own span too: "the summer 2025 season" of an
    # airline, April – October; only the quarter holding a short season is none of it)
    return [v for v in fits if not 80 <= v.fact.period.days <= 100]


def nearest_the_event(fits: list[FactView], ref: DayEventRef) -> list[FactView]:
    """Of the figures an event fits, those nearest its own days in length (the three days
    of Khmer New Year, never the week that holds them)."""

    def gap(v: FactView) -> int:
        return event_length_gap(v.fact.period, ref.event, ref.year or v.fact.period.start.year)

    least = min(gap(v) for v in fits)
    return [v for v in fits if gap(v) == least]


def _the_named_season(fits: list[FactView], ref: NamedSeasonRef) -> list[FactView]:
    """Of the figures a named season fits, those over the whole season: the longest span
    ("the 2024-25 season" is October to February, not the four weeks to 19 January); with
    an ordinal, the Nth of the year's seasons by their first day, a season being a span no
    other that fits holds."""
    spans = {v.fact.period for v in fits}
    if ref.ordinal is None:
        chosen = max(spans, key=lambda p: p.days, default=None)
    else:
        inner = {p for p in spans for o in spans if o != p and o.start <= p.start <= p.end <= o.end}
        whole = sorted(spans - inner, key=lambda p: p.start)
        chosen = whole[ref.ordinal - 1] if len(whole) >= ref.ordinal else None
    return [v for v in fits if v.fact.period == chosen]


# "the holiday period", "the holiday season", "the nine holiday weeks": a span of its own
_SPAN_SAID = patterns.guarded(r"\b(?:period|season|weeks?)\b", re.I)


# "a year ago", "two quarters earlier" with nothing named before: counted back from now,
# the latest figure held
COUNTED_FROM_NOW = patterns.guarded(r"\b(?:ago|earlier|back)\b", re.I)
# "a year earlier", "the year before", "the prior quarter": counted back from the period
# just named, never from today ("q3 last year" is the third quarter of last year)
_COUNTED_BACK = patterns.guarded(r"\b(?:earlier|before|prior|previous|preceding|ago)\b", re.I)


def _back_from_undated(mention: PeriodMention) -> bool:
    """Is MENTION counted back from a quarter or half named without its year ('q3 ... a
    year earlier')?"""
    ref = mention.ref
    if isinstance(ref, RelativeRef) and ref.base is None and ref.span is not None:
        return ref.steps < 0  # "the same quarter last year": from the latest quarter held
    if isinstance(ref, RelativeRef) and ref.base is None and ref.unit in UNIT_MONTHS:
        # "the quarter before last", "employees a year ago": from the latest held
        return ref.steps <= -2 or (ref.steps < 0 and bool(COUNTED_FROM_NOW.search(mention.text)))
    return (
        isinstance(ref, RelativeRef)
        and isinstance(ref.base, (QuarterRef, HalfRef))
        and ref.base.year is None
        and ref.steps < 0
        and bool(_COUNTED_BACK.search(mention.text))
    )


def _latest_moved_back(
    mention: PeriodMention, views: Sequence[FactView], anchor: Period | None
) -> FactView | None:
    """The figure of the period a year (or quarter) before the latest one the undated
    base names: 'q3 a year earlier' is the Q3 before the latest Q3 held, 'the same quarter
    last year' the quarter a year before the latest one held, or nothing."""
    ref = mention.ref
    assert isinstance(ref, RelativeRef)
    steps = ref.steps
    if ref.base is None and ref.span is not None:  # "the same quarter last year"
        spans = [v for v in views if v.fact.period.months == ref.span]
        latest = latest_of(spans) if spans else None
    elif ref.base is None and COUNTED_FROM_NOW.search(mention.text):
        # "employees a year ago": the latest figure (a level at its day, the shortest span
        # that ends then), a year before; "two quarters back": the quarter before the
        # latest ("last quarter") one
        ends = max((v.fact.period.end for v in views), default=None)
        closing = [v for v in views if v.fact.period.end == ends]
        latest = min(closing, key=lambda v: v.fact.period.days) if closing else None
        steps += 1 if ref.unit == "quarter" else 0
        if steps == 0:
            return latest
    elif ref.base is None:
        # "the quarter before last": the quarter before the latest ("last quarter") held
        spans = [v for v in views if v.fact.period.months == UNIT_MONTHS[ref.unit]]
        latest, steps = (latest_of(spans) if spans else None), ref.steps + 1
    else:
        latest = find_period(replace(mention, ref=ref.base), views, anchor)
    if latest is None:
        return None
    held = latest.fact.period
    backs = resolve(RelativeRef(None, steps, ref.unit), calendar_of(latest), held)
    if not backs:
        return None
    back = backs[0]
    return next(
        (
            v
            for v in views
            if abs(v.fact.period.start - back.start) <= WEEKS_SLACK
            and abs(v.fact.period.end - back.end) <= WEEKS_SLACK
            and v.fact.period != held
        ),
        None,
    )


def running_begun_in(
    mention: PeriodMention, pool: Sequence[FactView], anchor: Period | None
) -> FactView | None:
    """'installed since it started in 2014': the latest running total that began within
    the period named and runs on past it; None when the store holds no such total (the
    period is then read as said)."""
    for cal, views in _by_calendar(pool).items():
        for period in resolve(mention.ref, cal, anchor):  # type: ignore[arg-type]
            running = [
                v
                for v in views
                if period.start <= v.fact.period.start <= period.end
                and v.fact.period.end > period.end
            ]
            if running:
                return latest_of(running)
    return None


def opening_point(
    mention: PeriodMention, pool: Sequence[FactView], anchor: Period | None
) -> FactView | None:
    """'the store count at the beginning of FY27': a point-in-time figure of the day
    before the period's first (that of a year counted in weeks within days of it); never
    a figure over a span."""
    for cal, views in _by_calendar(pool).items():
        points = [v for v in views if v.fact.period.days == 1]
        for period in resolve(mention.ref, cal, anchor):  # type: ignore[arg-type]
            day = period.start - _ONE_DAY
            near = [v for v in points if abs(v.fact.period.end - day) <= WEEKS_SLACK]
            near.sort(key=lambda v: abs(v.fact.period.end - day))
            # (the day itself, or one day near it: never a guess between two dates)
            if near and (near[0].fact.period.end == day or len({v.fact.period for v in near}) == 1):
                return near[0]
    return None


def _by_calendar(pool: Sequence[FactView]) -> dict[FiscalCalendar, list[FactView]]:
    """POOL's views by their company's calendar, in order of first appearance. One
    company's views share their calendar's settings: then it is made once, not per view."""
    if not pool:
        return {}
    year_end, named_by = pool[0].fiscal_year_end, pool[0].fiscal_year_named_by
    if all(v.fiscal_year_end == year_end and v.fiscal_year_named_by == named_by for v in pool):
        return {calendar_of(pool[0]): list(pool)}
    by_calendar: dict[FiscalCalendar, list[FactView]] = {}
    for v in pool:
        by_calendar.setdefault(calendar_of(v), []).append(v)
    return by_calendar


def _part_of_any_year(
    mention: PeriodMention, views: Sequence[FactView], anchor: Period | None
) -> list[FactView]:
    """A quarter or half named with no year ("Q3", "h1") of a company counting them in
    weeks: that part of each fiscal year the views' periods fall in, found as if the year
    had been said (see `week_parts.own_quarter`, `weeks_for_months`)."""
    ref = mention.ref
    if not isinstance(ref, (QuarterRef, HalfRef)) or ref.year is not None:
        return []
    fiscal = True if ref.fiscal is None else ref.fiscal
    years = sorted({v.fact.period.end.year + d for v in views for d in (-1, 0, 1)})
    found = (
        find_period(replace(mention, ref=replace(ref, year=y, fiscal=fiscal)), views, anchor)
        for y in years
    )
    return list({id(v): v for v in found if v is not None}.values())


def weeks_for_months(held: Period, wanted: Period) -> bool:
    """A period counted in weeks (4 Feb 2024 – 1 Feb 2025) answers for the whole months
    it stands for (FY2024, Feb 2024 – Jan 2025; see periods.in_whole_months); a point in
    time near such a period's end stands for that end ("the year-end headcount of fiscal
    2023": 3 Feb 2024). So does one counted from inside a month, both ends moved alike
    (a Nepali quarter, 14 Jan – 12 Apr, for Feb – Apr: periods.shifted_whole_months)."""
    if held.days == 1:
        return wanted.days >= 28 and abs(held.end - wanted.end) <= WEEKS_SLACK
    months = in_whole_months(held)
    if months is not None and months == (in_whole_months(wanted, asked=True) or wanted):
        return True
    return shifted_whole_months(held, wanted)


def _the_one_point_in_month(views: Sequence[FactView], wanted: Period) -> list[FactView]:
    """'Pupils at the October 2024 census' where the count is held at 5 Oct 2024: of a
    whole calendar month asked, the one day inside it a count is held at (none where two
    are: never a guess between them)."""
    if (
        wanted.start.day != 1
        or not 28 <= wanted.days <= 31
        or wanted.end != _month_end(wanted.start)
    ):
        return []
    inside = [
        v
        for v in views
        if v.fact.period.days == 1 and wanted.start <= v.fact.period.end <= wanted.end
    ]
    return inside if len({v.fact.period for v in inside}) == 1 else []


def _counted_to(fact_period: Period, wanted: Period) -> bool:
    """A running total (launch to 31 Dec 2024) closes the period asked about."""
    return fact_period.end == wanted.end and fact_period.start < wanted.start


def _point_at_end(fact_period: Period, wanted: Period) -> bool:
    """A point-in-time figure (a one-day period: backlog at 31 Dec 2025) answers for the
    period it closes ("backlog in 2025", "at the end of 2025")."""
    return fact_period.start == fact_period.end == wanted.end and wanted.days > 1


def _a_change_at_a_day(view: FactView, days: int) -> bool:
    """Is VIEW a rate of change held at a day ("backlog growth at 31 July": on the same
    day a year before), asked of a span of other than a year? "How much did backlog grow
    in Q3" is the quarter's own change, never the year's rate at its end; nor is the
    change over two years."""
    a_year = 360 <= days <= 372  # (a fiscal year of 52 or 53 weeks too)
    return view.fact.period.days == 1 and days > 1 and not a_year and _a_rate_of_change(view)


def _a_rate_of_change(view: FactView) -> bool:
    """Is VIEW a change stated as a rate ("order backlog growth", in percent): named with
    a family of the reporting vocabulary whose figures are a change?"""
    fact = view.fact
    return fact.unit == "percent" and any(
        f.states_change for f in reporting.families_of(fact.metric)
    )


def span_between(
    mention: PeriodMention | None, pool: Sequence[FactView], query: Query, *, points: bool
) -> tuple[FactView, ...] | None:
    """A span's figure as the difference of figures of one shape: two running totals
    from the same start (launch to 30 Jun, launch to 31 Dec: what was sold in between),
    or, when POINTS, two point-in-time counts (subscriptions at 31 Mar and at 30 Jun), or
    a longer period's figure less the rest of it (see _carved). The later or longer
    figure first; None when the pool holds no such figures."""
    # (an average or a rate over a span is no difference of two longer ones, nor is a
    # rate of change at a day: two years' growth at two dates says nothing of the span)
    pool = [
        v for v in pool if (v.fact.period.days == 1 and not _a_rate_of_change(v)) or _adds_up(v)
    ]
    if mention is None or mention.opens or not pool or _start_unread(mention, query):
        return None
    cal = calendar_of(pool[0])
    spans = resolve(mention.ref, cal, query.anchor)  # type: ignore[arg-type]
    if not spans and points:
        return _counts_around_unanchored(mention, pool, cal)
    for wanted in spans:
        if wanted.days <= 1:
            continue
        # where the span starts: the day before it, or (between two month names) the end
        # of its first month, or (between two dates) its first day
        month_end = _month_end(wanted.start)
        starts = [wanted.start - _ONE_DAY, wanted.start]
        # running totals "between June and December" run from the end of June; "Sep-Oct",
        # "Sep and Oct combined" are both months
        from_first_month_end = bool(BOTH_ENDS.search(mention.text)) and not asks.totals(query.said)
        for late in pool:
            p = late.fact.period
            is_point = p.days == 1
            if p.end != wanted.end or not ((points and is_point) or p.start < wanted.start):
                continue
            ends = (
                [month_end] if month_end < wanted.end and (is_point or from_first_month_end) else []
            )
            for start in starts + ends:
                for early in pool:
                    q = early.fact.period
                    shape = q.days == 1 if is_point else (q.start == p.start and q.days > 1)
                    if early is not late and shape and q.end == start:
                        return late, early
        counted = _counts_in_weeks(wanted, pool) if points else None
        if counted is not None:
            return counted
        carved = _carved(wanted, pool)
        if carved is not None:
            return carved
    # ("Q3 FY25" of a chain counting 16, 12, 12 and 12 weeks: the weeks its held figures
    # leave for the third quarter)
    own = own_part_span(mention.ref, pool, cal, query.anchor)
    return None if own is None else _carved(own, pool)


def _counts_around_unanchored(
    mention: PeriodMention, pool: Sequence[FactView], cal: FiscalCalendar
) -> tuple[FactView, ...] | None:
    """'How many stores did they add in H1' (no year said): the latest two counts held
    at the days just before and at the end of a span the words name, the later first."""
    points = sorted(
        (v for v in pool if v.fact.period.days == 1),
        key=lambda v: v.fact.period.end,
        reverse=True,
    )
    for late in points:
        for early in points:
            start, end = early.fact.period.end + _ONE_DAY, late.fact.period.end
            if start < end and matches_unanchored(mention.ref, Period(start, end), cal):
                return late, early
    return None


_SAYS_BETWEEN = patterns.guarded(r"\bbetween\b", re.IGNORECASE)


def _start_unread(mention: PeriodMention, query: Query) -> bool:
    """'between 3 May and year end 2027' where only 'year end 2027' was read: the span
    asked starts where no period was read, so it is not the year's."""
    return bool(_SAYS_BETWEEN.search(query.said)) and not _SAYS_BETWEEN.search(mention.text)


def _counts_in_weeks(wanted: Period, pool: Sequence[FactView]) -> tuple[FactView, ...] | None:
    """The sites added in fiscal 2027 (Jan - Dec 2027) of a chain counting in weeks: its
    count at the end of that year (28 Dec 2027) less the count at the end of the year
    before (29 Dec 2026), the days between standing for the months asked."""
    ends = [v for v in pool if v.fact.period.days == 1]
    for late in ends:
        for early in ends:
            start, end = early.fact.period.end + _ONE_DAY, late.fact.period.end
            if start < end and in_whole_months(Period(start, end)) == wanted:
                return late, early
    return None


# a span named by both its ends ("between June and September", "from March to June")
BOTH_ENDS = patterns.guarded(r"\b(?:between|from)\b", re.IGNORECASE)


def running_total_before(flow: FactView, pool: Sequence[FactView]) -> tuple[FactView, ...] | None:
    """'Cumulative procedures at the end of FY25' where the store's running total is of a
    later day: that total less the figures counted since FLOW's period ended (the 71,300
    since launch at March 2026 less the 10,540 of H1 FY26), the total first. POOL: the
    series' figures; None when no later total and back-to-back figures fit."""
    return _running_total_to(flow.fact.period.end, flow, pool)


def running_total_before_start(
    flow: FactView, pool: Sequence[FactView]
) -> tuple[FactView, ...] | None:
    """'How many had it mailed before fiscal 2025 started': the running total to the day
    before FLOW's period began (2.3 million since launch to the end of 2025 less the
    600,000 of 2025), the total first; None as for `running_total_before`."""
    return _running_total_to(flow.fact.period.start - _ONE_DAY, flow, pool)


def _running_total_to(
    day: date, flow: FactView, pool: Sequence[FactView]
) -> tuple[FactView, ...] | None:
    """The running total of FLOW's series up to DAY: a longer total begun before FLOW's
    period and ended after DAY, less the figures counted after DAY."""
    same = [v for v in pool if _same_series(v, flow) and v.fact.kind is flow.fact.kind]
    for total in sorted(same, key=lambda v: v.fact.period.end):
        t = total.fact.period
        if t.start < flow.fact.period.start and day < t.end and t.days > 366:
            carved = _carved(Period(t.start, day), same)
            if carved is not None and carved[0] is total:
                return carved
    return None


def _carved(wanted: Period, pool: Sequence[FactView]) -> tuple[FactView, ...] | None:
    """WANTED's figure as a longer stated figure less the rest of it, the rest stated
    whole or in back-to-back parts: Q4 as the year less the nine months, H2 as the year
    less Q1 and Q2, Q3 as the year less H1 and Q4. The longer figure first, then what is
    taken from it, fewest figures first; None when nothing stated fits."""
    flows = [v for v in pool if v.fact.period.days > 1 and _adds_up(v)]
    best: tuple[FactView, ...] | None = None
    for whole in flows:
        w = whole.fact.period
        if w == wanted or not (w.start <= wanted.start and wanted.end <= w.end):
            continue
        same = [v for v in flows if _same_series(v, whole)]
        before = _stated_over(w.start, wanted.start - _ONE_DAY, same)
        after = _stated_over(wanted.end + _ONE_DAY, w.end, same)
        if before is None or after is None:
            continue
        found = (whole, *before, *after)
        if best is None or len(found) < len(best):
            best = found
    return best or _carved_in_weeks(wanted, flows)


def _carved_in_weeks(wanted: Period, flows: Sequence[FactView]) -> tuple[FactView, ...] | None:
    """A part asked for by months (Q1 FY2025, Feb - Apr 2025) of a retailer that counts
    in weeks: its longer figure (the half, 2 Feb - 2 Aug 2025) less the one stated figure
    standing for the rest of those months on each side (Q2, 4 May - 2 Aug)."""
    for whole in flows:
        months = in_whole_months(whole.fact.period)
        if months is None or months == wanted:
            continue
        if not (months.start <= wanted.start and wanted.end <= months.end):
            continue
        same = [v for v in flows if _same_series(v, whole) and v is not whole]
        before = _standing_for(months.start, wanted.start - _ONE_DAY, same)
        after = _standing_for(wanted.end + _ONE_DAY, months.end, same)
        if before is not None and after is not None:
            return (whole, *before, *after)
    return None


def _standing_for(start: date, end: date, pool: Sequence[FactView]) -> list[FactView] | None:
    """The one figure counted in weeks (or, beside them, in those very months: a half
    ended on 30 June) that stands for the months START to END (none for an empty span);
    None when no such figure is stated."""
    if end < start:
        return []
    months = Period(start, end)
    found = [v for v in pool if (in_whole_months(v.fact.period) or v.fact.period) == months]
    return found[:1] or None


def _adds_up(view: FactView) -> bool:
    """A figure a longer period's is the sum of: no percentage, no average or rate."""
    return view.fact.unit != "percent" and reporting.adds_up(view.fact.metric)


def _same_series(a: FactView, b: FactView) -> bool:
    return (a.fact.entity, a.fact.metric, a.fact.unit) == (
        b.fact.entity,
        b.fact.metric,
        b.fact.unit,
    )


def _stated_over(start: date, end: date, pool: Sequence[FactView]) -> list[FactView] | None:
    """The figures that cover START to END exactly: none for an empty span, one stated for
    it, or back-to-back parts; None when the pool cannot cover it."""
    if end < start:
        return []
    span = Period(start, end)
    whole = [v for v in pool if v.fact.period == span]
    if whole:
        return whole[:1]
    return tiling(span, pool) or None


def carved_part(facts: Sequence[FactView]) -> Period | None:
    """The period a figure worked out by _carved is for: the first figure's period less
    the others' (one series, inside it, leaving one unbroken span); None for any other
    set of figures."""
    whole, parts = facts[0], facts[1:]
    w = whole.fact.period
    if not parts or w.days <= 1 or not all(_same_series(v, whole) for v in parts):
        return None
    spans = sorted(v.fact.period for v in parts)
    if any(s.start < w.start or s.end > w.end or s.days <= 1 for s in spans):
        return None
    start, end = w.start, w.end
    for s in spans:  # the parts before the remainder, then those after it
        if s.start == start:
            start = s.end + _ONE_DAY
    for s in reversed(spans):
        if s.end == end and s.start >= start:
            end = s.start - _ONE_DAY
    covered = sum(s.days for s in spans)
    return (
        Period(start, end) if start <= end and covered + (end - start).days + 1 == w.days else None
    )


def _closes_a_named_span(mention: PeriodMention, point: Period, cal: FiscalCalendar) -> bool:
    """Is POINT (one day) the last day of a quarter, half or year MENTION names?"""
    day = point.end
    if point.start != day or day != _month_end(day):
        return False
    for months in (3, 6, 12):
        first = day.year * 12 + day.month - months  # months since year 0, zero-based
        span = Period(date(first // 12, first % 12 + 1, 1), day)
        if matches_unanchored(mention.ref, span, cal):
            return True
    return False


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - _ONE_DAY


def parts_of(
    mention: PeriodMention | None, pool: Sequence[FactView], query: Query
) -> list[FactView]:
    """'H1 2024' from Q1 and Q2 2024, 'the first nine months' from three quarters: the
    figures whose periods tile the one asked about exactly, in order; [] if none do."""
    if mention is None or mention.opens or not pool or not _adds_up(pool[0]):
        return []
    cal = calendar_of(pool[0])
    for wanted in resolve(mention.ref, cal, query.anchor):  # type: ignore[arg-type]
        chain = tiling(wanted, pool)
        if chain:
            return chain
    return []


def tiling(wanted: Period, pool: Sequence[FactView]) -> list[FactView]:
    """The figures whose periods tile WANTED exactly (two or more), in order; [] if none.
    A retailer counting in weeks tiles the months it stands for: FY2027 (Feb 2027 - Jan
    2028) from its nine months (31 Jan - 30 Oct 2027) and Q4 (31 Oct 2027 - 29 Jan 2028)."""
    if not pool or not _adds_up(pool[0]):
        return []
    exact = _chain(wanted.start, wanted.end, pool)
    if exact or wanted.days < 28:
        return exact
    starts = {
        v.fact.period.start for v in pool if abs(v.fact.period.start - wanted.start) <= WEEKS_SLACK
    }
    ends = {v.fact.period.end for v in pool if abs(v.fact.period.end - wanted.end) <= WEEKS_SLACK}
    for start, end in sorted(itertools.product(starts, ends)):
        if (start, end) != (wanted.start, wanted.end) and in_whole_months(
            Period(start, end)
        ) == wanted:
            chain = _chain(start, end, pool)
            if chain:
                return chain
    return []


def _chain(start: date, end: date, pool: Sequence[FactView]) -> list[FactView]:
    """The figures back to back from START to END (two or more), longest first at each
    step; [] if none reach END."""
    inside = sorted(
        (
            v
            for v in pool
            if start <= v.fact.period.start
            and v.fact.period.end <= end
            and (v.fact.period.start, v.fact.period.end) != (start, end)
            and v.fact.period.days > 1
        ),
        key=lambda v: (v.fact.period.start, -v.fact.period.days),
    )
    chain: list[FactView] = []
    for v in inside:
        at = start if not chain else chain[-1].fact.period.end + _ONE_DAY
        if v.fact.period.start == at:
            chain.append(v)
    if chain and chain[-1].fact.period.end == end and len(chain) > 1:
        return chain
    return []


def _ends_at(end: date, as_of: date) -> bool:
    """Does a period ending on END end at AS_OF: that day, or, for an "as of" month (its
    last day), any day of that month (a 52/53-week quarter closing on 2 January is "as of
    January")?"""
    if end == as_of:
        return True
    month_end = (as_of + timedelta(days=1)).day == 1
    return month_end and (end.year, end.month) == (as_of.year, as_of.month)


def closing_at(
    query: Query, views: list[FactView], tiers: list[tuple[Kind, ...]]
) -> FactView | None:
    """'backlog as of 31 Dec 2025', 'subscriptions as of 3/31/24': for a figure at a point
    in time (or one counted up to a date), 'as of' names the period's end, not when it
    was stated, whenever the date is not one on which anything had been stated."""
    if query.as_of is None or query.periods:
        return None
    kinds = set(sum(tiers, ()))
    ending = [
        v
        for v in current_of(views)
        if _ends_at(v.fact.period.end, query.as_of) and v.fact.kind in kinds
    ]
    if not ending and query.as_of.day == 1:
        # "store count as of 1 Jan 2026": a count opens a month as the month before closed
        ending = [
            v
            for v in current_of(views)
            if v.fact.period.days == 1
            and v.fact.period.end == query.as_of - _ONE_DAY
            and v.fact.kind in kinds
        ]
    if not ending:
        return None
    one_day = [v for v in ending if v.fact.period.days == 1]
    stated_by_then = any(v.fact.as_of <= query.as_of for v in views)
    if one_day:
        return one_day[0]
    running = [v for v in ending if v.fact.period.start < query.as_of.replace(day=1)]
    if query.cumulative and running:
        return min(running, key=lambda v: v.fact.period.start)  # the longest running total
    return None if stated_by_then else ending[0]
