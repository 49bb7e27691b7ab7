"""Questions about a figure's history of statements, answered from the statements the
answer cites (each statement of one figure, by its date), in a lead before the answer's
own text:

- whether it was ever moved one way: "was the FY26 guidance ever cut?" -> "Yes: it was cut
  on 18 February 2026." / "No: it was stated 2 times and never cut.";
- when it was moved, or first given: "when did they raise the target?" -> "It was raised
  on 14 March 2025.";
- how long passed between two of its statements: "how long after setting the target did
  they cut it?" -> "6 months: set on 1 May 2024, cut on 1 November 2024."

A move is judged by the figure, or by a range's midpoint, as the history's steps are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import patterns
from bot.answering.answer import Answer, Status
from bot.answering.matching.series import moves, statements_of
from bot.facts.model import FactView, Kind

_EVER = patterns.compile(r"\b(?:ever|at\s+any\s+(?:point|time|stage))\b", re.IGNORECASE)
_WHEN = patterns.compile(
    r"\bwhen\b|\bwhat\s+(?:day|date|month)\b|\bon\s+what\s+(?:day|date)\b", re.IGNORECASE
)
_HOW_LONG = patterns.compile(
    r"\bhow\s+(?:long|many\s+(?:months|weeks|days))\b|\bhow\s+much\s+time\b", re.IGNORECASE
)
_UP = (
    r"rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|lift(?:ed|s|ing)?|hik(?:e|ed|ing)"
    r"|upgrad(?:e|ed|ing)|boost(?:ed|ing)?"
)
_DOWN = (
    r"cut(?:s|ting)?|lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|trim(?:med|s|ming)?"
    r"|slash(?:ed|es|ing)?|downgrad(?:e|ed|ing)|pared|scaled\s+back"
)
# the first statement: "set", "gave", "first said", "original"
_SET = r"set(?:ting)?|gave|give[ns]?|giving|issu(?:e|ed|ing)|announc(?:e|ed|ing)|first|original"
_EVENT = patterns.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<set>{_SET}))\b", re.I)


def with_history(said: str, answer: Answer) -> Answer:
    """ANSWER led by what SAID asks of its figure's history, where it asks one."""
    if answer.status is not Status.ANSWERED or not answer.facts:
        return answer
    history = statements_of(answer.facts, answer.facts[0])
    if not history or history[0].fact.kind is Kind.ACTUAL:
        return answer
    events = [_event(m) for m in _EVENT.finditer(said)]
    lead = None
    if _HOW_LONG.search(said) and len(events) >= 2:
        lead = _time_between(events[0], events[1], history)
    elif _EVER.search(said) and events and events[0] != "set":
        lead = _ever(events[0], history)
    elif _WHEN.search(said) and events:
        lead = _when(events[0], history, answer.facts[0])
    return answer if lead is None else replace(answer, text=f"{lead} {answer.text}")


def _event(m: re.Match[str]) -> str:
    return "up" if m["up"] else "down" if m["down"] else "set"


def _ever(way: str, history: list[FactView]) -> str:
    moved = moves(history, way)
    if moved:
        return f"Yes: it was {_VERB[way]} on {_listed(moved)}."
    times = "once" if len(history) == 1 else f"{len(history)} times"
    return f"No: it was stated {times} and never {_VERB[way]}."


def _when(event: str, history: list[FactView], asked: FactView) -> str | None:
    if event == "set":
        return f"It was first stated on {_day(history[0])}."
    moved = moves(history, event)
    if not moved:
        return None
    # (the statement the answer names, where it made such a move: "when did they cut the
    # target to 39.5"; else the latest)
    move = asked if asked in moved else moved[-1]
    return f"It was {_VERB[event]} on {_day(move)}."


def _time_between(first: str, second: str, history: list[FactView]) -> str | None:
    a = history[0] if first == "set" else next(iter(moves(history, first)), None)
    if a is None:
        return None
    later = [v for v in history if v.fact.as_of > a.fact.as_of]
    b = later[0] if second == "set" and later else next(iter(moves([a, *later], second)), None)
    if b is None:
        return None
    d0, d1 = a.fact.as_of, b.fact.as_of
    months = (d1.year - d0.year) * 12 + d1.month - d0.month - (d1.day < d0.day)
    span = f"{months} months" if months >= 1 else f"{(d1 - d0).days} days"
    return f"{span}: {_VERB[first]} on {_day(a)}, {_VERB[second]} on {_day(b)}."


_VERB = {"up": "raised", "down": "cut", "set": "set"}


def _day(view: FactView) -> str:
    d = view.fact.as_of
    return f"{d.day} {d:%B %Y}"


def _listed(views: list[FactView]) -> str:
    days = [_day(v) for v in views]
    return days[0] if len(days) == 1 else f"{', '.join(days[:-1])} and {days[-1]}"
