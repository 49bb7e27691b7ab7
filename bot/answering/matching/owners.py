"""Which company a question naming none is about: the one whose figures its words choose,
and of several holding them, those holding one for the period it says.
"""

from __future__ import annotations

from dataclasses import replace

from bot.answering.english.words import name_lemmas
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts.periods import FiscalCalendar, resolve
from bot.facts.store import FactStore

# Of how many companies holding a metric a question naming none is read against its period
_MOST_OWNERS = 8


def owned_by_several(store: FactStore, query: Query, scope: str, vocab: Vocabulary) -> bool:
    """With no company named: do figures of the chosen metrics' family, read from the
    same words as well as those, belong to more than one company? ("net profit": one
    company's "group profit", another's "profit attributable to owners".)"""
    if not query.metrics or query.reading is None or query.amounts:
        return False  # ("the 24m smartphone target": the amount names the figure)
    tokens = query.reading.tokens
    if any(
        {tokens[i].lemma for i in h.explained} <= set(name_lemmas(h.metric.name))
        for h in query.metrics
    ):
        return False  # a metric named by its own name ("net profit"), not the family's
    families = {vocab.metric_families.get(h.metric.id) for h in query.metrics}  # type: ignore[arg-type]
    if None in families:
        return False
    words = frozenset().union(*(h.explained for h in query.metrics))
    alike = [
        h.metric.id
        for h in query.reading.candidates
        if vocab.metric_families.get(h.metric.id) in families  # type: ignore[arg-type]
        and h.explained == words
        and h.coverage >= 0.5
        and not h.near
    ]
    ids = list(dict.fromkeys([*(h.metric.id for h in query.metrics), *alike]))
    return len(holding(store, query, scope, vocab, ids)) > 1


def holding(
    store: FactStore, query: Query, scope: str, vocab: Vocabulary, metric_ids: list[int]
) -> list[int]:
    """The companies holding figures of these metrics; of several, those holding one for a
    period the question says ("the FY26 unit target" of a store where only one company has
    FY26 figures), where any does."""
    owners = store.entities_having(scope, metric_ids, limit=_MOST_OWNERS)  # type: ignore[arg-type]
    if len(owners) < 2 or not query.periods:
        return owners
    found = []
    for owner in owners:
        entity = vocab.entities[owner]
        cal = FiscalCalendar.of(entity.fiscal_year_end, entity.fiscal_year_named_by)
        wanted = {p for m in query.periods for p in resolve(m.ref, cal)}
        views = store.facts_for(scope, entity_ids=[owner], metric_ids=metric_ids)
        if any(v.fact.period in wanted for v in views):
            found.append(owner)
    return found or owners


def implied_company(store: FactStore, query: Query, scope: str, vocab: Vocabulary) -> Query:
    """'AHQ vs Tidewater units gap': no company named, but the figures chosen are one
    company's own: it is named by them, so the question is read over all of its figures
    (its other titles, its segments), as if its name had been said."""
    if query.entity_ids or not query.metrics or query.reading is None:
        return query
    owners = holding(store, query, scope, vocab, [h.metric.id for h in query.metrics])
    if len(owners) != 1:
        return query
    ids = tuple(owners)
    return replace(query, entity_ids=ids, reading=replace(query.reading, entity_ids=ids))
