"""The rest of a share: 'revenue from customers outside the top five, % share' where the
store states the top five's share of revenue. The share named after "outside",
"excluding" or "other than" is what is left out, so the answer is what is left: 100% less
it, never the share itself (which had answered the question turned round)."""

from __future__ import annotations

from dataclasses import replace

from bot.answering.matching.decision import Pick
from bot.answering.matching.match import select
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.vocabulary.name_forms import measure_lemmas
from bot.facts.model import FactView

# (a ratio is no share of a whole: "loan-to-deposit ratio excluding …" has no rest)
_SHARE_WORDS = asks.SHARE_WORDS - {"ratio"}


def share_left_out(query: Query, facts: list[FactView]) -> tuple[FactView, float] | None:
    """The stated share the question leaves out, and the rest of the whole: None unless
    the one figure chosen is a share named after an exclusion cue."""
    reading = query.reading
    if reading is None or len(query.metrics) != 1 or query.intent is not Intent.VALUE:
        return None
    hit = query.metrics[0]
    if hit.metric.unit != "percent" or not _SHARE_WORDS & set(hit.metric.name.lower().split()):
        return None
    cue = asks.excluding_at(reading.text)
    named_after = [
        i
        for i in hit.explained
        if cue is not None
        and reading.tokens[i].start > cue
        and reading.tokens[i].lemma not in _SHARE_WORDS | measure_lemmas()
    ]
    if not named_after:
        return None  # ("the share excluding …": the share's own words are not left out)
    pick = select(replace(query, intent=Intent.VALUE), facts)
    if not isinstance(pick, Pick) or len(pick.facts) != 1:
        return None
    stated = pick.facts[0]
    if stated.fact.value_high is not None or not 0 <= stated.fact.value <= 100:
        return None
    return stated, round(100 - stated.fact.value, 2)
