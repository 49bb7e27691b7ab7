"""A figure the question names by its amount ('the 610m EBITDA', 'that 58k number', 'its
original 2 mn target'): the figure answered must be that one, or a period counted from it,
never another figure of the same words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace

from bot import patterns
from bot.answering.answer import Answer, Status
from bot.answering.deriving.by_amount import answer_by_amount
from bot.answering.deriving.stated_amounts import a_year, same_amount
from bot.answering.english.words import lemmas, name_lemmas
from bot.answering.matching.decision import RANGE_END, Decision, Pick, a_year_apart
from bot.answering.matching.match import select
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.answering.wording.compose import compose, unknown
from bot.facts import reporting
from bot.facts.model import FactView, Kind, Quantity
from bot.facts.periods import ExactRef, PeriodMention, RelativeRef
from bot.facts.quantities import QuantityMention, find_quantities
from bot.facts.rounding import rounds_to
from bot.facts.store import FactStore

# "the", "that", "its", "Acme's" and up to two words ("the record", "its original") right
# before the amount: the amount names a figure rather than a bound or a count asked about
_NAMING = patterns.compile(
    r"(?:\b(?:the|that|this|those|these|its|their|our|your)|'s?)\s+(?:[^\W\d]+\s+)?$",
    re.I,
)
_SCALED = patterns.compile(r"[^\W\d]", re.I)


def named_as_figure(query: Query) -> tuple[Quantity, ...]:
    """The amounts QUERY states as a figure's name: after a determiner, never beside a
    comparison ('did revenue pass 4bn'), never a year."""
    said = query.said
    if not query.amounts or asks.BESIDE_AMOUNT.search(said):
        return ()
    named = [
        m.quantity
        for m in _after_a_determiner(said)
        # a unit or a scale said with it ("the 610 million", "its 7%"): a bare "the 3"
        # may number anything (an event, a rank, a model) but the figure's own noun
        # after it ("the 24 restaurant openings figure")
        if m.quantity.unit != "units" or _SCALED.search(m.text) or _counts_the_metric(query, m)
    ]
    return tuple(q for q in query.amounts if q in named)


_NEXT_WORD = patterns.compile(r"\s*([^\W\d_][\w-]*)")


def _counts_the_metric(query: Query, mention: QuantityMention) -> bool:
    """Is a bare number followed by a word of the chosen metric's name ("the 17 dark
    stores", "its 58 days of inventory"), the number itself no part of that name (a
    model's, "the 3 Series deliveries")?"""
    if not query.metrics:
        return False
    name = query.metrics[0].metric.name
    word = _NEXT_WORD.match(query.said, mention.end)
    if word is None or mention.text.strip() in name.split():
        return False
    return bool(set(lemmas(word.group(1))) & set(name_lemmas(name)))


def _said_as(view: FactView, amount: Quantity) -> bool:
    """'the 4bn revenue' for €4.1 billion: the figure itself, or it written with as few
    digits as the amount has (either end of a range)."""
    if amount.unit not in ("units", view.fact.unit):
        return False
    return any(
        v == amount.value or rounds_to(v, amount.value)
        for v in (view.fact.value, view.fact.value_high)
        if v is not None
    )


def _counted_from_figure(query: Query) -> bool:
    """Every period the question says counts from another ('the year before', 'a quarter
    earlier'), and nothing says from which."""
    return (
        bool(query.periods)
        and query.anchor is None
        and all(isinstance(m.ref, RelativeRef) and m.ref.base is None for m in query.periods)
    )


