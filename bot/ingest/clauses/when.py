"""The second pass over a sentence's figures: whose each is, the day it was stated and the
period it is for (its own time phrase, a running total, a neighbour's, the context's)."""

from __future__ import annotations

import re
from datetime import date

from bot.facts.model import Kind, Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.bases import base_period, span_year_before
from bot.ingest.clauses.changes import TO_LEVEL
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.cumulative import (
    END_DAY,
    LAUNCH,
    LIFETIME,
    SINCE_THEN,
    cumulative_total,
    since_time,
)
from bot.ingest.clauses.day_levels import counted_at_a_day
from bot.ingest.clauses.figure_metric import COMPARED, COMPARED_WITH, STOCK
from bot.ingest.clauses.joined_flows import joined_after
from bot.ingest.clauses.kinds import kind_near, other_kind_between
from bot.ingest.clauses.measures import (
    COMPARATIVE,
    price_per,
)
from bot.ingest.clauses.other_times import (
    a_base,
    compared_heading,
    frames_nothing,
    of_an_event,
    only_compared,
    wire_versus,
)
from bot.ingest.clauses.owners import entity_of
from bot.ingest.clauses.parts import BASE_BEFORE
from bot.ingest.clauses.periods import (
    BASE_OF_FIGURE,
    KEYED,
    LEVEL_WITH,
    dates_figure_before,
    keyed_year_period,
    moment_of,
    pick_time,
    same_day_year_before,
    sentence_anchor,
    year_after,
)
from bot.ingest.clauses.planned_levels import planned_level
from bot.ingest.counts import installed, installed_earlier
from bot.ingest.figures import Figure
from bot.ingest.layout import Sentence
from bot.ingest.metric_names import Metric
from bot.ingest.spans import fiscal_year, quarter_of, resolve_time, shift
from bot.ingest.timing import TimeMention, find_times

# "averaged 45.3 million monthly users in the quarter", "41.6 million monthly transacting
# users": a count over a span (an average, or a month's), never a level on the span's last day
# a line's label, the day it counts at, then the figure: "Clients at August 31, 2025: 61,240"
_LABELLED_AT_DAY = re.compile(
    r"[A-Za-z)*]\s+(?:at|as\s+(?:of|at))\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)"
    r"\s+(?:19|20)\d\d\s*:\s*$"
)
_AVERAGED = re.compile(
    r"\baverag(?:ed|es|ing|e\s+of)\b|\d\S*\s+(?:[a-z]+\s+)?(?:monthly|daily|weekly)\s+[a-z]",
    re.IGNORECASE,
)
# "Paying users, on a monthly average basis, were 8.77 million", "measured as the monthly
# average of users who ...": the count named an average before it, its clause's subject
_AVERAGE_BASIS = re.compile(
    r"\b(?:monthly|daily|weekly|quarterly)\s+average\b|\baverage\s+(?:monthly|daily|weekly)\b"
    r"|\bon\s+an?\s+(?:[a-z]+\s+){0,2}average\s+basis\b",
    re.IGNORECASE,
)


def _named_an_average(text: str, f: Figure) -> bool:
    """F's subject, in the words before it in its sentence, is called an average."""
    return _AVERAGE_BASIS.search(text, max(0, f.start - 120), f.start) is not None


# "Average employees paid per pay period", "205,000 active customers in the quarter": a
# count over the span, never on its last day
_AVERAGE_LABEL = re.compile(r"^\W*average\s+[a-z]", re.IGNORECASE)
_IN_THE_SPAN = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:in|during|over|across)\s+the\s+(?:quarter|half|period)\b",
    re.IGNORECASE,
)


def _over_the_span(text: str, before: list[Slot], f: Figure) -> bool:
    """F counts over its span, not on a day: a line labelled as an average, a count said
    "in the quarter", or the base of a figure that averaged ("averaged 22.9 million, up from
    19.0 million")."""
    if _AVERAGE_LABEL.match(text):
        return True
    if _IN_THE_SPAN.match(text, f.end) and f.text[:1] not in "+-−":
        return True  # (never "+50K in the quarter": what the count added)
    level = next((p for p in reversed(before) if not p.skip and p.metric is not None), None)
    return (
        level is not None
        and level.fig.unit == f.unit
        and (
            _AVERAGED.search(text, max(0, level.fig.start - 30), level.fig.end) is not None
            or _named_an_average(text, level.fig)
        )
        and COMPARED.search(text[level.fig.end : f.start]) is not None
    )


_EXPLICIT = frozenset({"absolute", "span", "month", "quarter", "half", "part", "to-date"})
# A period named as what a change is measured against: "fell 6.4% against the second quarter
# of 2017", "from the same quarter a year ago", "than in the year-ago period".
_BASE_INTRO = re.compile(
    r"(?:\bagainst|\bcompared\s+(?:with|to)|\bfrom|\bthan(?:\s+in)?|\bover|\bversus|\bvs\.?"
    # "9.0% ahead of the prior year", "2% below last year"
    r"|\bahead\s+of|\bbehind|\babove|\bbelow"
    r"|\bon)(?:\s+the\s+(?:same|corresponding|comparable|prior[\s-]year|year[\s-]ago)\s+"
    r"(?:period|quarter|months?|half|weeks?)(?:\s+(?:of|in))?)?\s+$",
    re.IGNORECASE,
)
# "over the nine months", "over the quarter": a span the figure covers, never its base
_OVER_SPAN = re.compile(r"\bover\s+$", re.IGNORECASE)
_SPAN_OVER = re.compile(
    r"the\s+(?:(?:first|last|past)\s+)?(?:\w+\s+)?(?:months|weeks|quarter|half|period)\b"
    r"(?!.*\b(?:same|prior|previous|year[\s-]ago|comparable|corresponding)\b)",
    re.IGNORECASE,
)
# The rest of a list of counts after one of them: "snowmobiles, 61,300 side-by-side vehicles
# and 33,900" (nouns, figures, commas and one "and"; no verb, no time)
_IN_LIST = re.compile(
    r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:,\s+[\d,.]+\s+[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,2})*,?\s+and\s+"
)
_BRINGING = re.compile(
    r"\b(?:bringing|taking|lifting|pushing)\s+"
    # "lifting the range to ...": a plan revised, not a total run up
    r"(?!(?:the|its|our|their)\s+(?:range|forecast|guidance|target|outlook|view|estimate)\b)"
    r"(?:[\w'’-]+\s+){1,5}?to\s+"
    r"(?:(?:about|around|nearly|some|more\s+than|over|a\s+record)\s+)?$",
    re.IGNORECASE,
)
# A second measure joined by "and" with its own verb and no time of its own: ", and the
# net revenue per hectoliter (NR/hl) was of"
_JOINED_WAS = re.compile(
    r"\s*\)?\s*,?\s*and\s+(?:the\s+|its\s+)?[a-z][^,;.()\d]{1,60}?\s+(?:\([^()\d]{1,12}\)\s*)?"
    r"(?:was|were|reached|stood\s+at|came\s+(?:in\s+)?at|totall?ed|totali[sz]ed)(?:\s+of)?"
    r"\s+(?:(?:about|around|roughly|nearly)\s+)?",
    re.IGNORECASE,
)


