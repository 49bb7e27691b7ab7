"""A margin the company does not state, worked out from the two figures it does: "net
profit margin FY25" of a company stating net profit and net sales but no net margin is
the profit as a share of the revenue of the same period, each figure cited.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot import patterns
from bot.answering.english.words import (
    RESTATED_BASIS,
    UNADJUSTED_BASIS,
    lemmas,
    name_lemmas,
)
from bot.answering.matching.decision import RANGE_END, Pick
from bot.answering.matching.match import select
from bot.answering.matching.series import current_of
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import MetricHit
from bot.facts import reporting
from bot.facts.model import FactView, Kind

# "net margin", "PAT margin", "operating profit margin", "EBITDA margin"
MARGIN = patterns.compile(r"\bmargins?\b", re.IGNORECASE)
# "net margin": the net profit's ("net" alone names no level)
_NET_ALONE = patterns.compile(r"\bnet\s+margins?\b", re.IGNORECASE)

_FIGURE = r"[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,3}?"
# the margin's two figures named by the asker: "(PAT / revenue)", "net income over net
# sales", "EBITDA as % of revenue"
_DEFINED = patterns.compile(
    rf"\(?\s*(?P<of>{_FIGURE})\s*(?:/|\bover\b|\bdivided\s+by\b|"
    r"\bas\s+(?:an?\s+)?(?:%|percent(?:age)?|share)\s+of\b)\s*"
    rf"(?P<over>{_FIGURE})\s*(?:\)|$|,)",
    re.IGNORECASE,
)
# its revenue named: "PAT margin on total revenue", "net margin on gross revenue 9M25"
_MARGIN_ON = patterns.compile(
    rf"\bmargins?\s+(?:on|over)\s+(?P<over>{_FIGURE})\s*(?=\b\d|$|,|\()", re.IGNORECASE
)


def _definition(said: str) -> tuple[str, str | None, str | None]:
    """SAID without the words that define its margin, and the words of the figure over
    and the figure under, where said ("net margin (net income / net sales)": "net
    margin", "net income", "net sales")."""
    defined = _DEFINED.search(said)
    if defined is not None:
        rest = said[: defined.start()] + " " + said[defined.end() :]
        return rest, defined["of"], defined["over"]
    on = _MARGIN_ON.search(said)
    if on is not None:
        return said[: on.start("over") - 1].rstrip() + " " + said[on.end() :], None, on["over"]
    return said, None, None


# the form a margin is asked in, no figure's words: "net margin %", "as a percentage"
_AS_PERCENT = patterns.compile(
    r"(?:\b(?:as|in)\s+(?:an?\s+)?)?(?:%|\bpercent(?:age)?\b|\bpct\b)", re.IGNORECASE
)


def profit_named(said: str) -> str:
    """The words of the profit a margin is asked of ("net margin": "net profit")."""
    return _AS_PERCENT.sub(" ", MARGIN.sub(" ", _NET_ALONE.sub("net profit", said)))


def profit_of_margin(said: str) -> tuple[str, ...]:
    """The ways to name the profit a margin is asked of, to tell whose figure it is: its
    words ("EBITDA margin": "EBITDA"), then with the noun a level may leave unsaid ("op
    margin": "op profit", "gross margin": "gross profit")."""
    named = profit_named(said)
    if _PROFIT_WORD.search(said):
        return (named,)
    return (named, _AS_PERCENT.sub(" ", MARGIN.sub("profit", said)))


def margin_of_levels(
    query: Query,
    read: Callable[[str], Query],
    facts_of: Callable[[list[int]], list[FactView]],
) -> Pick | None:
    """The profit the question names as a share of the company's revenue, for the one
    period it names: READ reads a text as a question settled among the company's figures,
    FACTS_OF gives the company's figures of some metrics. None unless the question asks a
    margin of a profit level the company states, beside its revenue, for that period."""
    if not MARGIN.search(query.said) or len(query.periods) > 1:
        return None
    if query.kind not in (None, Kind.ACTUAL) or query.expected:
        return None  # ("the EBITDA margin target": a goal, never the actuals' margin)
    said, of, over = _definition(query.said)
    profit_hit = _profit_level(said, of, read)
    if profit_hit is None:
        return None
    level = profit_hit.metric
    family = reporting.family_of(level.name, "money")
    if family is None or family.key not in reporting.PROFIT_LEVELS:
        return None
    if level.unit in (None, "percent"):
        return None
    if over is None:
        stated = _stated_margin(query, level.name, family.key, read, facts_of)
        if stated is not None:
            return stated
    hit = _revenue_of(level.name, over, read)
    if hit is None:
        return None
    whole = hit.metric
    if whole.id == level.id or reporting.family_of(whole.name, "money") is None:
        return None  # (a line's revenue not held reads as its profit again: no margin)
    if over is not None:
        # "EBITDA margin on freight revenue": the freight line's margin, as stated, or its
        # own profit's; the group's profit only where the line states none
        lines_own = _the_lines_own(query, profit_hit, family, whole.name, read, facts_of)
        if isinstance(lines_own, Pick):
            return lines_own
        profit_hit = lines_own
    part = _the_actual(query, profit_hit, facts_of)
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


def _the_lines_own(
    query: Query,
    profit: MetricHit,
    family: reporting.Family,
    revenue: str,
    read: Callable[[str], Query],
    facts_of: Callable[[list[int]], list[FactView]],
) -> Pick | MetricHit:
    """Where the REVENUE the asker names is a line's that PROFIT's name does not say: that
    line's margin as stated (by the level's own name, then its family's: "adjusted
    EBITDA" of a line stating its "EBITDA margin"), else the line's own profit at that
    level; PROFIT where the line states neither."""
    line = [w for w in _line_words(revenue) if w not in _line_words(profit.metric.name)]
    if not line:
        return profit
    named = " ".join(line)
    for lined in dict.fromkeys(f"{named} {n}" for n in (profit.metric.name, family.label)):
        stated = _stated_margin(query, lined, family.key, read, facts_of)
        if stated is not None:
            return stated
    own = read(f"{named} {profit.metric.name}")
    if own.metrics and not own.unexplained and set(line) <= set(lemmas(own.metrics[0].metric.name)):
        return own.metrics[0]
    return profit


def _profit_level(said: str, of: str | None, read: Callable[[str], Query]) -> MetricHit | None:
    """The profit level the margin is of: the figure its definition puts over the other,
    else the one its words name ("gross margin": gross profit), read as a whole; of a
    range's ends and the figure they bound, the figure."""
    # (a definition's figure in words no report uses, "PATAMI / revenue": the margin's own)
    for text in (*([of] if of is not None else []), *profit_of_margin(said)):
        profit = read(text)
        hits = [h for h in profit.metrics if not _on_a_basis_unsaid(h.metric.name, said)]
        if profit.unexplained or not hits:
            continue
        # ("adjusted EBITDA (high end)" of a guidance range, read as well as the actual
        # "adjusted EBITDA", is the same level)
        return next((h for h in hits if not RANGE_END.search(h.metric.name)), hits[0])
    return None


def _on_a_basis_unsaid(name: str, said: str) -> bool:
    """Is NAME a profit restated on a basis ("Pulp comparable EBIT", "adjusted EBITDA")
    where the question asks it as reported ("reported EBIT margin") and says no such
    basis?"""
    words = set(lemmas(said))
    if not (words & UNADJUSTED_BASIS or _AS_REPORTED.search(said)):
        return False
    return bool(set(name_lemmas(name)) & RESTATED_BASIS - words)


# "reported EBIT margin", "the margin as reported": the figure as the accounts state it
_AS_REPORTED = patterns.compile(
    r"\breported\s+(?!by\b|in\b|on\b|for\b|at\b)[a-z]|\bas\s+reported\b", re.I
)


def _revenue_of(level: str, over: str | None, read: Callable[[str], Query]) -> MetricHit | None:
    """The revenue a margin of the profit LEVEL is over: the figure the asker names
    ("margin on service revenue"), else its line's revenue ("Terminals EBIT" over
    "Terminals revenue"), else the company's whole revenue."""
    if over is not None:
        named = read(over)
        return named.metrics[0] if named.metrics and not named.unexplained else None
    line = _line_words(level)
    revenue = read(" ".join([*line, "revenue"]))
    if not revenue.metrics or not set(line) <= set(lemmas(revenue.metrics[0].metric.name)):
        return None
    return _one_revenue(revenue.metrics, line)


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
    # (a restated figure's earlier statements are no figure of their own)
    actuals = [v for v in current_of(facts_of([hit.metric.id])) if v.fact.kind is Kind.ACTUAL]
    one = select(asked, actuals)  # type: ignore[arg-type]
    return one.facts[0] if isinstance(one, Pick) and len(one.facts) == 1 else None


def _line_words(name: str) -> list[str]:
    """The words of a profit metric's name that say whose profit it is ("terminal" of
    "Terminals EBIT"), as lemmas, without the reporting vocabulary's own words: those
    before the level's own words where the name starts with the line ("Care Ingredients
    EBITDA before special items"), else all the others."""
    common = reporting.phrase_words() | reporting.qualifiers()

    def is_common(word: str) -> bool:  # (the vocabulary's words are singular: "earning")
        return word in common or set(reporting.normalize(word)) <= common

    words = re.findall(r"[a-z0-9]+", RANGE_END.sub("", name).lower())
    first_common = next((i for i, w in enumerate(words) if is_common(w)), len(words))
    said = words[:first_common] or words
    return [
        base for word in said if not is_common(word) for base in lemmas(word) if not is_common(base)
    ]
