"""A figure asked under one name, held under a sibling's: the engine's last tries when
the series a question chose has nothing for it (engine.py calls them on a miss).

- "the 2025 volume guidance" of a company that guides only the volume's growth
  ("volume growth (low end)" / "(high end)"): that growth range;
- "net profit in 1Q25" where the company stated a net loss for the quarter: that loss
  (never the reverse: a loss asked about a profitable quarter is not the profit);
- "how much was inventory down yoy at 30 April" with no year-before level but a stated
  "dealer inventory change" for the date: that change;
- "the operating profit forecast before the revision" where the revision restated it as
  an operating loss forecast: the profit forecast it replaced.

And one that runs on a hit: "operating profit growth in H1", answered from two levels,
where the company states that growth itself ("operating profit growth", or "passengers
growth (quarter on quarter)" for a change from the quarter before): the figure it stated.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import patterns
from bot.answering.deriving.restatements import between_statements
from bot.answering.matching.decision import RANGE_END, Miss, Pick, a_year_apart
from bot.answering.matching.match import select
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts import reporting
from bot.facts.model import Fact, FactView, Kind
from bot.facts.periods import back_to_back


def expected_as_growth(
    query: Query, decision: Miss, entity_facts: list[FactView], vocab: Vocabulary
) -> Pick | None:
    """'the 2025 volume guidance' where the company guides only the volume's growth
    ('volume growth (low end)' / '(high end)'): that guidance, a range of percentages."""
    expecting = query.kind in (Kind.TARGET, Kind.FORECAST) or query.expected
    if decision.reason != "kind" or not expecting or len(query.metrics) != 1:
        return None
    level = query.metrics[0].metric.name
    family = vocab.metric_families.get(query.metrics[0].metric.id)  # type: ignore[arg-type]
    if family == "growth":
        return None
    ends = {"low": [" (low end)"], "high": [" (high end)"]}.get(
        query.range_end or "", ["", " (low end)", " (high end)"]
    )
    named = {f"{level} growth{end}" for end in ends}
    growth = [v for v in entity_facts if v.fact.metric in named]
    if not growth and family is not None:
        # "the FY25 revenue guidance" of "revenue from operations" where the company
        # guides "revenue growth": the growth of the same family, if only one is guided
        growth = [
            v
            for v in entity_facts
            if v.fact.kind is not Kind.ACTUAL and _growth_of_family(v.fact.metric, family, ends)
        ]
        if len({RANGE_END.sub("", v.fact.metric) for v in growth}) != 1:
            return None
    if not growth:
        return None
    statements = asks.two_statements(query.said)
    if statements is not None:  # "original vs revised volume outlook"
        return between_statements(query, growth, statements)
    found = select(query, growth)
    return found if isinstance(found, Pick) else None


# The words that say which way a result went: "net loss" and "net profit" are one figure's
# names, a loss being a negative profit
_RESULT_WORDS = patterns.compile(r"\b(?:loss|losses|profit|profits|income|earnings)\b", re.I)


def stated_change(query: Query, decision: Miss, entity_facts: list[FactView]) -> Pick | None:
    """'how much was dealer inventory down yoy at 30 April' where the year-before level is
    not held but the company states the change ("dealer inventory change") for that
    date: the change as stated."""
    if query.intent is not Intent.GROWTH or len(query.metrics) != 1 or len(query.periods) > 1:
        return None
    named = reporting.change_names(query.metrics[0].metric.name)
    stated = [v for v in entity_facts if v.fact.metric in named]
    found = select(replace(query, intent=Intent.VALUE), stated) if stated else None
    return found if isinstance(found, Pick) else None


def stated_growth(
    decision: Pick,
    entity_facts: list[FactView],
    rate_asked: bool,
    comparison_said: bool,
    amount_asked: bool = False,
    moved: bool = False,
) -> Pick | None:
    """A growth worked out from two levels (DECISION) where the company states that growth
    for the later period on the same basis: the stated one. 'Operating profit growth' (or
    '... change', or '... growth (reported)': the levels' own basis) is the year-on-year
    change of 'operating profit'; 'growth (quarter on quarter)' the change from the period
    just before. A growth on another basis ('at CER', a region's) is another figure and
    never replaces the one worked out. Only where a rate was asked (RATE_ASKED), since
    the worked-out growth says the amount too; or where the question named no
    comparison (COMPARISON_SAID false) and the levels could only be set against the
    quarter before: then the growth the company states (year on year) is the one asked,
    with the amount it makes of the later level where an amount is asked (AMOUNT_ASKED:
    "… in crore"); or where two periods are set against each other with a verb of moving
    (MOVED) and no amount asked ("how much did orders drop in August vs July"): the stated
    change first, then the levels and the amount."""
    if decision.intent is not Intent.GROWTH or decision.split or len(decision.facts) != 2:
        return None
    later, earlier = decision.facts[0].fact, decision.facts[1].fact
    if later.kind is not earlier.kind or later.metric != earlier.metric:
        return None
    yearly = a_year_apart(decision)  # a year against the one before is year on year
    sequential = not yearly and back_to_back(earlier.period, later.period)
    if not sequential and not yearly:
        return None
    if not rate_asked and ((amount_asked or not moved) if comparison_said else not sequential):
        return None
    basis_sequential = sequential and comparison_said
    stated = [
        v
        for v in entity_facts
        if (v.fact.kind, v.fact.period) == (later.kind, later.period)
        and v.fact.unit == "percent"
        and v.fact.value_high is None
        and any(
            _basis_only(rest, basis_sequential)
            for rest in reporting.change_rests(v.fact.metric, later.metric)
        )
    ]
    if len(stated) != 1:
        return None
    if sequential and not basis_sequential:  # a year-on-year change: not these levels'
        if amount_asked:
            return Pick(Intent.GROWTH, (decision.facts[0], stated[0]))
        return Pick(Intent.VALUE, (stated[0],))
    return Pick(Intent.GROWTH, (stated[0], *decision.facts))


# What a growth's name may add that is the levels' own basis ("revenue growth (reported)")
_LEVELS_BASIS = patterns.compile(r"(?:as\s+)?reported", re.IGNORECASE)


def levels_of_a_stated_growth(
    decision: Pick, entity_facts: list[FactView], currencies: frozenset[str]
) -> Pick | None:
    """'Q3 revenue growth in EUR terms': the growth the company states (DECISION, one rate),
    asked in the currency of the levels it is the change between: the stated rate first,
    then both levels, whose difference is the amount the currency asks. Only where both
    are held in a currency said (CURRENCIES), a year apart; a currency the rate alone is
    measured on ("in dollar terms" of levels in rupees) leaves the rate as it is."""
    if decision.intent is not Intent.VALUE or len(decision.facts) != 1:
        return None
    stated = decision.facts[0].fact
    if stated.unit != "percent" or stated.value_high is not None:
        return None
    levels = [
        v
        for v in entity_facts
        if v.is_current
        and v.fact.unit in currencies
        and v.fact.kind is stated.kind
        and v.fact.value_high is None
        and any(
            _basis_only(rest, False)
            for rest in reporting.change_rests(stated.metric, v.fact.metric)
        )
    ]
    later = [v for v in levels if v.fact.period == stated.period]
    if len(later) != 1 or _growth_on_another_basis(stated, later[0], entity_facts):
        return None
    earlier = [
        v
        for v in levels
        if v.fact.metric == later[0].fact.metric
        and v.fact.period.end < stated.period.start
        and a_year_apart(Pick(Intent.GROWTH, (later[0], v)))
    ]
    if len(earlier) != 1:
        return None
    return Pick(Intent.GROWTH, (decision.facts[0], later[0], earlier[0]))


def _growth_on_another_basis(stated: Fact, level: FactView, entity_facts: list[FactView]) -> bool:
    """Does the company state the level's growth on another basis too ("... in local
    currencies")? Then a currency said contrasts the two bases: the rate as reported."""
    return any(
        v.fact.period == stated.period
        and v.fact.unit == "percent"
        and v.fact.metric != stated.metric
        and reporting.change_rests(v.fact.metric, level.fact.metric)
        for v in entity_facts
    )


def _basis_only(rest: str, sequential: bool) -> bool:
    """Is REST (what a growth metric's name adds to '<level> growth') nothing, or only the
    basis the change was measured on ('(quarter on quarter)', '(reported)'), and that
    basis SEQUENTIAL's?"""
    said = rest.strip(" ()").strip()
    if not said or _LEVELS_BASIS.fullmatch(said):
        return not sequential
    return sequential and bool(asks.SEQUENTIAL.pattern.fullmatch(said))


def before_a_turn(query: Query, decision: Miss, entity_facts: list[FactView]) -> Pick | None:
    """'the operating profit forecast before the revision' where the revision turned it
    into an operating loss forecast (stated under that name): the profit forecast, the
    one statement the loss replaced."""
    if decision.reason != "revision" or query.revision is not Revision.PREVIOUS:
        return None
    if len(query.metrics) != 1:
        return None
    name = query.metrics[0].metric.name
    shape = _RESULT_WORDS.sub("~", name.lower())
    own = [v for v in entity_facts if v.fact.metric == name and v.fact.kind is not Kind.ACTUAL]
    asked = select(replace(query, revision=Revision.CURRENT), own) if own else None
    if not isinstance(asked, Pick) or asked.intent is not Intent.VALUE:
        return None
    f = asked.facts[0].fact
    turned = any(
        v.fact.metric != name
        and _RESULT_WORDS.sub("~", v.fact.metric.lower()) == shape
        and (v.fact.kind, v.fact.period) == (f.kind, f.period)
        and v.fact.as_of > f.as_of
        for v in entity_facts
    )
    return Pick(Intent.VALUE, asked.facts[:1]) if turned and asked.facts[0].revisions == 1 else None


def profit_as_loss(query: Query, decision: Miss, entity_facts: list[FactView]) -> Pick | None:
    """'net profit in Q1' where the company stated a net loss for Q1 (its figures named
    "net loss" in loss-making periods and "net profit" in others): the same result under
    its other name, for the period asked. Never the other way: a loss asked about a
    profitable quarter is not answered with the profit."""
    if decision.reason != "period" or len(query.metrics) != 1:
        return None
    name = query.metrics[0].metric.name
    if reporting.is_loss(name):
        return None
    shape = _RESULT_WORDS.sub("~", name.lower())
    if shape == name.lower():
        return None
    other = [
        v
        for v in entity_facts
        if v.fact.metric != name and _RESULT_WORDS.sub("~", v.fact.metric.lower()) == shape
    ]
    found = select(query, other) if other else None
    return found if isinstance(found, Pick) else None


def _growth_of_family(metric: str, family: str, ends: list[str]) -> bool:
    """Is METRIC a growth of a level of FAMILY ("revenue growth (high end)" of revenue),
    at one of ENDS, with no region or line of its own?"""
    base = RANGE_END.sub("", metric)
    end = metric[len(base) :]
    if end not in ends or not base.endswith(" growth") or reporting.region_of(base):
        return False
    found = reporting.family_of(base.removesuffix(" growth"))
    return found is not None and found.key == family
