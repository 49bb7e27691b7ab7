"""The base of a comparison stated with no time of its own: "carried 58.4 million passengers
in FY25, up from 54.1 million". The base is the same measure for the period before: a
year's the year before; the period just before when the sentence compares sequentially;
a half's, nine months' or quarter's the same span a year before (results are set against
the year-ago span unless the text says "sequentially" or names the quarter before). Read
as the figure's own period, the two would collide (and the base would answer for the
year)."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.facts.model import Kind, Period
from bot.facts.periods.arithmetic import is_whole_months, shift
from bot.ingest.clauses.context import Slot
from bot.ingest.comparatives import year_before

# the words right before a base: "up from", "down 3% from", "down 6.6% from", "an
# increase of 6.9 percent from", "compared with", "versus"
_BASE_BEFORE = re.compile(
    r"(?:\b(?:up|down|rising|falling|increasing|decreasing|rose|fell|grew|climbed|dropped"
    r"|declined|increased|decreased|(?:an?\s+)?(?:increase|decrease|rise|decline|drop|gain))"
    r"\b(?:[^,;:.()]|(?<=\d)\.(?=\d)){0,30}?\bfrom"
    r"|\bcompared\s+(?:with|to)"
    r"|\bversus|\bvs\.?|\bagainst)\s+(?:the\s+)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|approximately)\s+)?$",
    re.IGNORECASE,
)
# "rose to EUR 412.9 million from", "rose 7% to R25.3 billion, from": the level said between
# the verb and its base (read so for a year's, a half's or nine months' base; a quarter's is
# read as it always was)
_LEVEL_THEN_BASE = re.compile(
    r"\b(?:rose|fell|grew|climbed|dropped|declined|increased|decreased)"
    r"(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct))?\s+to\s+"
    r"(?:[^,;:.()]|(?<=\d)\.(?=\d)){1,30}?(?:,\s*)?\bfrom\s+(?:the\s+)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|approximately)\s+)?$",
    re.IGNORECASE,
)
# a comparison with the period just before, not the year before
_SEQUENTIAL = re.compile(
    r"\b(?:sequential(?:ly)?|quarter[\s-]on[\s-]quarter|q/q|qoq|month[\s-]on[\s-]month"
    r"|(?:previous|prior|preceding|last|the\s+second|the\s+first|the\s+third)\s+(?:quarter|month"
    r"|half))\b",
    re.IGNORECASE,
)

# a comparison with the same span a year before
_YEAR_ON_YEAR = re.compile(
    r"\b(?:year[\s-](?:on|over)[\s-]year|yoy|y/y|(?:a|one)\s+year\s+(?:ago|earlier|before)"
    r"|(?:last|previous|prior)\s+year['’]s)\b",
    re.IGNORECASE,
)


# a level as it stands now, after a change to it ("now stands at", "is now")
_NOW_AT = re.compile(r"\b(?:now\s+(?:stands?|stood|is|totals?|comes?)|is\s+now)\b", re.I)
# a base named as the figure's own earlier statement, not an earlier period: "from the
# £1,342.5 million in the final determination", "from 412 previously", "as first reported"
_EARLIER_STATEMENT = re.compile(
    r"\s*,?\s*(?:(?:in|under|of)\s+(?:the|its|our|their)\s+(?:final\s+|original\s+|initial"
    r"\s+|earlier\s+|previous\s+|draft\s+)?(?:determination|plan|budget|guidance|forecast"
    r"|outlook|estimate|settlement)\b|previously\b|originally\b|as\s+(?:first|originally)"
    r"\s+(?:reported|stated|published)|before\s+(?:the\s+)?(?:adjustment|restatement"
    r"|revision))",
    re.IGNORECASE,
)


def base_period(
    text: str, slots: list[Slot], i: int, sl: Slot, period: Period | None
) -> Period | None:
    """PERIOD, or the period before the one of the figure before SL when SL is its timeless
    base: the same measure, and PERIOD that figure's or none read (a result over a span,
    never a plan: a plan moved "from" a figure is a revision of the same period)."""
    if sl.kind not in (None, Kind.ACTUAL) or sl.metric is None:
        return period
    level_first = False
    if not _BASE_BEFORE.search(text, max(0, sl.fig.start - 60), sl.fig.start):
        if not _LEVEL_THEN_BASE.search(text, max(0, sl.fig.start - 60), sl.fig.start):
            return period
        level_first = True
    before = _compared_level(slots, i, sl)
    if before is not None and before.metric is not None and _named_alike(text, before, sl):
        # "total salt sold was 4.41 million tonnes, compared with 3.95 million tonnes": the
        # base counts what its figure counts, whatever its bare noun would name it
        sl.metric = before.metric
    if (
        before is None
        or before.period.days <= 1
        or (period is not None and before.period != period)
        or before.metric is None
        or before.metric.name != sl.metric.name
        or before.fig.unit != sl.fig.unit
        or before.kind not in (None, Kind.ACTUAL)
    ):
        return period
    if _NOW_AT.search(text, 0, before.fig.start) or _EARLIER_STATEMENT.match(text, sl.fig.end):
        # "now stands at £1,329.8 million, down from the £1,342.5 million in the final
        # determination": the same figure as first stated, never the year before's
        sl.skip, sl.note = True, "an earlier statement of the same figure"
        return period
    span = before.period
    if level_first and span.months not in (3, 6, 9, 12):
        return period  # a month's: "Revenue for May rose to $231 million from $205 million"
    if _compares_sequentially(text, before):
        # (the span just before: a quarter's the quarter before, of whole months only)
        sequential = span.months in (1, 3, 6) and is_whole_months(span)
        return shift(span, -span.months) if sequential else period
    # (a half's, nine months' or quarter's base is the same span a year before: "Revenue
    # for the quarter was $2.96 billion, up from $2.74 billion" sets the quarter against
    # the year-ago one, as reports do unless they say "sequentially")
    if span.months in (3, 6, 9, 12) or _YEAR_ON_YEAR.search(text):
        return span_year_before(span)
    # a month's or a week's base may be the span before or the year-ago one, and the text
    # never says which: no period for it (read as the span itself it would clash with the
    # figure it is the base of, and could be answered for it)
    if period is not None:
        sl.skip, sl.note = True, "a base whose period the text never says"
    return period


def _compared_level(slots: list[Slot], i: int, sl: Slot) -> Slot | None:
    """The figure before SL that it may be the base of, passing over a rate of change said
    between the two ("$14.3 million, down 6.6% from $15.4 million": the base is the
    amount's, the rate only says by how much it moved)."""
    for p in reversed(slots[:i]):
        if p.skip or p.period is None:
            continue
        if p.fig.unit == "percent" and sl.fig.unit != "percent":
            continue
        return p
    return None


# the noun right after a figure (past its scale word): "4.41 million tonnes" -> "tonnes"
_NOUN_AFTER = re.compile(
    r"\s*(?:(?:million|billion|thousand|mln|bn|mn|m|k)\b\s*)?(?P<noun>[A-Za-z][\w-]*)", re.I
)


def _named_alike(text: str, before: Slot, sl: Slot) -> bool:
    """Do BEFORE and its base SL count the same thing by the same noun after each ("4.41
    million tonnes, compared with 3.95 million tonnes") while named apart?"""
    if before.metric is None or sl.metric is None or before.metric.name == sl.metric.name:
        return False
    if before.fig.unit != sl.fig.unit or before.metric.family != sl.metric.family:
        return False
    a, b = _NOUN_AFTER.match(text, before.fig.end), _NOUN_AFTER.match(text, sl.fig.end)
    if a is None or b is None or a["noun"].casefold() != b["noun"].casefold():
        return False
    # (a noun that is no measure's: "up from 3.9 million in 2024")
    return a["noun"].casefold() not in {"in", "a", "the", "and", "for", "at", "on", "of"}


# a period named as the figure's own ("For the first half, ...", "in the second quarter"),
# never the period before it that a base is of
_OWN_PERIOD_BEFORE = re.compile(r"\b(?:for|in|during|over|of)\s+$", re.IGNORECASE)


def _compares_sequentially(text: str, before: Slot) -> bool:
    """Does the sentence compare BEFORE with the span just before its own ("up 3%
    sequentially", "compared with the first quarter")? The figure's own period said
    before it ("For the first half, ... was X, compared with Y") is no such span."""
    for m in _SEQUENTIAL.finditer(text):
        own = m.start() < before.fig.start and _OWN_PERIOD_BEFORE.search(text, 0, m.start())
        if not (own and m.group().lower().startswith("the ")):
            return True
    return False


def span_year_before(span: Period) -> Period:
    """The same span a year before: a span of whole weeks ("the 26 weeks to December 27")
    52 weeks before, a span of months the same months."""
    if span.days % 7 == 0 and not is_whole_months(span):
        return Period(span.start - timedelta(weeks=52), span.end - timedelta(weeks=52))
    return year_before(span)