def _compared_level(text: str, slots: list[Slot], k: int) -> Slot:
    """The level a ratio appended after slot K is of: K itself, or, when K is the base a
    level is compared with ("EBITDA was R6.8bn compared with R9.7bn, an EBITDA margin of
    22%"), the level before it, the sentence's own figure."""
    base = slots[k]
    if not BASE_BEFORE.search(text, base.left, base.fig.start):
        return base
    return next(
        (
            p
            for p in reversed(slots[:k])
            if not p.skip
            and p.period is not None
            and p.fig.unit == base.fig.unit
            and not BASE_BEFORE.search(text, p.left, p.fig.start)
        ),
        base,
    )


# A list line opened by a named part with its initials and a colon: "- Upland North (UPN):"
_LABELLED_PART = re.compile(
    r"\s*[-•*–]?\s*(?P<name>[A-Z][\w&'’-]*(?:\s+(?:(?:and|&)\s+(?:the\s+)?)?[A-Z][\w&'’-]*){0,4})"
    r"\s+\((?P<abbr>[A-Z]{2,6})\)\s*:\s"
)
# ", with a normalized EBITDA margin of": a ratio appended to the level before it
_WITH_RATIO = re.compile(
    r"\s*(?:,?\s*with|,\s*(?:giving|representing|for)|,)\s+(?:an?\s+|its\s+|the\s+)?"
    # ("CHF 11.82 billion, a core operating margin of 36.4%": the ratio in apposition)
    r"(?:[\w-]+\s+){0,3}?(?:margin|share|ratio|rate)\s+(?:of|at)\s+"
    r"(?:(?:about|around|roughly|nearly)\s+)?",
    re.IGNORECASE,
)
_RANGE_REVISED = re.compile(
    r"\b(?:tighten|narrow|widen|raise|lift|lower|cut|trim|revise)\w*\s+(?:its|the|our)\s+"
    r"[^.;:]{0,60}?\b(?:range|guidance|outlook)\s+to\s+(?:(?:about|around)\s+)?$",
    re.IGNORECASE,
)
_JOINED_MEASURE = re.compile(
    r"(?:\s+(?:[A-Za-z][\w-]*)){0,3}[\s,]*(?:and|while)\s+(?:an?\s+|its\s+|the\s+)?(?!(?:year|prior|previous|earlier)\b)"
    r"(?:[\w-]+\s+){0,4}?(?:of|at)\s+(?:(?:about|around|roughly|nearly)\s+)?",
    re.IGNORECASE,
)
_WHEN_BACK = re.compile(r",?\s+when\b[^.;]*", re.IGNORECASE)


_TO_AFTER_BASE = re.compile(r"[\s,]*to\b", re.IGNORECASE)


_BASE_AFTER = re.compile(
    r"\s*(?:(?:(?:more|fewer|less|higher|lower|up|down|above|below)\s+)?(?:than|from|compared\s+"
    r"(?:with|to)|versus|vs\.?|against|on)|above|below)\b[^,;%$€£¥\d]*",
    re.IGNORECASE,
)
_YEAR_TO_DATE = re.compile(
    r"\byear[\s-]to[\s-]date\b|\bYTD\b|\bso\s+far\s+this\s+(?:fiscal\s+|financial\s+)?year\b",
    re.IGNORECASE,
)


_SO_FAR = re.compile(r"\bso\s+far\s+this\s+(?:fiscal\s+|financial\s+)?year\b", re.IGNORECASE)


def _own_times(
    text: str, times: list[TimeMention], stated: tuple[date, TimeMention] | None, sl: Slot
) -> list[TimeMention]:
    """The time phrases in a figure's own stretch that may be its period; a figure in
    brackets right after a time phrase is that time's ("compared with the same 17 weeks of
    the prior year (R13.43bn)")."""
    bracketed = [t for t in times if _BRACKET_AFTER.fullmatch(text, t.end, sl.fig.start)]
    if bracketed and not _BRACKET_AFTER.fullmatch(text, bracketed[-1].end, sl.fig.start):
        bracketed = []
    return bracketed[-1:] or [
        t
        for t in times
        if sl.left <= t.start < max(sl.right, sl.fig.end + 1)
        # "EUR 5.2 billion (EUR 5.0 billion in 2024)": a time in brackets that hold another
        # figure is that figure's
        and not _in_other_brackets(text, t, sl)
        and not (stated and t.day == stated[0])
        and t.mode != "day"
        and not (sl.fig.unit == "percent" and _is_base(text, t))
        # "1.4% more than in the first ten months of 2024": all of it is the base
        and not (
            sl.fig.unit == "percent"
            and t.start >= sl.fig.end
            and _BASE_AFTER.fullmatch(text, sl.fig.end, t.start)
        )
        # "fell 41% from a year earlier to 212 billion won": the base of the change
        # before the level is not the level's period
        and not (t.end <= sl.fig.start and _is_base(text, t) and _TO_AFTER_BASE.match(text, t.end))
        and not of_an_event(text, t)  # "following the east wall slip in November"
        # "the EBIT guidance we gave in May of €820 million to €940 million": when the plan
        # was stated, never the period it is for
        and not frames_nothing(text, t)
        # "14.6 per cent, up from 13.9 per cent in Q1FY26": a time past a comparison's cue is
        # the base's
        and not (t.start >= sl.fig.end and _COMPARED_AFTER.search(text, sl.fig.end, t.start))
    ]


def _in_other_brackets(text: str, t: TimeMention, sl: Slot) -> bool:
    opened = text.rfind("(", 0, t.start)
    closed = text.find(")", t.end)
    if opened < 0 or closed < 0 or ")" in text[opened : t.start] or "(" in text[t.end : closed]:
        return False
    return (
        not opened < sl.fig.start < closed and re.search(r"\d", text[opened : t.start]) is not None
    )


