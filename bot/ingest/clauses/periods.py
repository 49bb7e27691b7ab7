"""The period of a figure and the day it was stated: its own time phrase, the sentence's,
the anchor carried from earlier text, or a label keyed to it."""

from __future__ import annotations

import itertools
import re
from calendar import monthrange
from datetime import date, timedelta

from bot.facts.model import Kind, Period
from bot.facts.periods import CALENDAR, FiscalCalendar
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.other_times import frames_nothing
from bot.ingest.clauses.parts import BASE_BEFORE
from bot.ingest.clauses.planned_levels import planned_by_an_end
from bot.ingest.figures import Figure
from bot.ingest.spans import fiscal_year, resolve_time
from bot.ingest.timing import TimeMention, find_times

# ("on the 27th of December": a day as it is spoken, `period_words`)
# ("aims to have 330 aircraft in service by 31 March 2026": a level planned for that day)
_AT_DAY = re.compile(
    r"\b(?:at|as\s+of|as\s+at|on|by)\s+(?:the\s+end\s+of\s+|the\s+)?$", re.IGNORECASE
)
_FIGURE_BEFORE = re.compile(r"\d")
_ON_IN_PHRASE = re.compile(r"on\s", re.IGNORECASE)
_NOW_WORD = re.compile(r"\bnow\b", re.IGNORECASE)
_STATEMENT_VERB = re.compile(
    r"\b(?:said|says|announced|reported|lowered|raised|cut|revised|set|forecast|predicted|expected"
    r"|issued|unveiled|trimmed|lifted|slashed|reduced|increased|updated|told|warned|guided"
    r"|narrowed|projected)\b",
    re.IGNORECASE,
)


KEYED = re.compile(r"\s*:\s*")
# A time after a comparison and the figure compared with: the figure's base period
BASE_OF_FIGURE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|(?:up|down|rising|falling)"
    # ("up 8.3% from 38.4 million in the second quarter of fiscal 2024": the change between)
    r"(?:\s+(?:by\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent))?\s+from)\s+"
    # (a decimal point is no sentence's end: "down from US$2.08/lb in the September quarter")
    r"(?:[^.;:()]|(?<=\d)\.(?=\d))*\d(?:[^.;:()]|(?<=\d)\.(?=\d))*"
    r"\b(?:in|for|of|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "$17.6 million in the second", "from 14.35 cents in the second": an ordinal whose noun
# the sentence gave before ("in the first quarter", "in the third quarter")
_ELLIPTICAL = re.compile(
    r"\s+in\s+the\s+(?P<n>first|second|third|fourth)\b(?!\s*(?:-|quarter|half|nine|six|three"
    r"|nine-month|quarters|halves))",
    re.IGNORECASE,
)
_SET_BESIDE = re.compile(
    r"\b(?:and|from|versus|vs\.?|against|compared\s+with"
    # ("lost 0.6 million members in the second quarter, after adding 5.2 million in the first")
    r"|after\s+(?:adding|gaining|losing|shedding))\s+(?:about\s+)?[$€£¥]?$",
    re.IGNORECASE,
)
_PART_NOUN = re.compile(r"\b(?P<noun>quarter|half)\b", re.IGNORECASE)


def elliptical_periods(
    text: str, slots: list[Slot], times: list[TimeMention], ctx: Context
) -> None:
    """A figure "in the second" is of the second part of the kind the sentence named before
    it ("After losses of $38.2 million in the first quarter and $17.6 million in the
    second"), in that part's year."""
    for sl in slots:
        m = _ELLIPTICAL.match(text, sl.fig.end)
        if (
            m is None
            or sl.skip
            or not _SET_BESIDE.search(text, max(0, sl.fig.start - 14), sl.fig.start)
        ):
            continue  # (only a figure set beside the one before: "and ...", "from ...")
        named = [t for t in times if t.end <= sl.fig.start and _PART_NOUN.search(t.text)]
        if not named:
            continue  # (no part named before it: the ordinal is read as it was)
        noun = _PART_NOUN.search(named[-1].text)["noun"].lower()  # type: ignore[index]
        phrase = f"the {m['n'].lower()} {noun}"
        found = find_times(phrase, ctx.published)
        cal = ctx.fiscal or CALENDAR
        period = (
            resolve_time(
                found[0], cal=cal, as_of=sl.as_of or ctx.published, kind=Kind.ACTUAL, anchor=None
            )
            if found
            else None
        )
        if period is None:
            sl.skip, sl.note = True, "an ordinal of no named part"
        else:
            sl.period = period


