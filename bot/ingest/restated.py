"""A figure the report rounds in its prose and states exactly in a table under a fuller name
("revenue ... approximately NT$23.42 billion" beside the table's "Net operating revenue
23,415,286" thousand): one fact. Stored apart, the rounded one answers questions in the exact
one's place, so the rounded one goes.

Only a rounding with at least three significant digits counts (two figures that agree to
one or two digits may well be different things: a region's 3.96 billion beside a group's 4.0
billion), and only where the exact one's name holds every word of the rounded one's and adds
no part of the business (a region, a capitalised name): "net operating revenue" for
"revenue", never "Europe revenue" for it.
"""

from __future__ import annotations

import re

from bot.facts import reporting
from bot.facts.rounding import digits, rounds_to
from bot.ingest.model import Proposal

_WORD = re.compile(r"[\w&'-]+")
_FEWEST_DIGITS = 3


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def _fuller_name(short: str, full: str) -> bool:
    """FULL says all SHORT says, with only lowercase qualifiers added ("net operating")."""
    said = {w.casefold() for w in _words(short)}
    added = [w for w in _words(full) if w.casefold() not in said]
    if not said or not said <= {w.casefold() for w in _words(full)}:
        return False
    if any(not w.islower() for w in added):
        return False  # "Europe revenue", "Model K3 units": a part, no fuller name
    return not reporting.regions_in(" ".join(added))


def _restates(rounded: Proposal, exact: Proposal) -> bool:
    return (
        rounded is not exact
        and rounded.value_high is None
        and exact.value_high is None
        and rounded.entity.casefold() == exact.entity.casefold()
        and (rounded.kind, rounded.period, rounded.unit, rounded.as_of)
        == (exact.kind, exact.period, exact.unit, exact.as_of)
        and digits(rounded.value) >= _FEWEST_DIGITS
        and rounds_to(exact.value, rounded.value)
        and _fuller_name(rounded.metric, exact.metric)
    )


def without_rounded_restatements(proposals: list[Proposal]) -> list[Proposal]:
    """PROPOSALS less each figure another states exactly under a fuller name."""
    return [p for p in proposals if not any(_restates(p, q) for q in proposals)]