_BRACKET_AFTER = re.compile(r"\s*\(\s*(?:[A-Z]{0,3}[$€£¥]|US\$)?")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _over_an_earlier_year(text: str, t: TimeMention) -> bool:
    """Is T, after "over", a span of an earlier year than one its sentence named before it
    ("Revenue for the first quarter of 2025 was $41.2 million, an increase of 5.2% over the
    first quarter of 2024")? Then it is the base set against, never the span the change
    took."""
    own = [int(y) for y in _YEAR.findall(t.text)]
    start = max(text.rfind(". ", 0, t.start), text.rfind("\n", 0, t.start)) + 1
    before = [int(y) for y in _YEAR.findall(text, start, t.start)]
    if own and any(y > max(own) for y in before):
        return True
    # "an organic increase of 7.5% over the fourth quarter of 2023", "increased 5.2% over the
    # first quarter of 2024": a rise by so much over one quarter or half of a named year is
    # a rise on it (a span a change took is said of months: "over the first nine months")
    return bool(
        _ONE_PART_OF_A_YEAR.fullmatch(t.text.strip())
        and _RISE_OVER.search(text, max(0, t.start - 60), t.start)
    )


_ONE_PART_OF_A_YEAR = re.compile(
    r"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?(?:quarter|half)"
    r"\s+of\s+(?:fiscal\s+)?(?:19|20)\d\d",
    re.IGNORECASE,
)
_RISE_OVER = re.compile(
    r"\b(?:increase[sd]?|rose|rise|grew|growth|up|higher|gain(?:ed)?)\b(?:\s+of)?\s+"
    r"(?:by\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+over\s+$",
    re.IGNORECASE,
)


def _is_base(text: str, t: TimeMention) -> bool:
    """A time phrase that is what a change is set against ("from a year earlier")."""
    if (
        _OVER_SPAN.search(text, max(0, t.start - 10), t.start)
        and _SPAN_OVER.match(t.text)
        and not _over_an_earlier_year(text, t)
    ):
        return False  # "rose 2.2% over the nine months": when, not what it is set against
    return _BASE_INTRO.search(text, max(0, t.start - 30), t.start) is not None


def _framing(
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
) -> list[TimeMention]:
    """Time phrases no figure owns frame them all; a figure left out (a count of
    customers, a third party's figure) owns nothing. A time that dates a statement ("the
    range we narrowed in November") frames nothing."""
    owned = [(sl.left, sl.right) for sl in slots if not sl.skip]
    return [
        t
        for t in times
        if not any(a <= t.start < b for a, b in owned)
        and t.mode != "day"
        and not (stated and t.day == stated[0])
        and not frames_nothing(text, t)  # "the range we narrowed in November"
        and not _bracket_label(text, t)  # "(2024: 4.1%)": its own figure's, even one left out
    ]


_OPEN_BRACKET = re.compile(r"\(\s*$")


def _bracket_label(text: str, t: TimeMention) -> bool:
    """A time phrase opening brackets and labelling the figure after it: "(2024: R1.2bn)"."""
    return bool(
        _OPEN_BRACKET.search(text, max(0, t.start - 3), t.start) and KEYED.match(text, t.end)
    )


def read_when(
    s: Sentence,
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
    i: int,
    sl: Slot,
    pairs: list[tuple[Slot, Slot, Kind]],
    partner: dict[int, Slot],
    mentions: list[tuple[int, int, str, str]],
    keyed: set[int],
    ctx: Context,
) -> None:
    """Whose figure SL is, when it was stated and the period it is for."""
    if sl.skip:
        return
    f = sl.fig
    if not _read_entity(text, slots, i, sl, mentions, ctx):
        return
    cal = ctx.names.calendar(sl.entity)
    if (
        ctx.fiscal is not None
        and sl.entity == ctx.names.main.name
        and f.unit != "units"
        and (sl.metric is None or sl.metric.family != "units")
    ):
        # a company's accounts follow its fiscal year even in a story that never says
        # "fiscal" ("revenue of 412 billion yen for the year"); only a count may be
        # planned by calendar year (a carmaker's "sales plan for this year")
        cal = ctx.fiscal
    sl.as_of = stated[0] if stated else ctx.published
    if stated and f.start >= stated[1].end and dates_figure_before(text, stated[1], slots):
        # "down from the $3.0 billion it forecast in September, and comparable sales of
        # 2% to 3%": the month dates the figure its clause is about, not those after it
        sl.as_of = ctx.published
    started = since_time(text, times)
    if started is not None and (sl.level or _stock(text, sl)):
        # "Since entering Chile in 2014, it has opened a cumulative 212 depots there": the
        # time a "since" clause tells starts a span; a level is never counted on it
        times = [t for t in times if t is not started]
    anchor = sentence_anchor(text, slots[:i], times, f.start, ctx, cal, sl)
    candidates = _own_times(text, times, stated, sl)
    if any(sl is o for _, o, _ in pairs) and not candidates:
        candidates = _own_times(text, times, stated, partner[id(sl)])
    if not _no_running_total(text, times, slots, sl, candidates, cal, anchor, ctx):
        return
    period = _own_period(text, times, stated, slots, sl, candidates, partner, cal, anchor)
    if sl.skip:
        return
    period = _period_from_neighbours(text, times, slots, i, sl, period, cal, anchor)
    if sl.skip:
        return
    if period is None and not _own_times(text, times, stated, sl):
        period = base_period(text, slots, i, sl, period)  # "..., up from 3.9 million"
    period = _period_from_context(
        s, text, times, stated, slots, i, sl, period, cal, anchor, keyed, ctx
    )
    if sl.skip:
        return
    _settle_period(text, times, stated, slots, i, sl, period, cal, anchor, ctx)


def _read_entity(
    text: str,
    slots: list[Slot],
    i: int,
    sl: Slot,
    mentions: list[tuple[int, int, str, str]],
    ctx: Context,
) -> bool:
    """Whose figure SL is; False where it is compared with a figure that has no period."""
    f = sl.fig
    base = next((p for p in reversed(slots[:i]) if p.fig.unit == f.unit), None)
    if (
        base is not None
        and base.note == "no period"
        and COMPARATIVE.search(text, max(0, f.start - 40), f.start)
    ):
        # "came to $88 million, against $102 million a year earlier" with no period for
        # the $88 million: "a year earlier" counts from nothing the text gives
        sl.skip, sl.note = True, "compared with a figure of no period"
        return False
    sl.entity = entity_of(text, sl, mentions, ctx)
    if (
        f.high is not None
        and sl.kind in (None, Kind.ACTUAL)
        and _RANGE_REVISED.search(text, clause_start(text, f.start), f.start)
    ):
        # "has tightened its full-year gold output range to 490,000-505,000 ounces": a
        # range revised is a plan, never a result
        sl.kind = Kind.FORECAST
    if sl.share is not None and sl.entity in ctx.names.new:
        sl.entity = ctx.names.main.name  # "Snacks delivered $468 million": our segment
    return True


