"""'What profit did they make in FY25': a bare "profit" names no level of it.

A company that states its profit at several levels for one period (EBITDA, operating
profit, profit before tax, net profit) is asked its "profit" without a word saying which:
the engine answers with the level the reporting vocabulary takes "profit" for (net
profit), and names the other levels stated for that period beside it, each cited, so the
asker sees every figure the word may mean. A level the question names ("net", "operating",
"EBITDA", "PBT") is answered alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot import patterns
from bot.answering.answer import Answer, Status
from bot.answering.phrases import amount
from bot.facts import reporting
from bot.facts.model import FactView

# the levels of a company's profit, from the top of the income statement down
_LEVELS = ("ebitda", "operating_profit", "pretax_profit", "net_profit")
_PROFIT = patterns.compile(r"\b(?:profits?|earnings)\b", re.IGNORECASE)
# any word that says which level, or that asks of something else than the level's amount
_LEVEL_SAID = patterns.compile(
    r"\b(?:net|operating|op|gross|pre-?tax|before|after|attributable|ordinary|recurring"
    r"|underlying|adjusted|adj|core|segment|ebit\w*|rebit\w*|pbt|pat|npat|pbit|margins?"
    r"|per\s+share|eps|growth|grow|change|target|forecast|guidance|outlook|plan)\b",
    re.IGNORECASE,
)


def with_other_levels(
    answer: Answer, said: str, same_period: Callable[[FactView], Sequence[FactView]]
) -> Answer:
    """ANSWER with the other levels of profit stated for its figure's period beside it,
    where SAID asks "profit" with no word naming a level; SAME_PERIOD: the figures of
    the answered one's company for its period."""
    if (
        answer.status is not Status.ANSWERED
        or answer.intent != "value"
        or len(answer.facts) != 1
        or not _PROFIT.search(said)
        or _LEVEL_SAID.search(said)
    ):
        return answer
    chosen = answer.facts[0]
    level = _level(chosen)
    if level is None:
        return answer
    others: dict[str, FactView] = {}
    for view in same_period(chosen):
        other = _level(view)
        if (
            other not in (None, level)
            and view.is_current
            and view.fact.kind is chosen.fact.kind
            and view.fact.unit == chosen.fact.unit
            and view.fact.period == chosen.fact.period
        ):
            others.setdefault(other, view)  # type: ignore[arg-type]
    if not others:
        return answer
    ordered = [others[k] for k in _LEVELS if k in others]
    levels = "; ".join(f"{v.fact.metric} {amount(v)}" for v in ordered)
    text = f"{answer.text.rstrip('.')}. Other levels of profit for that period: {levels}."
    return replace(answer, text=text, facts=(chosen, *ordered))


def _level(view: FactView) -> str | None:
    family = reporting.family_of(view.fact.metric)
    return family.key if family is not None and family.key in _LEVELS else None
