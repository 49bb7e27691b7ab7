"""What the store holds, said beside an "I don't have that": a sample of its latest figures,
the companies and metrics they are of, and questions it can answer."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering.answer import Answer
from bot.answering.phrases import short_when
from bot.answering.wording.compose import unknown
from bot.facts.model import FactView, Kind
from bot.facts.store import FactStore

# How many companies a question that names none may be about before we ask which.
MAX_ENTITIES_WITHOUT_NAME = 6
# How many recent facts an "I don't have that" answer looks at to say what the store has.
OVERVIEW_SIZE = 100


def unknown_with_holdings(
    store: FactStore, text: str, message: str, scope: str, entity_ids: Sequence[int]
) -> Answer:
    """'I don't have that': MESSAGE, then what the store holds for ENTITY_IDS (else for
    the first few companies) and questions it can answer."""
    overview = store_sample(store, scope, entity_ids)
    return unknown(text, message + holdings(overview), suggest(overview))


def store_sample(
    store: FactStore, scope: str, entity_ids: Sequence[int], *, current_only: bool = True
) -> list[FactView]:
    """A sample of what the store holds: for the named entities, else for the first few."""
    if entity_ids:
        views = store.facts_for(scope, entity_ids=list(entity_ids), limit=OVERVIEW_SIZE, keep=True)
    else:
        ids = [e.id for e in store.entities(scope)[:MAX_ENTITIES_WITHOUT_NAME]]
        views = (
            store.facts_for(scope, entity_ids=ids, limit=OVERVIEW_SIZE, keep=True)  # type: ignore[arg-type]
            if ids
            else []
        )
    return sorted(
        (v for v in views if v.is_current or not current_only),
        key=lambda v: (v.fact.period.end, v.fact.kind is Kind.ACTUAL),
        reverse=True,
    )


def holdings(views: Sequence[FactView]) -> str:
    """' I have figures for Sony: net sales, units sold; ...': the companies of VIEWS and
    their metrics, the first three."""
    by_entity: dict[str, list[str]] = {}
    for v in views:
        metrics = by_entity.setdefault(v.fact.entity, [])
        if v.fact.metric not in metrics:
            metrics.append(v.fact.metric)
    if not by_entity:
        return " The store has no facts yet."
    parts = [f"{name}: {', '.join(metrics)}" for name, metrics in list(by_entity.items())[:3]]
    return " I have figures for " + "; ".join(parts) + "."


def suggest(views: Sequence[FactView], limit: int = 3) -> tuple[str, ...]:
    """Questions the store can answer, one per figure, most recent first."""
    out: list[str] = []
    for v in views:
        f = v.fact
        kind = "" if f.kind is Kind.ACTUAL else f" {f.kind.value}"
        question = f"{f.entity} {f.metric}{kind} {short_when(v)}"
        if question not in out:
            out.append(question)
        if len(out) == limit:
            break
    return tuple(out)
