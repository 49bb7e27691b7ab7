"""A figure asked for by what its source calls it: 'the record quarter', 'its best-ever
year'. The store does not know every period a company ever had, so a record is never
worked out as the largest figure held: it is the figure whose own quote calls it one.
"""

from __future__ import annotations

import re

from bot import patterns
from bot.answering.matching.decision import Decision, Miss, Pick
from bot.answering.reading.intent import Intent
from bot.facts.model import FactView, Kind

# what a report calls a record: "a record 4.2 million", "an all-time high", "best-ever"
# (never "record-breaking" said of something else, "recorded", "on record")
RECORD = patterns.compile(
    r"\b(?:record(?![-\s]*(?:breaking|ed|s)\b)|all[-\s]time\s+high|best[-\s]ever|highest[-\s]ever)\b",
    re.IGNORECASE,
)
# the length of period a question names with a bare noun ("the record quarter"), in months
_KINDS_OF_PERIOD = {"quarter": 3, "quarterly": 3, "half": 6, "year": 12, "annual": 12, "month": 1}
_PERIOD_NOUN = patterns.compile(r"\b(" + "|".join(_KINDS_OF_PERIOD) + r")\b", re.IGNORECASE)


def called_a_record(
    said: str, decision: Decision, facts: list[FactView], period_named: bool
) -> Decision:
    """'How many phones did it sell in its record quarter': the actual figure of the chosen
    series whose quote calls it a record (of the length of period named, if one is), in
    place of the figure picked; that no figure held is called one, where none is. A period
    named ("Q1, a record?") is never left for another."""
    if not isinstance(decision, Pick) or decision.intent is not Intent.VALUE:
        return decision
    chosen = decision.facts[0].fact
    named = _PERIOD_NOUN.search(said)
    months = _KINDS_OF_PERIOD[named[1].lower()] if named else None
    records = [
        v
        for v in facts
        if v.is_current
        and (v.fact.entity, v.fact.metric) == (chosen.entity, chosen.metric)
        and v.fact.kind is Kind.ACTUAL
        and RECORD.search(v.fact.quote)
        and (months is None or v.fact.period.months == months)
    ]
    if len(records) == 1 and not period_named:
        return Pick(Intent.VALUE, (records[0],))
    said_of_chosen = months in (None, chosen.period.months)
    if chosen.kind is Kind.ACTUAL and RECORD.search(chosen.quote) and said_of_chosen:
        return decision
    return Miss(
        "record",
        "None of the figures I have is called a record in its source, so I can't say which"
        " one was.",
        decision.facts[:1],
    )