def _no_running_total(
    text: str,
    times: list[TimeMention],
    slots: list[Slot],
    sl: Slot,
    candidates: list[TimeMention],
    cal: FiscalCalendar,
    anchor: Period | None,
    ctx: Context,
) -> bool:
    """False where SL is a running total ("since launch", "has shipped ... as of"): its
    period is then set from the start to the day named, or it is skipped for want of one."""
    f = sl.fig
    # a stock is counted on a day, never summed from a start: "the leanest position we
    # have had since fiscal 2021" compares, it starts no running total
    stock_level = sl.level or _stock(text, sl)
    since = since_time(text, times) if f.unit != "percent" and not stock_level else None
    if (
        since is not None
        and ";" in text[since.end : f.start]
        and not SINCE_THEN.match(text, since.end)  # ("... in March 2014; since then ...")
    ):
        since = None  # "Since launching X in 2022, it has sold ...; Y had 8.1 million"
    if since is not None and not sl.left <= since.start < max(sl.right, f.end + 1):
        owner = next((o for o in slots if o.left <= since.start < o.right), None)
        if owner is not None and owner is not sl:
            # "4.2 million in the six months to September, and 11.5 million since its
            # launch": the lifetime phrase is the other figure's
            since = None
    if (
        since is None
        and f.unit != "percent"
        and (
            LIFETIME.search(text, sl.left, max(sl.right, f.end))
            or LIFETIME.match(text)  # "Since launch, the Aero has sold ..."
        )
        # "In the January–October period, cumulative sales reached ...": the span named
        # (a launch's date is no such span: "the line introduced in April 2022 reached
        # cumulative sales of ...")
        and not (
            _CUMULATIVE_WORD.search(text)
            and any(
                t.mode in _EXPLICIT and not LAUNCH.search(text, max(0, t.start - 70), t.start)
                for t in times
            )
        )
    ):
        # "lifetime sales of 32.3 million units as of December 31": from the launch the
        # report states elsewhere; none stated, no period
        _set_running_total(
            sl,
            cumulative_total(text, times, None, sl, cal, anchor, ctx.launch),
            "cumulative total with no start date",
        )
        return False
    if (
        since is None
        and f.unit == "units"
        and _PERFECT_SOLD.search(text, clause_start(text, f.start), f.start)
        and any(
            t.mode == "day" and END_DAY.search(text, max(0, t.start - 25), t.start)
            for t in times
            if t.start > f.end
        )
    ):
        # "X, released on July 24, has shipped 3.2 million units as of October 31": a
        # running total from the launch the sentence or the report names, never the
        # period talked about; with no launch, no period
        launched = next(
            (t for t in times if LAUNCH.search(text, max(0, t.start - 70), t.start)), None
        )
        _set_running_total(
            sl,
            cumulative_total(text, times, launched, sl, cal, anchor, ctx.launch),
            "cumulative total with no start date",
        )
        return False
    if since is not None:
        # "since its launch in March 2021 ... at the end of the year": a total from
        # the launch to the day the text names; with no end stated, no period
        # ("Since 2008 the company has shipped ...": the start's own year is no period the
        # total runs to; the later one the text talks about is)
        later = ctx.anchor is not None and (anchor is None or anchor.end < ctx.anchor.end)
        _set_running_total(
            sl,
            cumulative_total(text, times, since, sl, cal, ctx.anchor if later else anchor),
            "cumulative total with no end date",
        )
        return False
    if not candidates and _BRINGING.search(text, clause_start(text, f.start), f.start):
        # "..., bringing series sales to 28 million units": a running total from a start
        # the sentence does not give; the period of the figure before is not its own
        sl.skip, sl.note = True, "a running total with no start"
        return False
    return True


def _set_running_total(sl: Slot, period: Period | None, missing: str) -> None:
    """SL is a running total over PERIOD; with no PERIOD (its start or end unstated) it is
    skipped, noted as MISSING."""
    if period is None:
        sl.skip, sl.note = True, missing
    else:
        sl.period, sl.cumulative = period, True


def _own_period(
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
    sl: Slot,
    candidates: list[TimeMention],
    partner: dict[int, Slot],
    cal: FiscalCalendar,
    anchor: Period | None,
) -> Period | None:
    """The period SL's own time phrases give, else its whole's or its partner's, else the
    sentence's framing phrases. None with SL skipped where its own period is unreadable."""
    f = sl.fig
    period = pick_time(candidates, f, cal, sl, anchor)
    if sl.of is not None and f.unit != "percent":
        period = sl.of.period  # a part has the period of its whole
        sl.kind = sl.of.kind or sl.kind
    if period is None and sl.of is not None:
        period = sl.of.period  # a change is for the period of the figure it is of
        sl.kind = sl.of.kind or sl.kind
    if period is None and sl.kind is Kind.ACTUAL and any(t.mode in _EXPLICIT for t in candidates):
        # "shipments in the April-September half rose to 8.6 million": a period of its
        # own the text names and we cannot read is not another figure's
        sl.skip, sl.note = True, "its own period not read"
        return None
    if period is None:
        period = pick_time(
            [
                t
                for t in _framing(text, times, stated, slots)
                if not (f.unit == "percent" and _is_base(text, t))
                # ("+3.4% (Q1 +3.1% | Q2 +3.7%)": a time in brackets holding other figures
                # labels them, never frames the figure before)
                and not _in_other_brackets(text, t, sl)
                # "£268.9m, +7.4% vs. PY": what a later change is measured against is
                # never the period of a level stated before it
                and not (_is_base(text, t) and t.start > f.end)
                # ("10.62 million in the quarter, against 10.05 million in the same quarter
                # last year, and occupancy hit 111.2%": a base figure's time before it)
                and not (
                    t.end <= f.start
                    and BASE_OF_FIGURE.search(text, max(0, t.start - 80), t.start) is not None
                )
                # ("grew 24.6% to $188.5 million and accounted for 35.6% of revenue, compared
                # with 31.4% in 2024": the time of a base set against a later figure, never
                # the period of one stated before the comparison)
                and not _base_time_after(text, t, f)
                and not other_kind_between(text, f, t, sl.kind)
                # ("margin came in at 14.6 per cent, up from ... in the same quarter last
                # year": a rate's framing is never its base's time; a list of amounts "...,
                # compared with X and Y, respectively, in <period>" is read as a whole)
                and not (
                    f.unit == "percent"
                    and t.start > f.end
                    and _COMPARED_AFTER.search(text, f.end, t.start)
                )
            ],
            f,
            cal,
            sl,
            anchor,
        )
    if period is None and id(sl) in partner:
        period = partner[id(sl)].period
    if period is not None and f.unit == "percent" and not sl.keyed and _a_change(sl):
        period = _not_the_base(slots, sl, period)
    # "fell 41% from a year earlier to $212 million": the level the change reached
    return period