def keyed_year_period(year: int, previous: list[Slot], cal: FiscalCalendar) -> Period | None:
    """ "Revenue for the year ended 31 August 2025 was £1,234.5m (2024: £1,180.2m)": a bare
    year labelling a comparative names the same span as the figure compared, in that year
    (a fiscal year, when the figure's is one), not the calendar year. A figure that took a
    quarter talked about before ("• Revenue £2,612m (2024: £2,488m)" after a bullet on the
    fourth quarter) is a year's, as the bare year keying its comparative says."""
    base = next(
        (p for p in reversed(previous) if not p.skip and p.period is not None and not p.keyed),
        None,
    )
    if base is not None and base.framed and base.period.months == 3:
        base.period = fiscal_year(cal, base.period.end)
    if base is None or (base.period.days >= 360 and base.period.start.month == 1):
        return None  # (a calendar year: the bare year names it already)
    shift = year - base.period.end.year
    if _in_weeks(base.period):
        # "the 26 weeks ended 27 December 2025 ... (2024: R28.28bn)": the same weeks of
        # the year before, 52 weeks earlier
        weeks = timedelta(weeks=52 * shift)
        return Period(base.period.start + weeks, base.period.end + weeks)
    return Period(_years_on(base.period.start, shift), _years_on(base.period.end, shift))


def _in_weeks(period: Period) -> bool:
    """A span of whole weeks that ends on no month's last day: a 52/53-week year's part."""
    end = period.end
    return period.days % 7 == 0 and end.day != monthrange(end.year, end.month)[1]


def _years_on(day: date, years: int) -> date:
    """DAY moved by whole YEARS; a month's last day stays its month's last day."""
    last = monthrange(day.year, day.month)[1]
    target = day.year + years
    days = monthrange(target, day.month)[1]
    return date(target, day.month, days if day.day == last else min(day.day, days))


def year_after(later: Period, earlier: Period) -> bool:
    """LATER is EARLIER a year on: the same span, 52 weeks or a calendar year later."""
    shift = (later.start - earlier.start).days
    return 358 <= shift <= 373 and abs(later.days - earlier.days) <= 7 and later.days > 1


def sentence_anchor(
    text: str,
    previous: list[Slot],
    times: list[TimeMention],
    before: int,
    ctx: Context,
    cal: FiscalCalendar,
    sl: Slot,
) -> Period | None:
    # (a plan whose period was only assumed, "its $500 million target, reporting ...", dates
    # nothing the sentence compares)
    dated = [
        p
        for p in previous
        if p.period is not None
        and not p.skip
        and not p.cumulative
        and not p.note.startswith("period not stated")
    ]
    if sl.kind is Kind.ACTUAL and any(p.kind is Kind.ACTUAL for p in dated):
        # ("fell short of its target for the year, reporting revenue of ..., up from ... a year
        # earlier": a result's base is a year before the result, never before the plan)
        dated = [p for p in dated if p.kind is Kind.ACTUAL]
    # "EUR 5.4 billion, against EUR 3.9 billion in the first quarter and EUR 4.6 billion a
    # year earlier": a year before the figure compared, not before another comparison's base
    subjects = [p for p in dated if not BASE_BEFORE.search(text, p.left, p.fig.start)]
    if len(dated) > 1:
        # "EUR 331.2 million (EUR 297.6 million in the same period of the previous year), an
        # increase of 11.3%": the last figure is the year-earlier base of one before it, and
        # what follows is of that one's period
        current = [p for p in dated[:-1] if year_after(p.period, dated[-1].period)]
        if current:
            return current[-1].period
    if subjects and dated[-1] is not subjects[-1]:
        return subjects[-1].period
    if dated:
        return dated[-1].period
    for t in reversed([t for t in times if t.end <= before and t.mode == "absolute"]):
        resolved = resolve_time(
            t, cal=cal, as_of=sl.as_of or ctx.published, kind=Kind.ACTUAL, anchor=None
        )
        if resolved is not None and resolved.months in (3, 6, 12):
            return resolved
    return ctx.anchor


