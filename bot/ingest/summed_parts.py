"""Parts told in one sentence take the period of the whole they add up to.

"By country, revenue in the Netherlands was EUR 2,561.0 million, in Germany EUR 1,287.4
million and in Belgium EUR 894.2 million" after a line on the fourth quarter: the three add
up to the year's EUR 4,742.6 million stated above, so they are the year's, whatever period
the sentence was read with. Only a sum no other whole of the parts' own period matches, and
that exactly one period's whole matches, moves them, and only parts whose sentence names no
time of its own (their period was lent by the context): a coincidence of two or more amounts
adding up to a stated whole of another period is rare, a misread period common.
"""

from __future__ import annotations

from dataclasses import replace

from bot.facts.model import Kind, Period
from bot.ingest.model import Proposal
from bot.ingest.timing import find_times


def _group_key(p: Proposal) -> tuple:
    return (p.start, p.quote, p.period, p.unit, p.kind, p.as_of)


def _adds_up(total: float, whole: float, parts: int) -> bool:
    """TOTAL, a sum of PARTS rounded amounts, is WHOLE within their rounding."""
    return abs(total - whole) <= abs(whole) * 1e-3 * max(1, parts / 2)


def with_wholes_periods(proposals: list[Proposal]) -> list[Proposal]:
    """PROPOSALS, each sentence's list of two or more parts of one unit moved to the period
    of the whole (a figure stated elsewhere in the report) they add up to."""
    groups: dict[tuple, list[int]] = {}
    for i, p in enumerate(proposals):
        if (
            p.kind is Kind.ACTUAL
            and p.unit != "percent"
            and p.value_high is None
            and not p.from_table
            and p.value > 0
        ):
            groups.setdefault(_group_key(p), []).append(i)
    moved: dict[int, Period] = {}
    for members in groups.values():
        names = {proposals[i].metric.casefold() for i in members}
        if len(members) < 2 or len(names) < len(members):
            continue  # one figure, or a figure and its base under one name: no list of parts
        first = proposals[members[0]]
        if find_times(first.quote, first.as_of):
            continue  # "(3Q2024: 2.17 million ...)": the sentence says its own period
        total = sum(proposals[i].value for i in members)
        wholes = {
            q.period
            for q in proposals
            if q.unit == first.unit
            and q.kind is Kind.ACTUAL
            and q.value_high is None
            and q.start != first.start
            and _adds_up(total, q.value, len(members))
        }
        if len(wholes) == 1 and first.period not in wholes:
            (period,) = wholes
            moved.update({i: period for i in members})
    return [replace(p, period=moved[i]) if i in moved else p for i, p in enumerate(proposals)]
