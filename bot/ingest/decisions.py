"""Deciding on what an ingest proposed: correcting a pending candidate, approving it as a
fact (creating its new company or metric first), rejecting it; the one place the command
line and Discord share, so both decide the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.facts.bundle import json_number
from bot.facts.fields import changes_from_fields, fact_from_fields
from bot.facts.model import Entity, FactView, Metric, NotFoundError, SalesBotError
from bot.facts.store import Candidate, FactStore
from bot.ingest.candidates import FACT_FIELDS
from bot.ingest.naming import synonyms_for

EDITABLE = ("entity", "metric", "kind", "period", "value", "unit", "as_of", "quote")


def edit(
    store: FactStore, candidate_id: int, changes: Mapping[str, Any], *, scope: str, actor: str
) -> Candidate:
    """Correct fields of a pending candidate ("value=41M", "period=FY2013", "kind=target")."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise SalesBotError(f"cannot set {sorted(unknown)[0]!r}; settable: {', '.join(EDITABLE)}")
    current = store.candidate(candidate_id, scope)
    if current.status != "pending":
        raise SalesBotError(f"candidate #{candidate_id} is already {current.status}")
    fact = _as_fact(store, current.fields, scope)
    parsed = changes_from_fields(changes, current=fact, store=store, scope=scope)
    if not parsed:
        return current
    fields = dict(current.fields)
    for name, value in parsed.items():
        if name == "period":
            fields["period"] = value.iso()
        elif name == "kind":
            fields["kind"] = value.value
        elif name == "as_of":
            fields["as_of"] = value.isoformat()
        elif name == "value":
            fields["value"] = json_number(value)
        else:
            fields[name] = value
    if "entity" in parsed:
        fields.pop("new_entity", None)
        try:
            store.entity(fields["entity"], scope)
        except NotFoundError:
            fields["new_entity"] = True
    if "metric" in parsed:
        fields.pop("new_metric", None)
        fields.pop("metric_synonyms", None)
        if all(m.name.casefold() != fields["metric"].casefold() for m in store.metrics(scope)):
            fields["new_metric"] = True
            fields["metric_synonyms"] = list(synonyms_for(fields["metric"], fields["unit"]))
    return store.update_candidate(candidate_id, fields, scope=scope, actor=actor)


def _as_fact(store: FactStore, fields: Mapping[str, Any], scope: str):
    given = {k: fields.get(k) for k in FACT_FIELDS}
    given["value"] = repr(float(given["value"])) if given.get("value") is not None else None
    fact = fact_from_fields(given, store=store, scope=scope)
    if fields.get("value_high") is not None:  # a range: both ends in one fact
        fact = dataclasses.replace(fact, value_high=float(fields["value_high"]))
    return fact


def approve(
    store: FactStore,
    candidate_id: int,
    *,
    scope: str,
    actor: str,
    changes: Mapping[str, Any] | None = None,
) -> FactView:
    """Store the candidate as a fact (after CHANGES, if any): its new entity or metric is
    created with the proposed calendar, aliases and synonyms first."""
    if changes:
        edit(store, candidate_id, changes, scope=scope, actor=actor)
    c = store.candidate(candidate_id, scope)
    if c.status != "pending":
        raise SalesBotError(f"candidate #{candidate_id} is already {c.status}")
    f = c.fields
    _ensure_names(store, f, scope, actor)
    fact = _as_fact(store, f, scope)
    return store.approve_candidate(candidate_id, fact, actor=actor)


def _ensure_names(store: FactStore, f: Mapping[str, Any], scope: str, actor: str) -> None:
    entities: list[Entity] = []
    metrics: list[Metric] = []
    aliases = tuple(a for a in (f.get("entity_aliases") or ()) if isinstance(a, str) and a.strip())
    try:
        store.entity(str(f["entity"]), scope)
        exists = True
    except NotFoundError:
        exists = False
    if not exists:
        fye = f.get("fiscal_year_end")
        entities.append(
            Entity(str(f["entity"]), aliases, fye, f.get("fiscal_year_named_by") if fye else None)
        )
    elif aliases:
        free = tuple(a for a in aliases if _entity_free(store, a, scope))
        if free:
            entities.append(Entity(str(f["entity"]), free))
    if all(
        m.name.casefold() != str(f["metric"]).casefold()
        and str(f["metric"]).casefold() not in {s.casefold() for s in m.synonyms}
        for m in store.metrics(scope)
    ):
        # Whichever candidate of a new metric is approved first creates it, with the
        # synonyms people ask with: proposed ones, else the same proposal an edit gets.
        synonyms = tuple(f.get("metric_synonyms") or ()) or synonyms_for(
            str(f["metric"]), str(f.get("unit") or "units")
        )
        metrics.append(Metric(str(f["metric"]), synonyms, f.get("unit")))
    if entities or metrics:
        store.add_names(entities, metrics, scope=scope, actor=actor)


def _entity_free(store: FactStore, alias: str, scope: str) -> bool:
    try:
        store.entity(alias, scope)
    except NotFoundError:
        return True
    return False


def reject(store: FactStore, candidate_id: int, *, scope: str, actor: str) -> None:
    store.reject_candidate(candidate_id, scope=scope, actor=actor)


@dataclass(frozen=True)
class Outcome:
    candidate_id: int
    view: FactView | None = None
    error: str | None = None


def approve_many(store: FactStore, ids: Iterable[int], *, scope: str, actor: str) -> list[Outcome]:
    """Approve each; one that cannot be approved (a clash, a bad quote) does not stop the rest."""
    out = []
    for i in ids:
        try:
            out.append(Outcome(i, approve(store, i, scope=scope, actor=actor)))
        except SalesBotError as e:
            out.append(Outcome(i, error=str(e)))
    return out