def asked_of_named(
    store: FactStore, vocabulary: Callable[[str], Vocabulary], query: Query, scope: str
) -> Query | Answer:
    """A figure named by its amount, and another asked of it. 'The 610m EBITDA, what was it
    the year before?': the year before counts from the named figure's period. 'They did
    €1.11bn in Q2 FY26; the same quarter a year earlier?': no metric said, the amount names
    the series, and the period asked picks its figure."""
    stated = tuple(q for q in query.amounts if not a_year(q, query.said))
    anchoring = _counted_from_figure(query) and named_as_figure(query)
    # (a goal named by its amount, "the 58k target with Q3 done", is measured against)
    of_series = (
        not query.metrics
        and query.periods
        and stated
        and query.kind is None
        and not query.expected
        and not asks.BESIDE_AMOUNT.search(query.said)
        # ("which quarter of 2025 came in at 24,310 t": the period is what is asked, the
        # year only where to look; the amount's own figure answers, never the year's)
        and not asks.WHICH_PERIOD.search(query.said)
    )
    if query.intent is Intent.GROWTH and not query.periods and not query.kind:
        return _growth_of_named(store, vocabulary, query, scope)
    if query.intent is not Intent.VALUE or not (anchoring or of_series):
        return query  # (a target met, a growth: the amount is what is compared)
    amounts = named_as_figure(query) if anchoring else stated
    found = answer_by_amount(store, vocabulary, query.text, replace(query, amounts=amounts), scope)
    if found.status is not Status.ANSWERED or not found.facts:
        return query
    if len({(v.fact.entity, v.fact.metric, v.fact.period) for v in found.facts}) != 1:
        return query  # (the amount names figures of two series or periods: which counts?)
    figure = found.facts[0].fact
    asked = replace(query, anchor=figure.period if anchoring else query.anchor, amounts=())
    if query.metrics:
        return asked
    return compose(query.text, select(asked, _series_of(store, vocabulary, scope, found.facts[0])))


def _growth_of_named(
    store: FactStore, vocabulary: Callable[[str], Vocabulary], query: Query, scope: str
) -> Query | Answer:
    """'The 9.1bn month: up how much on a year before?': the growth of the figure the
    amount names, over its own period (no amount set against it: "did it pass 600bn" is
    said beside the amount and never reaches here)."""
    named = named_as_figure(query)
    if len(named) != 1:
        return query
    by_amount = replace(query, amounts=named, intent=Intent.VALUE)
    found = answer_by_amount(store, vocabulary, query.text, by_amount, scope)
    if found.status is not Status.ANSWERED or len({v.fact.period for v in found.facts}) != 1:
        return query
    figure = found.facts[0]
    at = PeriodMention(ExactRef(figure.fact.period), 0, 0, "")
    asked = replace(query, periods=(at,), amounts=())
    if query.metrics:
        return asked
    decision = select(asked, _series_of(store, vocabulary, scope, figure))
    if asks.YEAR_ON_YEAR.search(query.said) and not (
        isinstance(decision, Pick) and a_year_apart(decision)
    ):
        # "… up year on year": the growth the company states for that period, where the
        # figure a year earlier is not held; never the change from the period before
        stated = _stated_growth_of(store, vocabulary, scope, figure)
        if stated is None:
            return unknown(
                query.text, "I don't have the same period a year earlier to compare it with."
            )
        decision = Pick(Intent.VALUE, (stated,))
    return compose(query.text, decision)


def _stated_growth_of(
    store: FactStore, vocabulary: Callable[[str], Vocabulary], scope: str, view: FactView
) -> FactView | None:
    """The change the company states for VIEW's own period ("revenue growth" of "revenue",
    `reporting.change_names`)."""
    f = view.fact
    vocab = vocabulary(scope)
    metric_ids = [i for n in sorted(reporting.change_names(f.metric)) if (i := vocab.metric_id(n))]
    if not metric_ids:
        return None
    entity_id = vocab.entity_id(f.entity)
    found = [
        v
        for v in store.facts_for(scope, entity_ids=[entity_id], metric_ids=metric_ids, keep=True)  # type: ignore[list-item]
        if v.is_current and (v.fact.period, v.fact.kind) == (f.period, f.kind)
    ]
    return found[0] if len(found) == 1 else None


def _series_of(
    store: FactStore,
    vocabulary: Callable[[str], Vocabulary],
    scope: str,
    view: FactView,
    *,
    actuals: bool = False,
) -> list[FactView]:
    """Every statement of VIEW's series: its company's, metric's and kind's (ACTUALS: the
    actual figures of the metric a goal or either end of its range is of)."""
    f = view.fact
    vocab = vocabulary(scope)
    metric = RANGE_END.sub("", f.metric) if actuals else f.metric
    metric_id = vocab.metric_id(metric)
    if metric_id is None:
        return []
    return [
        v
        for v in store.facts_for(
            scope,
            entity_ids=[vocab.entity_id(f.entity)],  # type: ignore[list-item]
            metric_ids=[metric_id],
            keep=True,
        )
        if v.fact.kind is (Kind.ACTUAL if actuals else f.kind)
    ]


