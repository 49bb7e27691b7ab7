"""Figures read as a list: "X and Y respectively", and figures over a bar."""

from __future__ import annotations

import re

from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.owners import company_named
from bot.ingest.metric_names import Metric, named_part
from bot.ingest.thresholds import bar_of, compact, counted_over
from bot.ingest.timing import TimeMention

# "A were $566 million and B $135 million, compared with $559 million and $125 million,
# respectively, in the quarter a year before": the second list is the first's, for another
# period
_COMPARED_LIST = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_BY_PART = re.compile(r"^\W*by\s+(?P<noun>[a-z]+)\s*,", re.IGNORECASE)


def read_respectively(text: str, slots: list[Slot], times: list[TimeMention], ctx: Context) -> None:
    """Pair the figures of a "compared with X and Y, respectively" list with the figures
    stated before it, in order: each takes its partner's metric and the period the
    comparison names; the figures before it keep the period talked about (they state no
    period of their own), and one named by the company itself in a list of its parts is
    the part of that name ("By banner, Wrenfield net sales were ...")."""
    said = _RESPECTIVELY.search(text)
    compared = _COMPARED_LIST.search(text)
    if said is None or compared is None or compared.start() > said.start():
        return
    firsts = [sl for sl in slots if sl.fig.end <= compared.start() and not sl.skip]
    seconds = [sl for sl in slots if compared.end() <= sl.fig.start < said.start()]
    if len(firsts) < 2 or len(firsts) != len(seconds):
        return
    if any(
        a.fig.unit != b.fig.unit or a.metric is None for a, b in zip(firsts, seconds, strict=True)
    ):
        return
    own = [t for t in times if t.end <= compared.start() and t.mode != "day"]
    if not own and ctx.anchor is None:
        for sl in (*firsts, *seconds):
            sl.skip, sl.note = True, "a listed figure with no period"
        return
    base = next((b.period for b in seconds if b.period is not None), None)
    by = _BY_PART.match(text)
    for a, b in zip(firsts, seconds, strict=True):
        parts = [o for o in firsts if o.metric and o.metric.name != a.metric.name]
        if by is not None and any(o.metric.name.endswith(a.metric.name) for o in parts):
            # "By banner, Wrenfield net sales were ...": the company's name as one part
            name = company_named(text[a.subject : a.fig.start], ctx)
            if name is None:
                a.skip = b.skip = True
                a.note = b.note = "a part named like the company"
                continue
            a.metric = named_part(a.metric, f"{name} {by['noun'].lower()}")
            a.part = True
        if not own:
            a.period = ctx.anchor
        b.metric, b.part, b.skip = a.metric, a.part, False
        b.kind, b.entity = a.kind, a.entity
        b.period = base if base is not None else b.period
        if b.period is None or a.period is None or b.period == a.period:
            a.skip = b.skip = True
            a.note = b.note = "a listed figure with no period of its own"


def over_bars(text: str, slots: list[Slot]) -> None:
    """Counts of customers over a bar ("1,140 customers with ARR of $100,000 or more, up
    from 962 a year ago"): each count of that noun in the sentence is named by the bar."""
    bars = [b for sl in slots if (b := bar_of(text, sl.fig)) is not None]
    if not bars:
        return
    named = {}
    for sl in slots:
        if not sl.skip and sl.metric is not None and sl.fig.unit == "units":
            name = counted_over(text, sl.fig, bars)
            if name is not None:
                named[sl.metric.name] = name
    for sl in slots:
        if sl.skip or sl.metric is None or sl.metric.name not in named:
            continue
        name = named[sl.metric.name]
        bar = name.rsplit(" ", 1)[-1]
        short = compact(bar)
        noun = name.split()[0]
        phrase = f"{noun} over {short}" if short else name
        sl.metric = Metric(name, "units", None, (), phrase)