def _base_time_after(text: str, t: TimeMention, f: Figure) -> bool:
    """Is T, after F, the time of a base figure a comparison sets after F ("..., compared
    with 31.4% in 2024")?"""
    if t.start <= f.end:
        return False
    base = BASE_OF_FIGURE.search(text, max(f.end, t.start - 80), t.start)
    return base is not None


_CHANGE_NAME = re.compile(r"\b(?:growth|change|decline|increase|decrease)$")


def _a_change(sl: Slot) -> bool:
    return sl.metric is not None and _CHANGE_NAME.search(sl.metric.name) is not None


def _not_the_base(slots: list[Slot], sl: Slot, period: Period) -> Period:
    """ "EUR 4,201 million vs EUR 4,389 million in Q3 2024, so -4.3% y/y": a change stated
    after a figure and its year-earlier base is the figure's, never the base's period."""
    before = [
        p
        for p in slots
        if p is not sl and not p.skip and p.period is not None and p.fig.end <= sl.fig.start
    ]
    if not any(p.period == period for p in before):
        return period
    later = [p.period for p in before if year_after(p.period, period)]
    return later[-1] if later else period


def _period_from_neighbours(
    text: str,
    times: list[TimeMention],
    slots: list[Slot],
    i: int,
    sl: Slot,
    period: Period | None,
    cal: FiscalCalendar,
    anchor: Period | None,
) -> Period | None:
    """PERIOD, else the period a neighbouring figure fixes: the level a change reached, a
    margin of the amount before, the figure a comparison is set against."""
    f = sl.fig
    if period is None and sl.lead is not None and sl.lead.period is not None:
        return sl.lead.period  # "up 25.8% year over year and 17.9% quarter over quarter"
    reached = any(
        sl.left <= t.start and t.end <= f.start and _is_base(text, t) for t in times
    ) and re.search(r"\bto\s+(?:(?:about|around|roughly|nearly)\s+)?$", text[sl.left : f.start])
    if (
        period is None
        and i
        and slots[i - 1].note == "its own period not read"
        and TO_LEVEL.fullmatch(text, slots[i - 1].fig.end, f.start)
    ):
        # "rose 24% to 8.6 million units" after an unread period: the level's is unread too
        sl.skip, sl.note = True, "its own period not read"
        return None
    if (
        period is None
        and i
        and not slots[i - 1].skip
        and slots[i - 1].period is not None
        and _WITH_RATIO.fullmatch(text, slots[i - 1].fig.end, f.start)
    ):
        # "EBITDA of 4Q25 was R$ 4.1 bn, with a margin of 33.2%": the ratio appended to
        # a level is of that level's period, whatever the sentence before talked about
        owner = _compared_level(text, slots, i - 1)
        period = owner.period
        level = owner.metric
        if (
            sl.metric is not None
            and sl.metric.name == "margin"
            and level is not None
            and level.family == "money"
        ):
            # "EBITDA reached R$ 14 bn, with a margin of 31%": that level's margin
            name = f"{level.name} margin"
            sl.metric = Metric(name, "percent", None, (), name)
    if period is None:
        # "in 2007, when the company sold 9.37 million vehicles": the time just named
        back = [
            t
            for t in times
            if t.end <= f.start
            and _WHEN_BACK.fullmatch(text, t.end, f.start)
            and not any(o is not sl and t.end <= o.fig.start < f.start for o in slots)
        ]
        period = pick_time(back[-1:], f, cal, sl, anchor) if back else None
    if (
        period is None
        and i
        and (
            reached
            or not COMPARED.search(text[sl.left : f.start])
            # "posted 1Q25 revenue of KRW 2.7 trillion and operating profit of KRW 201.5
            # billion": a second measure joined to the first, of the same period
            or _JOINED_MEASURE.fullmatch(text, slots[i - 1].fig.end, f.start)
            # "..., and the net revenue per hectoliter (NR/hl) was of R$ 331.6"
            or _JOINED_WAS.fullmatch(text, slots[i - 1].fig.end, f.start)
        )
    ):
        prior = next(
            (
                p
                for p in reversed(slots[:i])
                if not p.skip
                and p.period is not None
                and (p.kind is sl.kind or sl.kind is None)
                and not p.keyed
                and not COMPARATIVE.search(text, max(0, p.fig.start - 40), p.fig.start)
            ),
            None,
        )  # never a comparative's: "compared with 341 a year ago, and ... rose 17%"
        if prior is not None:  # "climbed 18% to $1.1 billion": the same period
            period = prior.period
    return period


_COMPARED_AFTER = re.compile(
    r"\b(?:up|down|rising|falling)\s+from\b|\bcompared\s+(?:with|to)\b|\bagainst\b|\bversus\b"
    r"|\bvs\.?\s" + r"|" + LEVEL_WITH.pattern,
    # "41.2%, in line with the first quarter", "flat with the second quarter": the same
    # figure as another period's, that period the base
    re.IGNORECASE,
)


def _base_from_heading(
    s: Sentence, sl: Slot, cal: FiscalCalendar, anchor: Period | None, ctx: Context
) -> Period | None:
    """The period a list's heading says its figures are compared with, for an item's base."""
    words = compared_heading(ctx.compared_with) if s.role == "item" and ctx.compared_with else None
    times = find_times(words, ctx.published) if words else []
    if len(times) != 1:
        return None
    return resolve_time(times[0], cal=cal, as_of=ctx.published, kind=Kind.ACTUAL, anchor=anchor)


def _lead_in_period(
    ctx: Context, sl: Slot, cal: FiscalCalendar, anchor: Period | None
) -> Period | None:
    """The one period a list's lead-in line names, for a plan in the list."""
    if not ctx.lead_in:
        return None
    times = [t for t in find_times(ctx.lead_in, ctx.published) if t.mode != "day"]
    if len(times) != 1:
        return None
    return resolve_time(
        times[0], cal=cal, as_of=sl.as_of or ctx.published, kind=sl.kind, anchor=anchor
    )


