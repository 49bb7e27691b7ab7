"""A figure set against an amount the question itself states: "how far was occupancy
below 75% in H1", "did revenue pass $4bn in 2025". The amount is the asker's, not a fact:
the stored figure is cited, and how far it sits from that amount is worked out beside it.
"""

from __future__ import annotations

import re

from bot import patterns
from bot.answering.deriving.stated_amounts import same_amount
from bot.answering.matching.decision import Decision, Pick
from bot.answering.phrases import difference
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.facts.model import FactView, Kind, Quantity
from bot.facts.quantities import format_number, format_quantity

# A word setting the figure against an amount, right before that amount
_AGAINST = patterns.compile(
    r"\b(?:below|above|under|over|short\s+of|shy\s+of|ahead\s+of|behind|past|pass(?:ed|es)?"
    r"|exceed(?:ed|s)?|top(?:ped|s)?|beat|surpass(?:ed|es)?|cross(?:ed|es)?|reach(?:ed|es)?"
    r"|hit|break|broke|clear(?:ed|s)?)\s+(?:the\s+)?(?:mark\s+of\s+)?"
    r"(?=[$€£¥]?\s?\d)",
    re.IGNORECASE,
)


def sets_against_said(query: Query) -> bool:
    """Does the question set its figure against an amount it states ("below 75%")?"""
    m = _AGAINST.search(query.said)
    return m is not None and _amount_at(query, m.end()) is not None


def against_said(query: Query, decision: Decision) -> str | None:
    """The sentence saying how far the one figure picked sits from the amount the question
    sets it against ("That is 3.6 percentage points below 75%."), or None when the
    question sets it against no amount of its unit."""
    if not isinstance(decision, Pick) or decision.intent is not Intent.VALUE:
        return None
    m = _AGAINST.search(query.said)
    if m is None:
        return None
    view = decision.facts[0]
    amount = _amount_at(query, m.end())
    if amount is None or view.fact.value_high is not None or not _same_measure(view, amount):
        return None
    if _names_the_figure(view, amount):
        return None  # ("beat the 7,700 low end": the amount is that goal's, not the asker's)
    if re.search(r"\d", view.fact.metric):
        return None  # ("customers over $100k ARR": the amount is the figure's own name)
    delta = view.fact.value - amount.value
    said = _said(view, amount)
    if delta == 0:
        return f"That is exactly {said}."
    side = "above" if delta > 0 else "below"
    return f"That is {difference(view, delta)} {side} {said}."


def verdict_said(query: Query, decision: Decision) -> str | None:
    """'Yes' or 'No' for a question asking whether the figure passed (or fell below) the
    amount it states ("did occupancy pass 75%?"); None for any other question."""
    m = _AGAINST.search(query.said)
    if m is None or not asks.YES_NO.search(query.said) or not isinstance(decision, Pick):
        return None
    amount = _amount_at(query, m.end())
    if amount is None or _names_the_figure(decision.facts[0], amount):
        return None
    delta = decision.facts[0].fact.value - amount.value
    down = _DOWNWARD.match(m.group())
    reached = delta < 0 if down else (delta >= 0 if _REACHING.match(m.group()) else delta > 0)
    return "Yes" if reached else "No"


def _names_the_figure(view: FactView, amount: Quantity) -> bool:
    """Is AMOUNT the picked goal's own figure ("the 7,700 low end"), not a threshold?"""
    return view.fact.kind is not Kind.ACTUAL and same_amount(view, amount)


_DOWNWARD = patterns.compile(r"(?:below|under|short|shy|behind)\b", re.I)
_REACHING = patterns.compile(r"(?:reach|hit)", re.I)


def _amount_at(query: Query, start: int) -> Quantity | None:
    """The amount the question states right after START (a year is no amount)."""
    for q in query.amounts:
        text = query.said[start:]
        number = re.match(r"[$€£¥]?\s?(\d[\d,]*(?:\.\d+)?)", text)
        if number and 1900 <= q.value <= 2100 and "." not in number.group(1):
            return None
        if number and _written(q, number.group(1)):
            return q
    return None


def _written(q: Quantity, digits: str) -> bool:
    """Is Q the amount whose number is written DIGITS (before any scale)?"""
    written = float(digits.replace(",", ""))
    return written != 0 and any(
        abs(q.value - written * scale) < 1e-9 * max(1.0, abs(q.value))
        for scale in (1, 1e3, 1e6, 1e9, 1e12)
    )


def _same_measure(view: FactView, amount: Quantity) -> bool:
    """Is AMOUNT in the figure's unit (a bare number counts in the figure's own)?"""
    unit = view.fact.unit
    if amount.unit == "units":
        return unit != "percent"
    return amount.unit == unit


def _said(view: FactView, amount: Quantity) -> str:
    if view.fact.unit == "percent":
        return f"{format_number(amount.value)}%"
    if amount.unit == "units" and view.fact.unit != "units":
        return format_quantity(Quantity(amount.value, view.fact.unit))
    return format_quantity(amount)
