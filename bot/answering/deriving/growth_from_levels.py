"""Growth worked out from levels when the change metric chosen lacks the period asked: from
the company's level metrics settled again, or from the level the change metric is named after
('net sales' of 'net sales growth')."""

from __future__ import annotations

from dataclasses import replace

from bot.answering.matching.decision import Pick
from bot.answering.matching.match import select
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.reading.settle import settle
from bot.answering.vocabulary.name_forms import level_named
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts.model import FactView
from bot.facts.store import FactStore


def growth_from_levels(
    query: Query, entity_facts: list[FactView], vocab: Vocabulary
) -> Pick | None:
    """'deliveries growth 2024 vs 2023' when the stated change ('vehicle deliveries
    change') lacks that period: the growth computed from the two levels, citing both."""
    changes = {
        h.metric.id
        for h in query.metrics
        if vocab.metric_families.get(h.metric.id) == "growth"  # type: ignore[arg-type]
    }
    if not changes or query.reading is None:
        return None
    available = {
        i
        for i in {vocab.metric_id(v.fact.metric) for v in entity_facts}
        if vocab.metric_families.get(i) != "growth"  # type: ignore[arg-type]
    }  # levels only: another change ("Outdoor Gear revenue change") is no level
    levels = settle(query.reading, vocab, available)  # type: ignore[arg-type]
    if not levels.metrics or levels.unexplained or levels.intent is not Intent.GROWTH:
        return None
    chosen = {h.metric.name for h in levels.metrics}
    decision = select(levels, [v for v in entity_facts if v.fact.metric in chosen])
    return decision if isinstance(decision, Pick) else None


def growth_of_base(
    store: FactStore, query: Query, scope: str, named: list[int], vocab: Vocabulary
) -> Pick | None:
    """'Q3 yoy growth' where the stated 'net sales growth' lacks Q3: the growth of
    the level the change metric is named after ('net sales'), from its two figures."""
    if len(query.metrics) != 1 or query.reading is None:
        return None
    chosen = query.metrics[0].metric
    if vocab.metric_families.get(chosen.id) != "growth":  # type: ignore[arg-type]
        return None
    base = vocab.metric_id(level_named(chosen.name))
    if base is None or base == chosen.id:
        return None
    facts = store.facts_for(scope, entity_ids=named, metric_ids=[base])  # type: ignore[arg-type]
    decision = select(replace(query, intent=Intent.GROWTH), facts)
    return decision if isinstance(decision, Pick) and decision.intent is Intent.GROWTH else None
