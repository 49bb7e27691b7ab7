"""An amount in a unit of measure that a line's label names: "Harvest: 60,200 tonnes",
"Copper cathode production: 275,000 tonnes". The label says what was measured and the unit
only how: never "tonnes sold", and never a count of things nothing sold (the unit is no
thing)."""

from __future__ import annotations

from bot.facts.quantities import MEASURE_UNIT
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.open_subject import labelled_count
from bot.ingest.metric_names import Metric


def labelled_measure(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """The measure the label before SL's figure names, when a unit of measure follows it."""
    if sl.fig.unit != "units" or not MEASURE_UNIT.match(text, sl.fig.end):
        return None
    return labelled_count(text, sl, ctx)
