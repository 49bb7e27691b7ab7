"""A part named right before its amount, its verb and measure left out because the clause
before says them: "Orlin Audio Stores generated $650.4 million of revenue in the year and
Wholesale $561.6 million". The second amount is Wholesale's revenue; read as the bare measure
it clashed with the whole company's revenue, and the store answered for the whole with it."""

from __future__ import annotations

import itertools
import re

from bot.facts import reporting
from bot.ingest.breaks import subject_clause_start
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.metric_names import Metric

# "..., and Wholesale $561.6 million", "and Contract Services EUR 212 million", "and the
# Lowlands $31.7 million" (a place named with its article): a capitalised name, then the
# amount (a currency's sign or code may open it)
_ELIDED = re.compile(
    r"(?:,\s*|\s)(?:and|while|with)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})\s+"
    r"(?:(?:[A-Z]{1,3})?\$\s?|[€£¥]\s?|[A-Z]{3}\s)?$"
)


# a count listed after the part before it, its verb and things said once for the list:
# "Europe booked 9,350 trucks, North America 4,120 and South America 2,550"
_LISTED = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})\s+$"
)


def elided_parts(text: str, slots: list[Slot], ctx: Context) -> None:
    """Name each amount of SLOTS whose part is named right before it, after an amount of the
    same measure, by that part: "Wholesale revenue"."""
    for before, sl in itertools.pairwise(slots):
        _listed_count(text, before, sl, ctx)
        if sl.skip or sl.metric is None or before.metric is None or sl.fig.unit == "percent":
            continue
        if sl.fig.unit != before.fig.unit or sl.metric.family != before.metric.family:
            continue
        m = _ELIDED.search(text, before.fig.end, sl.fig.start)
        if m is None:
            continue
        name = m["name"]
        family = reporting.family_of(name)
        if ctx.names.mentions(name) or (family is not None and family.measure == sl.metric.family):
            # another company, or the company itself; "and EBITDA $412 million": a measure
            # of the amount's kind, no part
            continue
        # the measure is the one the clause before told ("Kita Works produced 4,212 thousand
        # tonnes of crude steel and Minato Works 2,914 thousand tonnes": crude produced)
        measure = _without_part(before.metric.name) or _without_part(sl.metric.name)
        named = f"{name} {measure}"
        if named == sl.metric.name:
            continue
        sl.metric, sl.part = Metric(named, sl.metric.family, None, (), named), True


def _without_part(name: str) -> str:
    """A metric's name without the part named at its start: "Kita Works crude produced" ->
    "crude produced", "revenue" -> "revenue"."""
    words = name.split()
    while words and words[0][:1].isupper() and reporting.family_of(words[0]) is None:
        words = words[1:]
    return " ".join(words)


def _listed_count(text: str, before: Slot, sl: Slot, ctx: Context) -> None:
    """A bare count after a place the list names next ("..., North America 4,120"), left
    unread for want of a verb or a noun of its own: the count the part before it told, of
    that place ("North America trucks sold")."""
    if not (sl.skip and not sl.note and sl.metric is None) or before.skip or before.metric is None:
        return
    if sl.fig.unit != "units" or before.fig.unit != "units" or before.metric.family != "units":
        return
    m = _LISTED.search(text, before.fig.end, sl.fig.start)
    if m is None or not reporting.regions_in(m["name"]) or ctx.names.mentions(m["name"]):
        return
    # (the list's first count is a place's own: "Europe booked 9,350 trucks", never a whole
    # a place took part of, "Europe accounted for 40 of the 52 new stores, Asia 12")
    opening = text[subject_clause_start(text, before.fig.start) : before.fig.start]
    places = reporting.regions_in(opening)
    if not places or re.search(r"\d", opening[places[-1].end :]):
        return
    measure = _without_part(before.metric.name)
    named = f"{m['name']} {measure}"
    sl.metric, sl.part, sl.skip = Metric(named, "units", None, (), named), True, False
    # (what the part before was, this one is: a plan, or a level on the same day)
    sl.kind, sl.level = before.kind, before.level
