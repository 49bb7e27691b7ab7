"""An average per part of a period: "avg quarterly revenue 2024" is the year's revenue over
its four quarters, "orders a month on average in H1" the half's orders over six months.
Worked out of the whole period's figure, which is cited; never of a rate, a share or a
level held at a day, which no average of parts makes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot import patterns
from bot.answering.answer import Answer, Status
from bot.answering.english.words import name_lemmas
from bot.answering.phrases import amount, possessive, when
from bot.answering.wording.compose import unknown
from bot.facts import reporting
from bot.facts.model import FactView
from bot.facts.periods.arithmetic import is_whole_months, month_count

_PARTS = "month|quarter|week|day"
_EVERY = r"(?:monthly|quarterly|weekly|daily)"
_MEAN = r"(?:avg\.?|average|mean)"
# "avg quarterly revenue", "quarterly average revenue", "average revenue per quarter",
# "revenue a month on average", "on average per quarter"
_AVERAGE = patterns.compile(
    rf"\b{_MEAN}\s+(?P<every>{_EVERY})\b"
    rf"|\b(?P<every2>{_EVERY})\s+{_MEAN}(?=\W|$)"
    rf"|\b{_MEAN}(?P<between>(?:\s+[\w'’&-]+){{1,4}}?)\s+(?:per|a|an|each)\s+(?P<part>{_PARTS})\b"
    rf"|\b(?:per|a|an|each)\s+(?P<part2>{_PARTS})\s+on\s+{_MEAN}\b"
    rf"|\bon\s+{_MEAN}\s+(?:per|a|an|each)\s+(?P<part3>{_PARTS})\b",
    re.IGNORECASE,
)
_PART_OF = {"monthly": "month", "quarterly": "quarter", "weekly": "week", "daily": "day"}
_EVERY_OF = {part: every for every, part in _PART_OF.items()}


@dataclass(frozen=True)
class AverageAsked:
    """An average asked: per which part, and the question asking the whole's figure."""

    part: str  # "month", "quarter", "week", "day"
    rest: str  # the question without its averaging words: the whole period's figure


def average_asked(text: str) -> AverageAsked | None:
    """Does TEXT ask an average per month, quarter, week or day? The part, and the question
    asking the whole's figure instead."""
    m = _AVERAGE.search(text)
    if m is None:
        return None
    every = m["every"] or m["every2"]
    part = _PART_OF[every.lower()] if every else (m["part"] or m["part2"] or m["part3"]).lower()
    kept = m["between"] or ""
    rest = f"{text[: m.start()]}{kept}{text[m.end() :]}"
    return AverageAsked(part, " ".join(rest.split()))


def named_as_the_average(metric: str, asked: AverageAsked) -> bool:
    """Is the average asked METRIC's own name ("average monthly revenue per user")?"""
    words = set(name_lemmas(metric))
    return bool(words & {"average", "avg", "mean"}) and bool(
        words & {asked.part, _EVERY_OF[asked.part]}
    )


def averaged(question: str, whole: Answer, asked: AverageAsked) -> Answer | None:
    """WHOLE (the answer to the whole period's figure) as an average per part, or a plain
    refusal where it is no one figure of a flow over a period of whole parts. None where
    the figure is a rate already ("average revenue per member per month", "revenue per
    machine"): the question is then asked as it stands."""
    if whole.status is not Status.ANSWERED:
        return whole
    if len(whole.facts) != 1 or whole.intent != "value":
        return _beyond(question, asked)
    view = whole.facts[0]
    fact = view.fact
    if not reporting.adds_up(fact.metric):
        return None  # ("average revenue per member per month": a rate, asked as stated)
    if fact.unit == "percent" or fact.value_high is not None:
        return _beyond(question, asked)
    parts = _parts(view, asked.part)
    if parts is None or parts < 2:
        return _beyond(question, asked)
    each = amount(view, fact.value / parts)
    text = (
        f"{possessive(fact.entity)} {fact.metric} averaged {each} a {asked.part} in "
        f"{when(view)}: {amount(view)} over {parts} {asked.part}s."
    )
    return replace(whole, question=question, text=text, headline=text, intent="average")


def _parts(view: FactView, part: str) -> int | None:
    """How many whole PARTs the figure's period holds, or None where it holds no whole
    number of them (or is one day)."""
    period = view.fact.period
    days = (period.end - period.start).days + 1
    if part in ("month", "quarter"):
        if not is_whole_months(period):
            return None
        months = month_count(period)
        size = 1 if part == "month" else 3
        return months // size if months % size == 0 else None
    if part == "week":
        return days // 7 if days % 7 == 0 else None
    return days if days > 1 else None


def _beyond(question: str, asked: AverageAsked) -> Answer:
    return unknown(
        question, f"I can't work out an average per {asked.part} of that figure from what I hold."
    )