def pick_time(
    options: list[TimeMention], f: Figure, cal: FiscalCalendar, sl: Slot, anchor: Period | None
) -> Period | None:
    if not options:
        return None
    rank = {
        "absolute": 0,
        "to-date": 0,
        "part": 0,
        "half": 1,
        "year": 1,
        "deictic": 1,
        "anaphoric": 1,
        "quarter": 2,
        "month": 3,
    }

    def distance(t: TimeMention) -> int:
        return f.start - t.end if t.end <= f.start else t.start - f.end

    for t in sorted(options, key=lambda t: (rank.get(t.mode, 4), distance(t))):
        p = resolve_time(
            t, cal=cal, as_of=sl.as_of or date.today(), kind=sl.kind or Kind.ACTUAL, anchor=anchor
        )
        if p is not None:
            return p
    return None


_IT_SAID = re.compile(
    r"\s*(?:that\s+|which\s+)?(?:it|we|they|the\s+company|management)\s+(?:had\s+)?"
    r"[a-z]+\s+(?:(?:in|on)\s+)?",
    re.IGNORECASE,
)


def dates_figure_before(text: str, t: TimeMention, slots: list[Slot]) -> bool:
    """Is T the date of a relative clause about the figure just before it ("the $3.0
    billion it forecast in September")?"""
    before = [sl for sl in slots if sl.fig.end <= t.start]
    return bool(before) and _IT_SAID.fullmatch(text, before[-1].fig.end, t.start) is not None


# a month name right before a noun it qualifies ("June traffic", "March deliveries"), not a
# month that dates a statement ("In June, ...", "June 5 the company said ...")
_MONTH_OF_NOUN = re.compile(
    r"\s+(?!(?:the|we|it|they|our|its|their|a|an|he|she|this|that|these|those|and|or)\b)"
    r"[a-z][a-z-]+\b"
)


def statement_date(
    text: str, times: list[TimeMention], published: date
) -> tuple[date, TimeMention] | None:
    """ "In February, Sony lowered ...", "On Jan. 30 the company said ...": when it was said."""
    for t in times:
        if not t.is_date or t.day is None or t.day > published:
            continue
        if t.mode == "month" and " " not in t.text.strip() and _MONTH_OF_NOUN.match(text, t.end):
            continue  # "June traffic set a record": the month the figures are for
        lead = text[: t.start].strip()
        after = text[t.end : t.end + 60]
        leading = not lead or (
            # (counted from the first word: a blanked label may stand before it)
            re.fullmatch(r"(?:[\w’'-]+\s*){0,3}", lead) is not None
            and t.start - (len(text) - len(text.lstrip())) < 25
        )
        attached = re.search(
            r"(?:said|announced|lowered|raised|cut|revised|reported|forecast|warned"
            r"|told|trimmed|lifted|slashed|updated|set)\s+(?:on\s+|in\s+)?$",
            text[: t.start],
            re.IGNORECASE,
        )
        if attached and _RELATIVE_STATED.search(text, 0, t.start):
            # "inside the 480-520 koz range it set in January": the day an earlier figure was
            # set (`earlier_date`), never the day of the sentence's own statement
            attached = None
        # "When we reported our results on 21 August, we set a target of ...": a clause
        # dating the occasion, then the statement
        occasion = _OCCASION.fullmatch(lead + " ") is not None and _STATEMENT_VERB.search(
            text, t.end, t.end + 60
        )
        # "Shareholders are referred to the trading statement released on SENS on 15 January
        # 2026, in which the Group advised that ...": what that statement said, said that day
        recalled = _IN_WHICH.match(text, t.end) and _STATEMENT_RELEASED.search(
            text, max(0, t.start - 80), t.start
        )
        if (
            (leading and _STATEMENT_VERB.search(after + text[t.end :]))
            or attached
            or occasion
            or recalled
        ):
            return t.day, t
    return None


