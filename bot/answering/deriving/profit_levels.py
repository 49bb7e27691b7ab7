"""'What profit did they make in FY25': a bare "profit" names no level of it.

A company that states its profit at several levels for one period (EBITDA, operating
profit, profit before tax, net profit) is asked its "profit" without a word saying which:
the engine answers with the level the reporting vocabulary takes "profit" for (net
profit), and names the other levels stated for that period beside it, each cited, so the
asker sees every figure the word may mean. A level the question names ("net", "operating",
"EBITDA", "PBT") is answered alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot import patterns
from bot.answering.answer import Answer, Status
from bot.answering.english.lexicon import FUNCTION_WORDS
from bot.answering.phrases import amount
from bot.facts import reporting
from bot.facts.model import FactView

# the levels of a company's profit, from the top of the income statement down
LEVELS = ("ebitda", "operating_profit", "pretax_profit", "net_profit")
_PROFIT = patterns.compile(r"\b(?:profits?|earnings)\b", re.IGNORECASE)
_WORD = patterns.compile(r"[a-z][a-z-]*")
# words of the profit families' phrases that say "profit" alone ("profit for the year")
_BARE = frozenset({"profit", "profits", "earnings", "income", "loss", "losses", "year", "period"})


@functools.cache
def _level_words() -> frozenset[str]:
    """The words that say which level of profit, or on what basis: the reporting
    vocabulary's profit phrases ("net", "pbt", "rebit", "operating") and basis words
    ("adjusted", "growth"), never English's grammar."""
    keys = (*LEVELS, "gross_profit")
    words = {w for k in keys for phrase in reporting.family(k).words for w in phrase.split()}
    return frozenset(words - _BARE - FUNCTION_WORDS) | reporting.basis_words()


def with_other_levels(
    answer: Answer, said: str, levels_of: Callable[[FactView], Sequence[FactView]]
) -> Answer:
    """ANSWER with the other levels of profit stated for its figure's period beside it,
    where SAID asks "profit" with no word naming a level; LEVELS_OF: the profit-level
    figures of the answered one's company."""
    if (
        answer.status is not Status.ANSWERED
        or answer.intent != "value"
        or len(answer.facts) != 1
        or not _PROFIT.search(said)
        or not _level_words().isdisjoint(_WORD.findall(said.lower()))
    ):
        return answer
    chosen = answer.facts[0]
    level = _level(chosen)
    if level is None:
        return answer
    others: dict[str, FactView] = {}
    for view in levels_of(chosen):
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
    ordered = [others[k] for k in LEVELS if k in others]
    levels = "; ".join(f"{v.fact.metric} {amount(v)}" for v in ordered)
    text = f"{answer.text.rstrip('.')}. Other levels of profit for that period: {levels}."
    return replace(answer, text=text, facts=(chosen, *ordered))


def _level(view: FactView) -> str | None:
    family = reporting.family_of(view.fact.metric)
    return family.key if family is not None and family.key in LEVELS else None
