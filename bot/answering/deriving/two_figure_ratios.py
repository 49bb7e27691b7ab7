"""A ratio named by its two figures: "the loan-to-deposit ratio at end-2025", "the ratio
of net debt to equity" of a company stating both figures but no such ratio. The one over
the other, each read from its own words as a question of its own, for the period asked;
never a stated figure that only shares a word with the ratio's name ("past-due loan ratio"
for "loan to deposit ratio")."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot import patterns
from bot.answering.deriving.ratios import actual_read
from bot.answering.english.words import lemmas
from bot.answering.matching.decision import Pick
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.reading.rates import names_a_rate
from bot.answering.vocabulary.name_forms import measured_in
from bot.facts.model import FactView
from bot.facts.quantities import measure_unit

_WORDS = r"[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,2}?"
# "loan-to-deposit ratio", "debt to equity ratio", "orders vs revenue ratio"; "ratio of net
# debt to equity"
_A_TO_B_RATIO = patterns.compile(
    rf"\b(?P<of>{_WORDS})[\s-]+(?:to|vs\.?|versus)[\s-]+(?P<over>{_WORDS})[\s-]+ratio\b",
    re.IGNORECASE,
)
# (the second figure's words end where a period or company is put: "… to equity for 2025")
_RATIO_OF_A_TO_B = patterns.compile(
    rf"\bratio\s+of\s+(?P<of>{_WORDS})\s+to\s+"
    r"(?P<over>[a-z][\w&'-]*(?:\s+(?!(?:for|at|in|on|as|by|of)\b)[a-z][\w&'-]*)?)\b",
    re.IGNORECASE,
)


# "GOV / orders", "(net debt/ebitda)": the one figure over the other, written with a slash
# (never three or more so listed: "storage / transport / port %" is a mix)
_A_SLASH_B = patterns.compile(
    rf"(?<![\w/])(?<!/\s)(?P<of>{_WORDS})\s*/\s*"
    r"(?P<over>[a-z][\w&'-]*(?:\s+(?!(?:for|at|in|on|as|by|of)\b)[a-z][\w&'-]*)?)\b"
    r"(?!\s*/)",
    re.IGNORECASE,
)


def named_ratio_sides(said: str) -> tuple[str, str] | None:
    """The two figures' words of a ratio named by them ("loan", "deposit"), or None."""
    named = _sides(said)
    return named[:2] if named is not None else None


def _sides(said: str) -> tuple[str, str, bool] | None:
    """`named_ratio_sides`, and whether a slash wrote them ("GOV / orders")."""
    m = _A_TO_B_RATIO.search(said) or _RATIO_OF_A_TO_B.search(said)
    if m is not None:
        return m["of"], m["over"], False
    m = _A_SLASH_B.search(said)
    if m is None or not _figures_either_side(m["of"], m["over"]):
        return None
    return m["of"], m["over"], True


def _one_name_across(sides: tuple[str, str], over: FactView) -> bool:
    """Does the figure read after the slash name the word before it too ("retail" of
    "retail and rental revenue", asked as "retail/rental"): one line's name, no ratio?"""
    return lemmas(sides[0])[-1] in lemmas(over.fact.metric)


def _figures_either_side(of: str, over: str) -> bool:
    """Are the words either side of a slash two figures' ("gov / orders"), never two
    letters' ("y/y", "c/i") nor a unit a figure is per ("EBIT/kg", "revenue/litre")?"""
    last, first = of.split()[-1], over.split()[0]
    if min(len(last), len(first)) < 3:
        return False
    return not (measure_unit(first.lower()) or measured_in(first))


def stated_by_name(query: Query, sides: tuple[str, str]) -> bool:
    """Does the figure the question's words chose name both sides itself (a company's own
    "loan-to-deposit ratio")? Then it is the answer, as stated."""
    if not query.metrics:
        return False
    own = set(lemmas(query.metrics[0].metric.name))
    return all(set(lemmas(words)) & own for words in sides)


def ratio_of_named_figures(
    query: Query,
    company: str,
    read: Callable[[str], Query],
    facts_of: Callable[[list[int]], list[FactView]],
) -> Pick | None:
    """The ratio of the two figures its name says, both actuals of one period in one unit
    (amounts of money, or counts), the second above nothing; None unless both are found."""
    named = _sides(query.said)
    if named is None or len(query.periods) > 1:
        return None
    sides, slashed = named[:2], named[2]
    if stated_by_name(query, sides) and not slashed:
        return None
    if query.metrics and not query.unexplained and names_a_rate(query.metrics[0].metric.name):
        return None  # ("rev/req": the company's own "revenue per requisition", as stated)
    when = " ".join(p.text for p in query.periods)
    if slashed:
        # ("rev/order": the company's own revenue per order, where it states one)
        rate = actual_read(f"{company} {sides[0]} per {sides[1]} {when}", query, read, facts_of)
        if rate is not None and names_a_rate(rate.fact.metric):
            return Pick(Intent.VALUE, (rate,))
    of, over = (actual_read(f"{company} {words} {when}", query, read, facts_of) for words in sides)
    if of is None or over is None or of.fact.metric == over.fact.metric:
        return None
    if slashed and (_one_name_across(sides, over) or of.fact.unit == "units"):
        # ("retail/rental revenue": one line's name, as "retail and rental revenue" writes
        # it; a count over a count is a yield or a rate its name would say)
        return None
    # (one unit, or, written with a slash, an amount over a count: "GOV / orders" is GOV
    # per order; "the ratio of sales to stores" is no ratio of one unit)
    units = of.fact.unit == over.fact.unit or (slashed and over.fact.unit == "units")
    same = of.fact.period == over.fact.period and units
    if not same or "percent" in (of.fact.unit, over.fact.unit) or over.fact.value <= 0:
        return None
    return Pick(Intent.RATIO, (of, over))