def _period_from_context(
    s: Sentence,
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
    i: int,
    sl: Slot,
    period: Period | None,
    cal: FiscalCalendar,
    anchor: Period | None,
    keyed: set[int],
    ctx: Context,
) -> Period | None:
    """PERIOD, else the period the context gives: the next figure's ("from X to Y in 2025"),
    a plan's own year or the last plan's, the anchor for a stock, the sentence's framing.
    None with SL skipped where no period can be read."""
    f = sl.fig
    if period is None and (day := _ratio_day(text, times, sl, cal, anchor)) is not None:
        return day  # "compared with 191% at 31 December 2024": the day it was at
    if (
        period is None
        and i + 1 < len(slots)
        and re.fullmatch(r"\s*to\s*", text[f.end : slots[i + 1].fig.start], re.IGNORECASE)
    ):
        # "rose 9% to $15.8 billion in fiscal 2024": the period of the level it rose to
        period = pick_time(_own_times(text, times, stated, slots[i + 1]), f, cal, sl, anchor)
    if period is None and (joined := joined_after(text, slots, i)) is not None:
        # "opened 90 bakeries and closed 23 in 2025": the one time phrase after both
        after = [t for t in _own_times(text, times, stated, joined) if t.start > joined.fig.end]
        period = pick_time(after, f, cal, sl, anchor) if after else None
    if (
        sl.kind is not Kind.ACTUAL
        and period is not None
        and period.end < sl.as_of
        and COMPARED_WITH.search(text[sl.left : f.start])
        and kind_near(text, sl.left, f, sl.right) is None
    ):
        # "plans 1% growth in 2008, compared with a rise of 6% in 2007": what a plan is
        # compared with, for a period already over, is the result (its own words would
        # say "its 2007 target")
        sl.kind = Kind.ACTUAL
    if (
        period is None
        and sl.kind in (Kind.TARGET, Kind.FORECAST)
        and _LONG_TERM.search(text, clause_start(text, f.start), f.start)
    ):
        # "its long-term target of an EBIT margin above 10%": a plan for no year at all
        sl.skip, sl.note = True, "a long-term plan has no period"
        return None
    if period is None and sl.kind in (Kind.TARGET, Kind.FORECAST) and s.role == "item":
        # "For the fourth quarter of 2025, the Company expects:" over the list: its period
        period = _lead_in_period(ctx, sl, cal, anchor)
    if period is None and sl.kind in (Kind.TARGET, Kind.FORECAST):
        if ctx.short_plan is not None and ctx.short_plan[1] == s.paragraph:
            # "For the fourth quarter, it expects deliveries of 150,000 to 160,000. Total
            # revenues are expected to be ...": the quarter the paragraph plans for
            period = ctx.short_plan[0]
        elif ctx.plan_period is not None and not _moved_on(anchor, ctx.plan_period):
            period = ctx.plan_period  # the plan the report was just talking about
        elif ctx.plan_period is not None:
            # "On November 5 we trimmed our outlook for ... Fiscal 2026. Fiscal 2026 is a
            # 53-week year ... We expect revenue of ...": the text moved on to a later year
            period = anchor
        else:
            # a company's target or forecast with no period is for its current fiscal year
            own = ctx.fiscal if ctx.fiscal and sl.entity == ctx.names.main.name else cal
            period = fiscal_year(own, sl.as_of)
            sl.note = sl.note or "period not stated: the current fiscal year assumed"
    elif period is not None and sl.kind in (Kind.TARGET, Kind.FORECAST) and period.months == 12:
        ctx.plan_period = period
        ctx.short_plan = None
    elif period is not None and sl.kind in (Kind.TARGET, Kind.FORECAST) and period.months in (3, 6):
        ctx.short_plan = (period, s.paragraph)
    if period is None and sl.metric is not None and (sl.level or _stock(text, sl)):
        period = moment_of(text, times, sl, None)
    if period is None:
        # times another figure owns ("the EUR 2.11 billion of the first half of last
        # year") say nothing of this one: the period talked about is its period
        named = [
            t
            for t in _framing(text, times, stated, slots)
            if not _is_base(text, t)
            and not _base_time_after(text, t, f)
            and t.start not in keyed
            and not other_kind_between(text, f, t, sl.kind)
        ]
        period = ctx.anchor if not named else None
        sl.framed = period is not None
        base = _base_from_heading(s, sl, cal, anchor, ctx) if a_base(text, f.start) else None
        if base is not None:
            # "- Gross margin expanded ... to 41.2% from 40.5%" under "Highlights (compared
            # with the third quarter of fiscal 2024)": the heading's period
            return base
        if period is not None and wire_versus(text, f.start):
            # "Q2 GROSS PROFIT EUR 231.9 MLN VS EUR 244.6 MLN": a wire's base is the same
            # span a year before the figure it is set against
            against = next(
                (p.period for p in reversed(slots[:i]) if not p.skip and p.period is not None),
                period,
            )
            return span_year_before(against)
        if period is not None and only_compared(text, f.start):
            # "EPS was $0.38, compared with $0.41": what it is compared with is another
            # period's figure (a year earlier, the quarter before) the text does not name,
            # never the period talked about
            sl.skip, sl.note = True, "compared with: its own period unstated"
            return None
        final = [
            t
            for t in times
            if t.start > slots[-1].fig.end
            and not _is_base(text, t)
            and not _in_other_brackets(text, t, sl)
            and t.mode not in ("day", "anaphoric")  # "..., against $102m a year earlier"
            and not COMPARATIVE.search(text, max(0, slots[-1].fig.start - 40), slots[-1].fig.start)
            and re.fullmatch(r"[\s.,;:!?\"”')]*", text[t.end :])
        ]
        final = [
            t
            for t in final
            if not other_kind_between(text, f, t, sl.kind)
            # ("14.6 per cent, up from 13.9 per cent in Q1FY26 and 13.2 per cent in the same
            # quarter last year": the time ending a comparison after the figure is its base's)
            and not _COMPARED_AFTER.search(text, f.end, t.start)
        ]
        listed = sl is not slots[-1] and _IN_LIST.fullmatch(text, sl.fig.end, slots[-1].fig.start)
        if final and listed and period is not None:
            # "came to 58,400 snowmobiles, 61,300 side-by-sides and 33,900 watercraft
            # for the year": the time ending a list of counts is the list's
            period = None
        if period is None and final and sl is not slots[-1]:
            # "A swung to a loss of 48 billion won, while B earned 160 billion won in
            # the second quarter": a time phrase ending the sentence frames it all
            period = pick_time(final, f, cal, sl, anchor)
        if period is None:
            sl.skip, sl.note = True, "no period"
            return None
    return period


# A ratio said "at" a time: "a Solvency II ratio of 198% at 30 September 2025", "71.4% as
# at 30 June", "191% at year-end 2024"
_AT_TIME = re.compile(r"\s+(?:at|as\s+at|as\s+of)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?")
_CHANGE_NAME = re.compile(r"\b(?:growth|change|increase|decrease|decline|rise|fall)\b")


