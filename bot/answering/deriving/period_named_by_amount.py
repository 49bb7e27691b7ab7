"""A period named by a figure's amount, and another figure asked of it: "in the quarter
when it produced 72.4 kt, what was its C1 cash cost?", "it reported cloud ARR of $671
million on one date; what was total ARR on that date?". The amount picks one statement;
its period is the period the asking clause is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot import patterns
from bot.answering.deriving.stated_amounts import same_amount
from bot.answering.reading.query import Query
from bot.facts.model import FactView
from bot.facts.store import FactStore

# "that quarter('s)", "on that date", "the period when", "in the quarter it posted": the
# period a figure named elsewhere in the question was of
THAT_PERIOD = patterns.compile(
    r"\b(?:on|in|at|for|during)?\s*(?:that|the\s+same)\s+"
    r"(?:quarter|year|half|month|period|date|day|season)(?:['’]s)?\b"
    r"|\bthe\s+(?:quarter|year|half|month|period|date|day|season)\s+(?:when|in\s+which|on\s+which)\b"
    r"|\b(?:in|on|for|during)\s+the\s+(?:quarter|year|half|month|period|date|day)\s+"
    r"(?!of\b)[a-z]+\s+(?:posted|reported|had|made|produced|hit|recorded|booked|sold|delivered)\b",
    re.IGNORECASE,
)

# where the clause naming the figure ends and the one asking begins
# (never a comma inside a number: "1,212")
_CLAUSE_BREAK = patterns.compile(r"[;:]\s*|,\s+|\s+(?:and\s+)?(?=(?:what|how|which)\b)", re.I)


def period_named(
    store: FactStore, query: Query, scope: str, named: Sequence[int]
) -> FactView | None:
    """The one statement among the named companies' figures (NAMED: their ids) whose amount
    the question names, when its words set that figure's period against another figure
    ("that quarter", "the period when"); None otherwise."""
    if not named or not query.amounts or not THAT_PERIOD.search(query.said):
        return None  # (no company named: no store-wide read for an amount)
    views = store.facts_for(scope, entity_ids=list(named), keep=True)
    found = [v for v in views if any(same_amount(v, q) for q in query.amounts)]
    periods = {(v.fact.entity, v.fact.period) for v in found}
    return found[0] if len(periods) == 1 else None


def asking_clause(said: str) -> str | None:
    """The clause of SAID that asks: the one after the clause holding the amount (its
    first figure), its words for "that period" taken out; None where none follows."""
    digit = re.search(r"\d", said)
    brk = _CLAUSE_BREAK.search(said, digit.start()) if digit else None
    if brk is None:
        return None
    clause = THAT_PERIOD.sub(" ", said[brk.end() :])
    clause = re.sub(r"\s+", " ", clause).strip(" ?.")
    return clause or None
