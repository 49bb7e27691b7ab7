"""Comparisons and changes: "up 5% to X", "rose by X to Y": which figure is the change and
which the level it reached."""

from __future__ import annotations

import itertools
import re

from bot.facts.model import Kind
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.stretches import without_relative
from bot.ingest.metric_names import Metric

TO_LEVEL = re.compile(r"\s*to\s+(?:(?:about|around|nearly|some|roughly|almost)\s+)?", re.I)
_FELL = re.compile(r"\b(?:fell|declined|dropped|slipped|decreased)\b", re.IGNORECASE)


def grew_to(text: str, change: Slot, level: Metric) -> None:
    """ "International grew 7.4% to $201 million": the change is the named part's growth,
    stated as a result (a fall is negative), never the whole's growth read from before."""
    name = f"{level.name} growth"
    change.metric, change.skip, change.part = Metric(name, "percent", None, (), name), False, True
    change.share = level.name
    change.kind = Kind.ACTUAL
    falling = _FELL.search(text, change.subject, change.fig.start) is not None
    change.value = -change.fig.value if falling else change.fig.value


def level_after_change(text: str, sl: Slot, previous: list[Slot], ctx: Context) -> Metric | None:
    """The thing that grew, for the level it grew to: "e-bike sales rose 22% to 64,000"."""
    before = previous[-1] if previous else None
    if (
        before is None
        or before.fig.unit != "percent"
        or before.skip
        or before.metric is None
        or not before.metric.name.endswith(("growth", "change"))
        or not TO_LEVEL.fullmatch(text, before.fig.end, sl.fig.start)
    ):
        return None
    subject = without_relative(text)  # "Sales of e-bikes, which make up 60% of volume, rose"
    grown = ctx.metrics.near(
        subject, sl.fig, clause_start(subject, before.fig.start), before.fig.start
    )
    counted = _COUNT_DONE_GROWTH.fullmatch(before.metric.name)
    if grown is None and counted is not None and sl.fig.unit == "units":
        # "Passengers carried rose 5.5% to 4.62 million": the count its verb names
        return Metric(counted["count"], "units", None, (), counted["count"])
    if grown is None or grown.family != ("units" if sl.fig.unit == "units" else "money"):
        return None
    # named as the change was ("e-bike sales growth"): the reader's own name may be a
    # generic "units sold" that another figure of the sentence holds
    name = re.sub(r"\s+(?:growth|change)$", "", before.metric.name)
    return Metric(name, grown.family, grown.product, grown.brands, name)


_COUNT_DONE_GROWTH = re.compile(
    r"(?P<count>[a-z]+s\s+(?:carried|handled|transported|flown|served))\s+(?:growth|change)"
)


# "increased $17.3 million, or 2.5%, to $701.3 million": the change, its rate, the level
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?P<verb>increased|decreased|rose|fell|grew|declined|dropped|climbed|gained|slipped"
    r"|was\s+up|was\s+down|were\s+up|were\s+down)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_OR_RATE = re.compile(r"\s*,?\s*or\s+(?:about\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\bto\s+(?:about\s+|nearly\s+|a\s+record\s+)?$", re.IGNORECASE)


def change_amounts(text: str, slots: list[Slot]) -> None:
    """ "Net sales increased $17.3 million, or 2.5%, to $701.3 million": the first amount is
    how much the level changed (no figure of the level), the rate is the level's growth."""
    for i, sl in enumerate(slots):
        verb = _CHANGE_VERB_BEFORE.search(text, max(0, sl.fig.start - 30), sl.fig.start)
        if verb is None or sl.fig.unit == "percent":
            continue
        level = next(
            (
                b
                for b in slots[i + 1 :]
                if b.fig.unit == sl.fig.unit
                and _TO_AFTER.search(text, max(0, b.fig.start - 20), b.fig.start)
            ),
            None,
        )
        if level is None or level.skip or level.metric is None or level.period is None:
            continue
        sl.skip, sl.note = True, "how much a figure changed, not its level"
        rate = next(
            (
                r
                for r in slots[i + 1 : slots.index(level)]
                if r.fig.unit == "percent" and _OR_RATE.fullmatch(text, sl.fig.end, r.fig.start)
            ),
            None,
        )
        if rate is None:
            continue
        name = f"{level.metric.name} growth"
        rate.metric = Metric(name, "percent", None, (), name)
        rate.period, rate.kind, rate.as_of = level.period, level.kind, level.as_of
        rate.entity, rate.skip = level.entity, False
        falling = re.search(r"decreas|fell|declin|dropp|slipp|down", verb["verb"], re.I)
        rate.value = -abs(rate.fig.value) if falling else rate.fig.value


# "rose 5.9% in the fourth quarter to $27.5 billion": the time phrase between a change and
# the level it reached is the change's, and so the level's
_REACHED_IN = re.compile(
    r"\s*(?:in|for|during|over|across)\s+[^,;.()$€£¥]{1,40}?\s+to\s+"
    r"(?:(?:about|around|nearly|some|roughly|almost|a\s+record)\s+)?$",
    re.IGNORECASE,
)


def levels_reached(text: str, slots: list[Slot]) -> None:
    """Each level a change reached in the change's own period, never the period named after
    it ("... to $27.5 billion and 5.5% in the full year to $105.3 billion")."""
    for before, sl in itertools.pairwise(slots):
        if (
            not before.skip
            and not sl.skip
            and before.period is not None
            and sl.period is not None
            and before.fig.unit == "percent"
            and sl.fig.unit != "percent"
            and _REACHED_IN.fullmatch(text, before.fig.end, sl.fig.start)
        ):
            sl.period = before.period