_STATEMENT_RELEASED = re.compile(
    r"\b(?:statement|announcement|update|release|report|results)\s+(?:\w+\s+){0,2}?"
    r"(?:released|published|issued|made|announced)\s+(?:\w+\s+){0,3}?(?:on|in)\s+$",
    re.IGNORECASE,
)
_IN_WHICH = re.compile(r"\s*,?\s*(?:in\s+which|where|which\s+said|when)\b", re.IGNORECASE)


# a reduced relative clause after a noun: "the range it set in", "the forecast we gave on"
_RELATIVE_STATED = re.compile(
    r"\b(?!(?:and|but|as|when|after|before|because|since|so|then|while|said|says|that)\b)"
    r"[a-z]+\s+(?:that\s+|which\s+)?(?:it|we|they|the\s+company)\s+(?:had\s+)?[a-z]+\s+"
    r"(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
_OCCASION = re.compile(
    r"(?:when|as|at\s+the\s+time)\s+(?:we|it|the\s+company|management|the\s+board)\s+"
    r"[^,;.]{0,60}?\b(?:on|in)\s+",
    re.IGNORECASE,
)


# "flat with the second quarter", "in line with the first half", "unchanged from 2024": a
# period set beside a figure as its equal, the base it is measured against
LEVEL_WITH = re.compile(
    r"\b(?:flat|in\s+line|level|unchanged|consistent|on\s+par|similar|steady)\s+"
    r"(?:with|from|on|to)\b"
)


def same_day_year_before(day: date) -> date:
    """31 December 2025 -> 31 December 2024; a month's last day stays its last day (28
    February 2025 -> 29 February 2024, a leap year's: 28 February would be no month end). A
    day off a month end is a week calendar's (a level counted on "September 27, 2025"): its
    day a year before is 52 weeks before, the same weekday (September 28, 2024)."""
    last = monthrange(day.year - 1, day.month)[1]
    if day.day == monthrange(day.year, day.month)[1]:
        return date(day.year - 1, day.month, last)
    return day - timedelta(weeks=52)


_COMPARED_BETWEEN = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|up\s+from|down\s+from|from)\b", re.I
)