def _time_at(text: str, times: list[TimeMention], sl: Slot) -> TimeMention | None:
    """The time right after SL when SL is a ratio or a rate it dates ("198% at 30 September
    2025", "191% at year-end 2024"): a point-in-time figure of that day (or of the end of
    the period named), never the year's or the quarter's. None for any other figure."""
    if sl.fig.unit != "percent" or sl.metric is None or _CHANGE_NAME.search(sl.metric.name):
        return None
    at = _AT_TIME.match(text, sl.fig.end)
    after = sl.fig.end + len(text[sl.fig.end :]) - len(text[sl.fig.end :].lstrip(" "))
    for t in times:
        if at is not None and t.start == at.end():
            return t
        if t.start == after and _AT_WORD.match(t.text) and t.mode in ("day", "quarter"):
            return t  # "stood at 89.7% at the end of the quarter", "77.8% on September 30"
        if (
            t.mode == "day"
            and _DATED_SUBJECT.fullmatch(text, t.end, sl.fig.start)
            and re.search(r"\bat\s+$", text[max(0, t.start - 6) : t.start])
        ):
            return t  # "Utilisation at 30 September 2025 stood at 96.9%"
    return None


# a time phrase that opens with its "at" or "on": "at the end of the quarter", "on June 30"
_AT_WORD = re.compile(r"(?:at|on|as\s+(?:at|of))\s", re.IGNORECASE)
# between a subject's day and its rate: "Utilisation at 30 September 2025 | stood at | 96.9%"
_DATED_SUBJECT = re.compile(
    r"\s+(?:stood\s+at|was|were|came\s+to|reached)\s+(?:(?:about|around|some)\s+)?", re.I
)


# "118% at year end", "77.8% at the end of the year": a ratio on the last day of the year
# talked about, which no time phrase names
_AT_YEAR_END = re.compile(
    r"\s+(?:at|as\s+at|as\s+of)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+)?year[\s-]end\b"
    r"|\s+at\s+the\s+end\s+of\s+the\s+(?:(?:fiscal|financial)\s+)?year\b",
    re.IGNORECASE,
)


def _at_year_end(text: str, sl: Slot) -> bool:
    if sl.fig.unit != "percent" or sl.metric is None or _CHANGE_NAME.search(sl.metric.name):
        return False
    return _AT_YEAR_END.match(text, sl.fig.end) is not None


def _ratio_on_day(text: str, times: list[TimeMention], sl: Slot) -> bool:
    return _time_at(text, times, sl) is not None or _at_year_end(text, sl)


def _ratio_day(
    text: str, times: list[TimeMention], sl: Slot, cal: FiscalCalendar, anchor: Period | None
) -> Period | None:
    """The day a ratio is stated at (see `_time_at`), or None."""
    t = _time_at(text, times, sl)
    if t is None and _at_year_end(text, sl) and anchor is not None:
        end = fiscal_year(cal, anchor.end).end
        return Period(end, end)
    if t is None:
        return None
    if t.mode == "day" and t.day is not None:
        return Period(t.day, t.day)
    named = resolve_time(t, cal=cal, as_of=sl.as_of, kind=sl.kind, anchor=anchor)
    return Period(named.end, named.end) if isinstance(named, Period) else None


def _settle_period(
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
    i: int,
    sl: Slot,
    period: Period,
    cal: FiscalCalendar,
    anchor: Period | None,
    ctx: Context,
) -> None:
    """The period read, made exact and set on SL: a part named by a label line, a price per
    unit, a stock's day, a year to date, a keyed year; a result for a period not yet begun
    (or a range for one still running) is a forecast."""
    f = sl.fig
    part_line = _LABELLED_PART.match(text)
    if (
        part_line is not None
        and sl.metric is not None
        and not sl.part
        and sl.region is None
        and part_line["name"].lower() not in sl.metric.name.lower()
        and not ctx.names.mentions(part_line["name"])
    ):
        # "- Upland North (UPN): volume of 6.4 mhl": a segment's line, its figures the
        # segment's (a label with its initials in brackets names a part, not a topic)
        name = f"{part_line['name']} {sl.metric.name}"
        sl.metric, sl.part = Metric(name, sl.metric.family, None, (), name), True
    per = price_per(text, sl, slots[:i])
    if per is not None:
        # "the net revenue per hectoliter (NR/hl) was R$ 331.6": a price a unit, never
        # the revenue; "... per hectoliter rose 4.1%": that price's growth
        growth = sl.metric.family == "percent"
        base = sl.metric.name.removesuffix(" growth")
        name = f"{base} per {per}" + (" growth" if growth else "")
        sl.metric = Metric(name, sl.metric.family, None, (), name)
    # "a goal of 70,000 clients by May 31, 2028": the plan counts on that day, the clients
    # it means to have (never "clients sold")
    planned = planned_level(text, times, sl)
    at_a_day, bracket_day = counted_at_a_day(text, times, sl)
    if planned and sl.metric is not None and sl.metric.name.endswith(" sold"):
        sl.metric = Metric(planned, "units", None, (), planned)
    if (
        sl.metric is not None
        and (
            sl.level
            or _stock(text, sl)
            or _ratio_on_day(text, times, sl)
            or planned is not None
            # "412,000 units under maintenance contract at end of Q2": what stood that day
            or at_a_day
            # "Clients at August 31, 2025: 61,240": a label saying what stood at its day
            or (sl.keyed_day is not None and _LABELLED_AT_DAY.search(text, 0, f.start) is not None)
        )
        and not _AVERAGED.search(text, max(0, f.start - 30), min(len(text), f.end + 40))
        and not _named_an_average(text, f)
        and not _over_the_span(text, slots[:i], f)
    ):
        if period is not None and any(
            _SINCE_BARE.search(text, 0, t.start)
            and resolve_time(t, cal=cal, as_of=sl.as_of, kind=Kind.ACTUAL, anchor=None) == period
            for t in times
        ):
            period = anchor  # "the leanest since fiscal 2021": no day of this level
        period = (
            _ratio_day(text, times, sl, cal, anchor)
            or _end_named_after(text, times, sl, cal, anchor)
            or moment_of(text, times, sl, period)
        )
        before = next((p for p in reversed(slots[:i]) if not p.skip and p.period), None)
        if (
            before is not None
            and before.period.days == 1
            and COMPARATIVE.search(text, max(0, f.start - 40), f.start)
            and (
                _YEAR_EARLIER.match(text, f.end)
                or _ended_the_year_then_base(text, times, before, f)
            )
        ):
            # "a backlog of 32.5 billion at 31 December 2025, against 38.4 billion a
            # year earlier": the same day a year before
            day = same_day_year_before(before.period.end)
            period = Period(day, day)
        if sl.keyed_day is not None:
            period = Period(sl.keyed_day, sl.keyed_day)  # the day its label names
        elif bracket_day is not None:
            period = Period(bracket_day, bracket_day)  # "2,385 (May 31, 2025)"
    elif sl.keyed_day is not None:
        sl.skip, sl.note = True, "a day labels a figure of a period"
        return
    # a result for the year under way: "so far this fiscal year" anywhere in the sentence
    running = sl.kind in (None, Kind.ACTUAL) and period.months == 12 and period.end > sl.as_of
    if (
        (
            _YEAR_TO_DATE.search(text, clause_start(text, f.start), max(sl.right, f.end))
            or (running and _SO_FAR.search(text))
        )
        and not any(t.mode == "to-date" for t in _own_times(text, times, stated, sl))
        and ((begin := fiscal_year(cal, period.end).start) < period.start or running)
    ):
        # "Year-to-date sales reached 402,100" in a report about October: from the
        # start of that year to the end of the period talked about; "so far this fiscal
        # year", the year under way: to the end of its last quarter over
        end = period.end
        if end > sl.as_of:
            end = shift(quarter_of(cal, sl.as_of), -3, cal).end
        period = Period(begin, end) if begin < end else period
    if sl.keyed_year is not None:
        period = keyed_year_period(sl.keyed_year, slots[:i], cal) or period
    if not _own_times(text, times, stated, sl) and not any(t.start >= f.end for t in times):
        # "..., up from 54.1 million" with no time after it ("..., respectively, in the
        # thirteen weeks ended August 3, 2024" names the bases' period)
        period = base_period(text, slots, i, sl, period)
    sl.period = period
    _year_of_framed_figure(text, slots, i, sl, cal)
    if sl.kind is Kind.ACTUAL and period.start > sl.as_of:
        sl.kind = Kind.FORECAST  # a period that had not begun cannot have a result yet
    elif sl.kind is Kind.ACTUAL and f.high is not None and period.end > sl.as_of:
        # "Outlook for 2025/26: ...; boats delivered 4,500-4,700": a range for a period
        # still running is what the company expects, never a result
        sl.kind = Kind.FORECAST