def named_elsewhere(
    store: FactStore,
    vocabulary: Callable[[str], Vocabulary],
    query: Query,
    decision: Decision,
    scope: str,
) -> Answer | None:
    """'The 7.4% rise they quoted, what was that': a figure named by its amount is the one
    stating that amount, where the metric its words chose states another for the period
    asked. Where no figure states it, that is said, rather than another figure given for
    it ('the 4.2bn revenue' is no €2.13 billion). Never an amount the figure is set against
    ('did revenue pass 4bn'), a year, or a figure of another period than the one asked."""
    if (
        query.intent is not Intent.VALUE
        or not query.amounts
        or not isinstance(decision, Pick)
        or asks.BESIDE_AMOUNT.search(query.said)
        or any(a_year(q, query.said) for q in query.amounts)
        or any(same_amount(decision.facts[0], q) for q in query.amounts)
    ):
        return None
    found = answer_by_amount(store, vocabulary, query.text, query, scope, any_candidate=True)
    if found.status is Status.ANSWERED and found.facts:
        if query.periods and found.facts[0].fact.period != decision.facts[0].fact.period:
            return None  # ("it sold 40m in FY13; FY14?": the amount names another period's)
        whole, part = found.facts[0].fact, decision.facts[0]
        if _a_part_of(part.fact.metric, whole.metric):
            # "of its 52m accounts, how many in Europe": the part, at the whole's date
            at = PeriodMention(ExactRef(whole.period), 0, 0, "")
            at = replace(query, periods=(at,), amounts=(), anchor=None)
            return compose(query.text, select(at, _series_of(store, vocabulary, scope, part)))
        return found
    # (one amount only: "the 12,500 (100 million yen) forecast" states a figure in a scale)
    named = named_as_figure(query) if len(query.amounts) == 1 else ()
    if named and not _said_as(decision.facts[0], named[0]):
        return found  # "I have no figure of …", and what the store holds
    return None


def _a_part_of(part: str, whole: str) -> bool:
    """Is PART the metric WHOLE narrowed ("Europe paid accounts" of "paid accounts", "parts
    order book" of "order book")?"""
    part_words, whole_words = set(lemmas(part)), set(lemmas(whole))
    return whole_words < part_words


# "the 3.9% churn figure", "that 96,400 number": an amount named as a figure in so many words
_FIGURE_NOUN = patterns.compile(
    r"^[\s-]*(?:[^\W\d]+[\s-]+){0,3}?(?:figure|number|print|reading|tally)s?\b", re.I
)
# "the 4.2bn order book - how far above …", "that EUR 2.05 billion quarter: …": an amount
# set before the question as its topic, a clause break after its few words
_TOPIC = patterns.compile(r"^[\s-]*(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*(?:[:;–—]|\s-\s)", re.I)
# "how much lower than that", "grown since then": a change from the figure named before
_FROM_THAT = patterns.compile(
    r"\bthan\s+(?:that|it|this|then)\b|\bsince\s+(?:then|that)\b"
    r"|\b(?:from|on|vs|versus|against)\s+(?:that|it|this)\b"
    r"|\bhow\s+(?:much|many|far)\s+(?:[a-z]+\s+)?(?:more|fewer|less|higher|lower|bigger|smaller)\b"
    r"|\bhow\s+far\b.*\b(?:above|below|over|under|ahead\s+of|behind)\b",
    re.I,
)


# One of those nouns anywhere: without one (most questions), no amount is named as a
# figure, and the question's amounts need not be found (a fifth of a warm answer's time)
_ANY_FIGURE_NOUN = patterns.compile(r"(?:figure|number|print|reading|tally)s?\b|[:;–—]|\s-\s", re.I)