def moment_of(
    text: str, times: list[TimeMention], sl: Slot, period: Period | None
) -> Period | None:
    """A backlog is counted on a day: the day the sentence names ("at 31 December 2025"),
    else the last day of the period it names ("at the end of 2024")."""
    days = [
        t
        for t in times
        if t.mode == "day"
        and t.day is not None
        # (a day written month first keeps its "on" in its own phrase: "on July 31")
        and (_AT_DAY.search(text, max(0, t.start - 20), t.start) or _ON_IN_PHRASE.match(t.text))
        # (a plan's day may lie ahead: "330 aircraft in service by 31 March 2026")
        and (sl.as_of is None or t.day <= sl.as_of or sl.kind in (Kind.TARGET, Kind.FORECAST))
        # ("the target I set at our investor day on September 17: $2.0 billion of ARR by the
        # end of fiscal 2026": the day the plan was stated, never the day it counts on)
        and not frames_nothing(text, t)
    ]
    own = [t for t in days if sl.left <= t.start < max(sl.right, sl.fig.end + 1)]
    month_end = _month_end_after(text, times, sl)
    if not own and month_end is not None and (sl.as_of is None or month_end <= sl.as_of):
        # "compared with 121 at the end of June": the base stood on the last day of its month
        return Period(month_end, month_end)
    # "up from 11.85 billion at the end of the year on April 30": its own day; never the day
    # of a figure compared with, after the comparison's cue ("1,412 customers ..., compared
    # to 1,180 as of October 31, 2024")
    days = own or [
        t
        for t in days
        if not _COMPARED_BETWEEN.search(text, sl.fig.end, t.start)
        # ("reached 324 hectares at 31 May, and it aims to have 350 by the end of FY2027":
        # a plan's level by a period's end never counts on the day of a clause before it)
        and not (t.end <= clause_start(text, sl.fig.start) and planned_by_an_end(text, sl))
        # ("had 74 stores open on March 29, but it now plans to end fiscal 2026 with 76
        # stores": the day of an earlier clause's own figure never dates a plan)
        and not (
            t.end <= clause_start(text, sl.fig.start)
            and sl.kind in (Kind.TARGET, Kind.FORECAST)
            and _FIGURE_BEFORE.search(text, clause_start(text, t.start), t.start)
        )
    ]
    if days:
        near = min(days, key=lambda t: abs(t.start - sl.fig.start))
        return Period(near.day, near.day)  # type: ignore[arg-type]
    if (
        sl.as_of is not None
        # ("we now plan to operate 665 clinics at the end of fiscal 2026": now is when the
        # plan is made, the level counts on the plan's day)
        and sl.kind not in (Kind.TARGET, Kind.FORECAST)
        and _NOW_WORD.search(text, clause_start(text, sl.fig.start), sl.fig.start)
    ):
        return Period(sl.as_of, sl.as_of)  # "members, who now number 21 million": today's
    return Period(period.end, period.end) if period is not None else None


# right after a figure (and a word of what it counts): "at the end of" a month it names
_AT_END_OF = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:(?:at|as\s+(?:of|at))\s+the\s+end\s+of\s+)?")
_END_OF = re.compile(r"(?:at|as\s+(?:of|at))\s+the\s+end\s+of\s", re.IGNORECASE)


def _month_end_after(text: str, times: list[TimeMention], sl: Slot) -> date | None:
    """The last day of the month named right after SL's figure ("121 at the end of June"),
    or None."""
    for t in times:
        if (
            t.mode == "month"
            and t.day is not None
            and _AT_END_OF.fullmatch(text, sl.fig.end, t.start)
            and (_END_OF.match(t.text) or _END_OF.search(text, max(0, t.start - 20), t.start))
        ):
            return date(t.day.year, t.day.month, monthrange(t.day.year, t.day.month)[1])
    return None


