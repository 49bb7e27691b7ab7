"""Of two amounts the prose states for one measure and one period, the whole is the one said
first and the largest: a report gives the group's revenue, then its segments' or products'
("Revenue for the half was EUR 712.6m ... PowerFlex delivered EUR 298.4m of revenue"), and a
part whose sentence names it loosely can be read under the whole's name. Such a clash used
to drop both; the whole now stands, the later smaller readings go."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from bot.facts.model import Kind
from bot.ingest.model import Proposal


def whole_said_first(
    clashing: list[Proposal], statement: Callable[[Proposal], Hashable]
) -> dict[Hashable, Proposal]:
    """Each statement (entity, metric, kind, period, date) whose clashing readings are all
    actual amounts or counts of the prose -> the reading said first, when it is the largest
    and no later reading comes from its own sentence. Shares and changes (percentages) and
    plans (a target replaced by another) are left to clash, as are tables' rows."""
    groups: dict[Hashable, list[Proposal]] = {}
    for p in clashing:
        groups.setdefault(statement(p), []).append(p)
    out: dict[Hashable, Proposal] = {}
    for key, group in groups.items():
        if any(p.from_table or p.unit == "percent" or p.kind is not Kind.ACTUAL for p in group):
            continue
        first = min(group, key=lambda p: p.start)
        rest = [p for p in group if p is not first]
        if any(p.quote == first.quote for p in rest):
            continue  # ("EUR 4.6bn for the half, 2.46bn in the quarter": one sentence's)
        if all(abs(first.value) > abs(p.value) for p in rest):
            out[key] = first
    return out
