"""Revision pairs across a sentence: which figure replaced which ("to X from Y", stated or
labelled), and the day each replaced figure was stated."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.facts.model import Kind
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.revisions import (
    CHANGE_OBJECT,
    EARLIER,
    PREVIOUSLY,
    day_named_after,
    earlier_date,
    labelled_revisions,
    month_named,
    replaced_before,
    stated_revisions,
)
from bot.ingest.metric_names import with_measure
from bot.ingest.timing import TimeMention

_GROWTH_LEVEL = re.compile(r"\bgrowth\s+(?:of|at|to)\s+(?:(?:about|around)\s+)?$", re.I)
# a period of its own right after a figure: "$2.88 in fiscal 2025", "2.1 million in 2024"
_OWN_PERIOD = re.compile(
    r"^\s*(?:in|for|during)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|financial\s+year\s+|FY\s?)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def pair_revisions(
    text: str, slots: list[Slot], pairs: list[tuple[Slot, Slot, Kind]]
) -> tuple[list[tuple[Slot, Slot, Kind]], list[tuple[Slot, Slot, Kind]]]:
    """All revision pairs (new figure, the one it replaced, kind): "to X from Y" ones, stated
    and labelled ones; a figure with its own period is never the earlier statement. The
    pair shares a metric and kind; a growth moved "by" so much is no level."""
    # -- revisions: "raised A to X from Y and B to Z from W" holds two
    paired = {id(x) for p in pairs for x in p[:2]}
    pairs += stated_revisions(text, slots, paired)
    paired = {id(x) for p in pairs for x in p[:2]}
    labelled = labelled_revisions(text, slots, paired)
    pairs += labelled
    # "expects $3.10 to $3.25, compared with $2.88 in fiscal 2025": a figure with a period
    # of its own is another period's, never the earlier statement of the same one
    pairs = [
        (new, old, kind)
        for new, old, kind in pairs
        if not _OWN_PERIOD.search(text[old.fig.end : max(old.right, old.fig.end)])
    ]
    for _, old, _ in pairs:
        # "up from around £555m in April and around £540m when the year began": a still
        # earlier statement of the same figure, on a day the text does not give
        for sl in slots:
            if (
                sl.fig.start > old.fig.end
                and sl.fig.unit == old.fig.unit
                and not any(sl is x for p in pairs for x in p[:2])
                and _AND_EARLIER.fullmatch(text, old.fig.end, sl.fig.start)
            ):
                sl.skip, sl.note = True, "an earlier statement, restated"
    for new, old, kind in pairs:
        if old.metric is None and new.metric is not None and not old.note:
            old.metric, old.skip = new.metric, False  # "compared with the 8% it had forecast"
        if new.metric is None and old.metric is not None and not new.note:
            new.metric, new.skip = old.metric, False  # "from 820 aircraft to 790"
        changed = CHANGE_OBJECT.search(text)
        if changed is not None and new.metric is not None:
            # "its full-year delivery target": the words of the target name the measure
            new.metric = with_measure(new.metric, changed["obj"])
            old.metric = new.metric if old.metric is not None else None
        previously = PREVIOUSLY.search(text, new.fig.end, old.fig.start) is not None
        # "expects revenue growth of 12% to 14%, up from a previous range of 10% to 13%": a
        # stated rate of growth, not how much a figure was raised by
        previously = previously or (
            _GROWTH_LEVEL.search(text, max(0, new.fig.start - 30), new.fig.start) is not None
            and EARLIER.search(text, new.fig.end, old.fig.start) is not None
        )
        # "lifted its growth guidance to 2.0%–4.0% from 1.5%–3.5%": rates moved to a new
        # level (a range, or "to" a rate), not the size of the move
        previously = previously or new.fig.high is not None
        for sl in (new, old):
            sl.kind = kind
            if sl.metric is None or (sl.metric.name.endswith("growth") and not previously):
                sl.skip = True  # "raised its forecast by 5%": a change, not a level
        if old.metric is not None and new.metric is not None and not old.skip:
            old.metric = new.metric
    return pairs, labelled


def date_earlier_statements(
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
    pairs: list[tuple[Slot, Slot, Kind]],
    labelled: list[tuple[Slot, Slot, Kind]],
    ctx: Context,
) -> None:
    """The day each replaced figure (and the one it replaced in turn) was stated, and plans
    the text says stood before this report."""
    for new, old, _ in pairs:
        if (
            stated
            and new.fig.end < old.fig.start < old.fig.end <= stated[1].start
            and new.as_of == stated[0]
        ):
            # "expects £95 million, down from the £110 million it forecast in September":
            # September dates the earlier figure; the new one is the report's
            new.as_of = ctx.published
        if not new.skip and not old.skip and new.as_of is not None:
            announced = (
                ctx.announced
                if any(o is old for _, o, _ in labelled)
                and ctx.announced is not None
                and ctx.announced < new.as_of
                else None
            )
            old.as_of = (
                earlier_date(text, old, times, new.as_of)
                or month_named(text, new.fig.end, old.fig.start, new.as_of)
                or announced
                or new.as_of - timedelta(days=1)
            )
            old.period = new.period
            old.note = f"replaced by {new.fig.text.strip()} on {new.as_of.isoformat()}"
    for new, old, _ in list(pairs):
        earlier = replaced_before(text, old, slots, pairs)
        if earlier is None or old.skip or old.as_of is None or old.metric is None:
            continue
        # "3–5% (previously 2–4%, raised with the half-year report on 17 July 2025 from the
        # 1–3% given in the year-end report on 6 February 2025)": the figure the old one
        # replaced, of the same thing, stated before it
        earlier.skip, earlier.metric, earlier.kind = False, old.metric, old.kind
        earlier.period, earlier.entity, earlier.value = old.period, old.entity, earlier.fig.value
        earlier.as_of = earlier_date(text, earlier, times, old.as_of) or old.as_of - timedelta(
            days=1
        )
        earlier.note = f"replaced by {old.fig.text.strip()} on {old.as_of.isoformat()}"
        pairs.append((old, earlier, new.kind or Kind.FORECAST))
    paired = {id(x) for p in pairs for x in p[:2]}
    for sl in slots:
        if sl.skip or id(sl) in paired or sl.kind is Kind.ACTUAL or sl.as_of != ctx.published:
            continue
        if _PLUPERFECT_PLAN.search(text, clause_start(text, sl.fig.start), sl.fig.start):
            # "The group had previously guided to profit of £130 million to £135 million":
            # the plan as it stood before this report, on the day the text names, else the
            # day before (never beside the new plan on one day, where neither would stand)
            sl.as_of = day_named_after(text, sl, times) or ctx.published - timedelta(days=1)
            sl.note = sl.note or "an earlier statement"


_PLUPERFECT_PLAN = re.compile(
    r"\bhad\s+(?:previously|earlier|originally|initially)\s+(?:guided|forecast|projected"
    r"|expected|targeted|predicted|estimated|promised|said|announced|set)\b",
    re.IGNORECASE,
)


_AND_EARLIER = re.compile(
    r"[^.;\d]{0,60}?\band\s+(?:(?:around|about|approximately|roughly|c\.|some)\s*)?",
    re.IGNORECASE,
)