def _year_of_framed_figure(
    text: str, slots: list[Slot], i: int, sl: Slot, cal: FiscalCalendar
) -> None:
    """ "Operating EBITDA was $3.71 billion, compared with $3.95 billion in 2024": a figure
    that took the quarter talked about before, compared with the year before's, is the
    year's (a full-year release reads its year's figures after a line on the quarter)."""
    if sl.period is None or sl.period.months != 12 or not i:
        return
    if not COMPARATIVE.search(text, max(0, sl.fig.start - 40), sl.fig.start):
        return
    prior = next((p for p in reversed(slots[:i]) if not p.skip and p.period is not None), None)
    if (
        prior is None
        or not prior.framed
        or prior.period.months != 3
        or prior.fig.unit != sl.fig.unit
    ):
        return
    year = fiscal_year(cal, prior.period.end)
    if year_after(year, sl.period):
        prior.period = year


# A part of a whole, named by its subject: "the Model K3, accounted for 276,500 of the
# quarter's deliveries", "Cloud Infrastructure contributed $1.58 billion".
_LONG_TERM = re.compile(r"\b(?:long|longer|medium|mid)[\s-]+(?:term|range)\b", re.IGNORECASE)


_SINCE_BARE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


# "has sold", "have now shipped": a running total to the day the sentence names
_PERFECT_SOLD = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:sold|shipped|delivered)\b", re.IGNORECASE
)
_CUMULATIVE_WORD = re.compile(r"\bcumulative(?:ly)?\b", re.IGNORECASE)


_YEAR_EARLIER = re.compile(
    # (the noun of what it counts may come first: "compared with 2,870 units a year earlier")
    r"(?:\s+(?!(?:a|one|twelve)\b)[a-z][\w-]*)?"
    r"\s+(?:(?:a|one)\s+year|twelve\s+months|12\s+months)\s+(?:earlier|before|ago)\b",
    re.IGNORECASE,
)


def _stock(text: str, sl: Slot) -> bool:
    """SL names a stock, held on a day ("order backlog", "towers owned", "meters
    installed"), but never a count the clause's own verb installed over a span ("we
    installed 27,120 systems")."""
    if sl.metric is None or STOCK.search(sl.metric.name) is None:
        return False
    before = text[: sl.fig.start]
    return not (
        sl.metric.name.endswith(" installed") and (installed(before) or installed_earlier(before))
    )


# "finished the year with 121 showrooms, up from 116": a level at a year's end
_YEAR_END_WITH = re.compile(
    r"\b(?:ended|finished|closed|exited)\s+(?:the|its|our|their)\s+(?:(?:fiscal|financial)\s+)?"
    r"year\s+with\s+(?:(?:about|around|some|nearly)\s+)?$",
    re.IGNORECASE,
)


def _ended_the_year_then_base(text: str, times: list[TimeMention], before: Slot, f: Figure) -> bool:
    """F is the timeless base of a level the clause counts at a year's end ("we finished
    the year with 121 showrooms, up from 116"): the level at the end of the year before,
    as the year itself is compared with the year before."""
    lead = _YEAR_END_WITH.search(text, clause_start(text, before.fig.start), before.fig.start)
    return lead is not None and not any(t.start >= before.fig.end for t in times)


# a level's own period end said right after it (past a word of what it counts): "EUR 2.06
# billion at the end of 2024", "$8.8B AT END-2024", "2,870 at the end of last year"
_AT_END_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*)?\s+(?:at|as\s+(?:of|at))\s+(?:the\s+)?end(?:\s+of\s+|-)",
    re.IGNORECASE,
)


def _end_named_after(
    text: str, times: list[TimeMention], sl: Slot, cal: FiscalCalendar, anchor: Period | None
) -> Period | None:
    """The last day of the period a level names right after its figure, as its own ("...,
    against EUR 2.06 billion at the end of 2024"), never the day of a figure it is compared
    with elsewhere in the sentence; None when no such period follows it."""
    cue = _AT_END_AFTER.match(text, sl.fig.end)
    if cue is None or any(t.mode == "day" and 0 <= t.start - cue.end() <= 40 for t in times):
        return None  # ("at the end of the previous fiscal year on April 30, 2024": the day)
    for t in times:
        # (the phrase may hold the cue's last words: "END-2024", "at the end of June")
        if t.mode == "day" or not sl.fig.end <= t.start <= cue.end() <= t.end:
            continue
        named = resolve_time(t, cal=cal, as_of=sl.as_of, kind=sl.kind, anchor=anchor)
        if isinstance(named, Period) and (sl.as_of is None or named.end <= sl.as_of):
            return Period(named.end, named.end)
    return None


def _moved_on(anchor: Period | None, plan: Period) -> bool:
    """The text talks about a whole year after the one the last plan was for."""
    return anchor is not None and anchor.months == 12 and anchor.start > plan.end