def _figures_named(said: str, *, topics: bool = False) -> tuple[Quantity, ...]:
    """The amounts said as a figure in so many words ("the 3.9% churn figure"); TOPICS:
    also those set before the question as its topic with a unit or a scale ("the 60.3bn
    backlog - how much higher …")."""
    if not _ANY_FIGURE_NOUN.search(said):
        return ()
    return tuple(
        m.quantity
        for m in _after_a_determiner(said)
        if _FIGURE_NOUN.match(said[m.end :])
        or (
            topics
            and _TOPIC.match(said[m.end :])
            and (m.quantity.unit != "units" or _SCALED.search(m.text))
        )
    )


def _after_a_determiner(said: str) -> list[QuantityMention]:
    """The amounts SAID states after a determiner ("the", "its", "Acme's"), years aside."""
    return [
        m
        for m in find_quantities(said)
        if _NAMING.search(said[max(0, m.start - 40) : m.start]) and not a_year(m.quantity, m.text)
    ]


def change_from_named(
    store: FactStore, vocabulary: Callable[[str], Vocabulary], query: Query, scope: str
) -> Answer | None:
    """'The 3.9% churn figure: how much lower was churn in Q4 than that?', 'the 96,400
    pipeline figure, how far has it grown since then?': the figure named is the base, and
    the same series' figure for the period asked (else its latest) is set against it."""
    said = query.said
    set_against = _FROM_THAT.search(said)
    # (a topic's change with no base said, "the 9.1bn month - up how much yoy?", is its own
    # period's growth: `_growth_of_named`)
    named = _figures_named(said, topics=bool(set_against))
    if not named or not (query.intent is Intent.GROWTH or set_against):
        return None
    lookup = replace(query, amounts=named, intent=Intent.VALUE)  # (the figure itself)
    found = answer_by_amount(store, vocabulary, query.text, lookup, scope)
    if found.status is not Status.ANSWERED and query.metrics:
        # "that EUR 2.05 billion quarter": the amount's own currency read as a metric's
        # word ("net sales growth in CHF"); the amount alone names the figure
        lookup = replace(lookup, metrics=())
        found = answer_by_amount(store, vocabulary, query.text, lookup, scope)
    if found.status is not Status.ANSWERED or not found.facts:
        return None
    if len({(v.fact.entity, v.fact.metric, v.fact.period) for v in found.facts}) != 1:
        return None
    base = found.facts[0]
    # "how far does the 11,900 guide sit above FY24's deliveries": a goal named, set against
    # what was done, where the question asks no other expectation
    done = base.fact.kind is not Kind.ACTUAL and query.kind in (None, Kind.ACTUAL)
    done = done and not query.expected
    series = [
        v
        for v in _series_of(store, vocabulary, scope, base, actuals=done)
        if v.is_current and v.fact.period != base.fact.period
    ]
    if query.periods:
        asked = select(replace(query, intent=Intent.VALUE, amounts=()), series)
        other = asked.facts[0] if isinstance(asked, Pick) else None
    else:  # "since then": the latest figure after it, of as long a period (a quarter's)
        days = base.fact.period.days
        later = [
            v
            for v in series
            if v.fact.period.end > base.fact.period.end and abs(v.fact.period.days - days) <= 3
        ]
        other = max(later, key=lambda v: v.fact.period.end, default=None)
    if other is None:
        return None
    pair = sorted((base, other), key=lambda v: v.fact.period.end, reverse=True)
    return compose(query.text, Pick(Intent.GROWTH, tuple(pair)))


def _scaled(text: str) -> list[Quantity]:
    """The amounts TEXT states with a unit or a scale ("$100k", "5 MW"): never a bare
    number ("Model 3")."""
    return [
        m.quantity
        for m in find_quantities(text)
        if m.quantity.unit != "units" or _SCALED.search(m.text)
    ]


def amount_unlike_name(query: Query) -> str | None:
    """'customers over $1m ARR' of a store counting "customers over $100k ARR": the name of
    the metric chosen states an amount, the question another; the metric's name where
    so (the figure is not the one asked for), else None."""
    if not query.metrics or not query.amounts:
        return None
    name = query.metrics[0].metric.name
    in_name = _scaled(name)
    asked = _scaled(query.said)
    if not in_name or not asked:
        return None
    if any(math.isclose(a.value, n.value, rel_tol=1e-9) for a in asked for n in in_name):
        return None
    return name
