"""'the 2026 target as a % of 2025 sales': one figure as a percentage of another period's
(or another kind's), the two figures a growth would set side by side."""

from __future__ import annotations

from bot.answering.matching.decision import Decision, Pick
from bot.answering.matching.period_fit import find_period
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query


def as_share_of_other(query: Query, decision: Decision) -> Decision:
    """DECISION's two figures as a share, where the question asks one 'as a % of' the
    other: the figure named before 'of' over the one after it."""
    if not isinstance(decision, Pick) or decision.intent is not Intent.GROWTH:
        return decision
    cue = asks.AS_SHARE_OF.search(query.said)
    if cue is None or decision.split or len(decision.facts) != 2:
        return decision
    before = [m for m in query.periods if m.end <= cue.start()]
    if not before:
        return decision
    part = find_period(before[-1], decision.facts, query.anchor)
    if part is None:
        return decision
    whole = next(v for v in decision.facts if v is not part)
    return Pick(Intent.SHARE, (part, whole))
