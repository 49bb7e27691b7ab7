"""A figure in brackets whose period labels it, "(FY24: TZS 371.9 billion)", "(Q3 2024:
11,900)", "(H1 FY2024: 58.5 million)": the measure of the figure it is the base of, stated
for the period the label names. Said with no words of its own, a bare count in such brackets
is named by that figure, never dropped as a number that counts nothing."""

from __future__ import annotations

import re

from bot.ingest.clauses.context import Slot
from bot.ingest.metric_names import Metric

# the open bracket and the period label right before a keyed figure: "(FY24: ", "(H1 2024: "
KEYED_AFTER = re.compile(r"\(\s*[^():;,]{2,30}?\s*:\s*$")


def keyed_base_metric(text: str, slots: list[Slot], i: int) -> Metric | None:
    """The measure of the named figure in slot I's unit nearest before the bracket that
    keys slot I ("Total washes of 9.8M, up 7.7% y/y (Q2 2024: 9.1M)": the washes, past the
    rate), when slot I is keyed by a period label; else None."""
    sl = slots[i]
    if not sl.keyed or not i:
        return None
    label = KEYED_AFTER.search(text, 0, sl.fig.start)
    if label is None:
        return None
    for before in reversed(slots[:i]):
        if before.fig.end > label.start() or before.fig.unit != sl.fig.unit or before.keyed:
            continue
        if before.skip or before.metric is None:
            return None  # (the level it is the base of was never read: neither is it)
        return before.metric
    return None
