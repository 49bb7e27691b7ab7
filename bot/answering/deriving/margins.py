"""A margin the company does not state, worked out from the two figures it does: "net
profit margin FY25" of a company stating net profit and net sales but no net margin is
the profit as a share of the revenue of the same period, each figure cited.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot import patterns
from bot.answering.english.words import lemmas
from bot.answering.matching.decision import RANGE_END, Pick
from bot.answering.matching.match import select
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import MetricHit
from bot.facts import reporting
from bot.facts.model import FactView, Kind

# "net margin", "PAT margin", "operating profit margin", "EBITDA margin"
MARGIN = patterns.compile(r"\bmargins?\b", re.IGNORECASE)
# "net margin": the net profit's ("net" alone names no level)
_NET_ALONE = patterns.compile(r"\bnet\s+margins?\b", re.IGNORECASE)


def profit_named(said: str) -> str:
    """The words of the profit a margin is asked of ("net margin": "net profit")."""
    return MARGIN.sub(" ", _NET_ALONE.sub("net profit", said))


def profit_of_margin(said: str) -> tuple[str, ...]:
    """The ways to name the profit a margin is asked of, to tell whose figure it is: its
    words ("EBITDA margin": "EBITDA"), then with the noun a level may leave unsaid ("op
    margin": "op profit")."""
    named = profit_named(said)
    return (named,) if _PROFIT_WORD.search(said) else (named, MARGIN.sub("profit", said))


def margin_of_levels(
    query: Query,
    read: Callable[[str], Query],
    facts_of: Callable[[list[int]], list[FactView]],
) -> Pick | None:
    """The profit the question names as a share of the company's revenue, for the one
    period it names: READ reads a text as a question settled among the company's figures,
    FACTS_OF gives the company's figures of some metrics. None unless the question asks a
    margin of a profit level the company states, beside its revenue, for that period."""
    said = query.said
    if not MARGIN.search(said) or len(query.periods) > 1:
        return None
    if query.kind not in (None, Kind.ACTUAL) or query.expected:
        return None  # ("the EBITDA margin target": a goal, never the actuals' margin)
    profit = read(profit_named(said))
    if profit.unexplained or not profit.metrics:
        return None
    level = profit.metrics[0].metric
    family = reporting.family_of(level.name, "money")
    if family is None or family.key not in reporting.PROFIT_LEVELS:
        return None
    if level.unit in (None, "percent"):
        return None
    stated = _stated_margin(query, level.name, family.key, read, facts_of)
    if stated is not None:
        return stated
    # a line's margin is over that line's revenue ("Terminals EBIT" over "Terminals revenue")
    line = _line_words(level.name)
    revenue = read(" ".join([*line, "revenue"]))
    if not revenue.metrics or not set(line) <= set(lemmas(revenue.metrics[0].metric.name)):
        return None
    hit = _one_revenue(revenue.metrics, line)
    if hit is None:
        return None
    whole = hit.metric
    if whole.id == level.id or reporting.family_of(whole.name, "money") is None:
        return None  # (a line's revenue not held reads as its profit again: no margin)
    part = _the_actual(query, profit.metrics[0], facts_of)
    total = _the_actual(query, hit, facts_of)
    if part is None or total is None:
        return None
    # (the units of the company's own figures: a metric's name is shared by every company
    # stating it, each in its own currency)
    if part.fact.period != total.fact.period or part.fact.unit != total.fact.unit:
        return None
    if total.fact.value <= 0:
        return None
    return Pick(Intent.SHARE, (part, total))


def _one_revenue(hits: tuple[MetricHit, ...], line: list[str]) -> MetricHit | None:
    """Of the revenue metrics read as well as each other, the one a margin is over: the
    company's whole revenue for a whole company's profit, never a line's ("clothing
    sales", "homeware sales": none); of two on different bases, the net ("net revenue",
    not "gross revenue", as margins are stated). None where no one is."""
    names = {RANGE_END.sub("", h.metric.name): h for h in reversed(hits)}
    if len(names) == 1:
        return hits[0]
    if line:
        return None
    wholes = [h for name, h in names.items() if not _line_words(name)]
    if len(wholes) > 1:
        wholes = [h for h in wholes if "net" in lemmas(h.metric.name)]
    return wholes[0] if len(wholes) == 1 else None


# the word a profit level's name says it with, which its margin's name leaves out
# ("operating profit" -> "operating margin")
_PROFIT_WORD = patterns.compile(r"\b(?:profit|income|earnings)\b", re.IGNORECASE)


# "from the margin", "at its margin": the margin named by itself, no level's
_MARGIN_NAMED_ALONE = patterns.compile(
    r"\b(?:the|its|their|a|that|this)\s+margins?\b", re.IGNORECASE
)


def _stated_margin(
    query: Query,
    level: str,
    family: str,
    read: Callable[[str], Query],
    facts_of: Callable[[list[int]], list[FactView]],
) -> Pick | None:
    """The margin of the profit LEVEL (of FAMILY) as the company states it, where it does:
    "EBIT margin" is its "operating margin" (EBIT is its operating profit), never worked
    out again from the figures the stated one comes from; a margin of another level
    ("EBITDA margin" for "net margin") is none."""
    if _MARGIN_NAMED_ALONE.search(query.said):
        return None  # ("EBITDA from the margin": the amount asked, the margin given)
    for text in (f"{_PROFIT_WORD.sub(' ', level)} margin", f"{level} margin"):
        margin = read(text)
        if margin.unexplained or not margin.metrics:
            continue
        hit = margin.metrics[0]
        if hit.metric.unit != "percent" or not MARGIN.search(hit.metric.name):
            continue
        if not set(_line_words(level)) <= set(lemmas(hit.metric.name)):
            continue  # (a line's margin, "Cement adjusted EBITDA margin", is never the group's)
        base = MARGIN.sub(" ", hit.metric.name)
        of = reporting.family_of(base, "money") or reporting.family_of(f"{base} profit", "money")
        if of is None or of.key != family:
            continue
        stated = _the_actual(query, hit, facts_of)
        if stated is not None:
            return Pick(Intent.VALUE, (stated,))
    return None


def _the_actual(
    query: Query, hit: MetricHit, facts_of: Callable[[list[int]], list[FactView]]
) -> FactView | None:
    """The one actual figure of HIT's metric for the period the question names."""
    asked = replace(query, metrics=(hit,), intent=Intent.VALUE, kind=Kind.ACTUAL)
    actuals = [v for v in facts_of([hit.metric.id]) if v.fact.kind is Kind.ACTUAL]
    one = select(asked, actuals)  # type: ignore[arg-type]
    return one.facts[0] if isinstance(one, Pick) and len(one.facts) == 1 else None


def _line_words(name: str) -> list[str]:
    """The words of a profit metric's name that say whose profit it is ("terminal" of
    "Terminals EBIT"), as lemmas, without the reporting vocabulary's own words: those
    before the level's own words where the name starts with the line ("Care Ingredients
    EBITDA before special items"), else all the others."""
    common = reporting.phrase_words() | reporting.qualifiers()
    words = re.findall(r"[a-z0-9]+", name.lower())
    first_common = next((i for i, w in enumerate(words) if w in common), len(words))
    said = words[:first_common] or words
    return [
        base for word in said if word not in common for base in lemmas(word) if base not in common
    ]
