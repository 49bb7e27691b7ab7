"""Companies invented inside a test module: facts in the bundle format quoting one notes
source, and an engine over the seed plus them. Shared by the engine's capability tables so
each table states only its companies and figures."""

from __future__ import annotations

from typing import Any

from bot.answering import Engine
from bot.facts.bundle import Bundle, parse_bundle
from bot.facts.model import SHARED_SCOPE
from bot.facts.store import FactStore


def fact(entity, metric, kind, period, value, unit, as_of) -> dict[str, Any]:
    """One fact as a bundle writes it, quoting the notes."""
    return {
        "entity": entity,
        "metric": metric,
        "kind": kind,
        "period": period,
        "value": value,
        "unit": unit,
        "as_of": as_of,
        "source": "notes",
        "quote": "Results notes.",
    }


def bundle(entities: list[dict[str, Any]], facts: list[dict[str, Any]], published: str):
    """A bundle of these entities and facts, with the notes they quote published then."""
    return {
        "entities": entities,
        "sources": [
            {
                "key": "notes",
                "title": "Results notes",
                "publisher": "Test wire",
                "url": "https://example.com/notes",
                "published": published,
                "text": "Results notes.",
            }
        ],
        "facts": facts,
    }


def engine_over(seed: Bundle, data: dict[str, Any]) -> Engine:
    """An engine over a store holding the seed and DATA (a bundle as written)."""
    store = FactStore.in_memory(seed=seed)
    store.import_bundle(parse_bundle(data), actor="test", scope=SHARED_SCOPE)
    return Engine(store)