# Between a figure and the bracketed label of the comparative after it: "£186.4m (2024: "
# (a few words of what the figure counts may stand between: "EUR 3,240 per e-bike (Q2'24: ")
_LABEL_OPENS = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*\(\s*$")


def labelled_forward(text: str, times: list[TimeMention], slots: list[Slot], ctx: Context) -> None:
    """ "Revenue was £186.4m (2024: £171.0m)", "E-bikes sold 161k (H1'24: 149k)": a
    comparative labelled by its period says the figure before it is of the same span a year
    later, when that figure names no period of its own (one the context lent it gives way).
    The comparative counts what the figure before it counts. A bare year labelling it is
    the company's own year when its accounts run to another month end ("(2024: ...)" in a
    September company's annual report is its fiscal 2024). A day labelling a level ("(31
    December 2024: ...)") says nothing of the figure's day: an interim report compares
    with the last year end."""
    for before, sl in itertools.pairwise(slots):
        if sl.keyed_day is not None or (sl.skip and not sl.keyed):
            continue
        if sl.keyed:
            label = next(
                (t for t in times if t.end <= sl.fig.start and t.start >= before.fig.end), None
            )
            if label is None or not _LABEL_OPENS.fullmatch(text, before.fig.end, label.start):
                continue
            as_of = sl.as_of or ctx.published
            if (
                not sl.skip
                and sl.kind is not Kind.ACTUAL
                and sl.period is not None
                and sl.period.start > as_of
                and sl.entity is not None
            ):
                # "guidance for the fourth quarter of 85,000 to 90,000 vehicles (third quarter:
                # 79,101 vehicles)": a comparative is what was, never a plan for the next one
                cal = ctx.names.calendar(sl.entity)
                done = resolve_time(label, cal=cal, as_of=as_of, kind=Kind.ACTUAL, anchor=None)
                if done is None or done.end > as_of:
                    sl.skip, sl.note = True, "a comparative of a period not read"
                    continue
                sl.period, sl.kind = done, Kind.ACTUAL
            if (
                not sl.skip
                and sl.metric is not None
                and before.metric is not None
                and before.fig.unit == sl.fig.unit
                and before.metric.family == sl.metric.family
                and not before.skip
            ):
                sl.metric = before.metric  # the comparative counts what the figure counts
            if sl.skip and not sl.note and sl.metric is None and _unnamed_comparative(before, sl):
                # "E-bikes sold 161k (H1'24: 149k)": the comparative counts the same thing
                cal = ctx.names.calendar(before.entity)  # type: ignore[arg-type]
                as_of = before.as_of or ctx.published
                sl.period = resolve_time(label, cal=cal, as_of=as_of, kind=Kind.ACTUAL, anchor=None)
                if sl.period is None:
                    continue
                sl.metric, sl.entity, sl.as_of = before.metric, before.entity, before.as_of
                sl.kind, sl.skip, sl.value = Kind.ACTUAL, False, sl.fig.value
        elif (
            sl.skip
            or sl.period is None
            or not (
                # "EUR 5.2 billion (EUR 5.0 billion in 2024)": the bracket's own time after it
                _LABEL_OPENS.fullmatch(text, before.fig.end, sl.fig.start)
                and (closed := text.find(")", sl.fig.end)) > 0
                and any(sl.fig.end <= t.start and t.end <= closed for t in times)
                and sl.period.days > 1
            )
        ):
            continue
        if sl.period is None:
            continue
        fiscal = ctx.fiscal
        if (
            sl.keyed_year is not None
            and fiscal is not None
            and not fiscal.is_calendar
            and sl.entity == ctx.names.main.name
            and sl.period == Period(date(sl.keyed_year, 1, 1), date(sl.keyed_year, 12, 31))
        ):
            sl.period = fiscal.year(sl.keyed_year)
        # (a period the context lent, of another length than the label's: "(Q2'24: 86k)"
        # under "H1 at a glance"; one of the label's length is the context's more exact one)
        lent = (
            before.period is not None
            and not any(before.left <= t.start and t.end <= before.fig.start for t in times)
            and abs(before.period.days - sl.period.days) > 20
        )
        if (
            (before.note != "no period" and not lent)
            or before.metric is None
            or before.entity != sl.entity
            or before.fig.unit != sl.fig.unit
            or (before.kind or Kind.ACTUAL) is not Kind.ACTUAL
        ):
            continue
        later = Period(_years_on(sl.period.start, 1), _years_on(sl.period.end, 1))
        if later.end > (before.as_of or ctx.published):
            continue  # (a year later is not over: the label compares another span)
        before.period, before.skip, before.note = later, False, ""


def _unnamed_comparative(before: Slot, sl: Slot) -> bool:
    """SL, read as no figure, is BEFORE's comparative: the same unit and scale of writing."""
    return (
        not before.skip
        and before.metric is not None
        and before.entity is not None
        and before.fig.unit == sl.fig.unit
        and before.fig.value != 0
        and 0.1 <= abs(sl.fig.value / before.fig.value) <= 10
    )
