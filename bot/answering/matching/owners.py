"""Which company a question naming none is about: the one whose figures its words choose,
and of several holding them, those holding one for the period it says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.answering.english.words import name_lemmas
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts import reporting
from bot.facts.model import Fact, Kind, Period
from bot.facts.periods import FiscalCalendar, resolve
from bot.facts.store import FactStore

# Of how many companies holding a metric a question naming none is read against its period
_MOST_OWNERS = 8


def owned_by_several(store: FactStore, query: Query, scope: str, vocab: Vocabulary) -> bool:
    """With no company named: do figures the question's words fit as well as the chosen
    ones belong to more than one company? ("net profit": one company's "group profit",
    another's "profit attributable to owners"; "how many phones did they ship": one
    company's phones sold, another's phone shipments.)"""
    if not query.metrics or query.reading is None or query.amounts:
        return False  # ("the 24m smartphone target": the amount names the figure)
    if _said_whole(query):
        return False  # a metric named by its own name ("net profit"), not the family's
    return len(holding(store, query, scope, vocab, _alike(query, vocab))) > 1


def _said_whole(query: Query) -> bool:
    said = {t.lemma for t in query.reading.tokens}  # type: ignore[union-attr]
    return any(set(name_lemmas(h.metric.name)) <= said for h in query.metrics)


def _alike(query: Query, vocab: Vocabulary) -> list[int]:
    """The chosen metrics and those the question's words fit as well: the same words
    explained (however long the rest of the name), of a family of the same measure. None where a
    chosen metric's whole name is said and no other's is ("net profit")."""
    chosen = [h.metric.id for h in query.metrics]
    if _said_whole(query):
        return chosen
    measures = {_measure(vocab, h.metric.id) for h in query.metrics}
    if None in measures:
        return chosen
    words = frozenset().union(*(h.explained for h in query.metrics))
    nouns = max(h.nouns for h in query.metrics)
    alike = [
        h.metric.id
        for h in query.reading.candidates  # type: ignore[union-attr]
        if _measure(vocab, h.metric.id) in measures
        and h.explained == words
        and h.nouns == nouns
        and not h.near
        # (a change's words fit every change: half a change metric's name is said)
        and (_measure(vocab, h.metric.id) != "change" or h.coverage >= 0.5)
    ]
    return list(dict.fromkeys([*chosen, *alike]))


def _measure(vocab: Vocabulary, metric_id: int | None) -> str | None:
    """What a metric's family measures ('units' for sold, shipped and delivered alike),
    with a change apart from its level."""
    family = vocab.metric_families.get(metric_id)  # type: ignore[arg-type]
    if family is None:
        return None
    return "change" if family == "growth" else reporting.family(family).measure


def holding(
    store: FactStore, query: Query, scope: str, vocab: Vocabulary, metric_ids: list[int]
) -> list[int]:
    """The companies holding figures of these metrics; of several, those whose figures fit
    what the question says of the one it wants, where any does: a figure for the period
    ("the FY26 unit target" of a store where only one company has FY26 figures), of the
    kind ("guidance"), stated in the year it names ("the target set in January 2025"), a
    range where it asks for an end ("the top of the guidance")."""
    owners = store.entities_having(scope, metric_ids, limit=_MOST_OWNERS)  # type: ignore[arg-type]
    if len(owners) < 2:
        return owners
    tests = _tests(query)
    if not tests:
        return owners
    series = {
        owner: store.facts_for(scope, entity_ids=[owner], metric_ids=metric_ids) for owner in owners
    }
    for test in tests:  # each narrows the companies, where any company passes it
        found = [o for o in owners if any(test(vocab, o, v.fact) for v in series[o])]
        owners = found or owners
    return owners


def _tests(query: Query) -> list[Callable[[Vocabulary, int, Fact], bool]]:
    """What a company's figure must fit of what the question says of the one it wants."""
    tests: list[Callable[[Vocabulary, int, Fact], bool]] = []
    if query.periods:
        asked: dict[int, list[Period]] = {}  # (each company's calendar read once)

        def periods(vocab: Vocabulary, owner: int) -> list[Period]:
            if owner not in asked:
                entity = vocab.entities[owner]
                cal = FiscalCalendar.of(entity.fiscal_year_end, entity.fiscal_year_named_by)
                asked[owner] = [p for m in query.periods for p in resolve(m.ref, cal)]
            return asked[owner]

        def in_period(vocab: Vocabulary, owner: int, fact: Fact) -> bool:
            return fact.period in periods(vocab, owner)

        def around_period(vocab: Vocabulary, owner: int, fact: Fact) -> bool:
            # ("q4 2025 sales volume" where only one company has figures of 2025 at all: the
            # figure may be worked out of them, but another company's of 2013 never is)
            return any(
                fact.period.start <= p.end and p.start <= fact.period.end
                for p in periods(vocab, owner)
            )

        tests += [in_period, around_period]
    if query.kind is not None or query.expected or query.range_end is not None:
        kinds = {query.kind} if query.kind is not None else {Kind.TARGET, Kind.FORECAST}
        tests.append(lambda vocab, owner, fact: fact.kind in kinds)
    if query.as_of is not None:
        year = query.as_of.year  # (a statement of that year: its month may be loose)
        tests.append(lambda vocab, owner, fact: fact.as_of.year == year)
    if query.range_end is not None:
        tests.append(
            lambda vocab, owner, fact: fact.value_high is not None or "end)" in fact.metric
        )
    return tests


def implied_company(store: FactStore, query: Query, scope: str, vocab: Vocabulary) -> Query:
    """'AHQ vs Tidewater units gap': no company named, but the figures chosen are one
    company's own: it is named by them, so the question is read over all of its figures
    (its other titles, its segments), as if its name had been said."""
    if query.entity_ids or not query.metrics or query.reading is None:
        return query
    owners = holding(store, query, scope, vocab, _alike(query, vocab))
    if len(owners) != 1:
        return query
    ids = tuple(owners)
    return replace(query, entity_ids=ids, reading=replace(query.reading, entity_ids=ids))
