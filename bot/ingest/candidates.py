"""A proposal as a candidate's stored fields, and a candidate as people and outside tools
read it: its fact in JSON, its period in words, a new company's proposed calendar.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.facts.bundle import json_number
from bot.facts.model import NotFoundError, SalesBotError
from bot.facts.periods import FiscalCalendar, describe
from bot.facts.store import Candidate, FactStore
from bot.ingest.calendar import calendar_of
from bot.ingest.extract import KnownMetric, Proposal

FACT_FIELDS = ("entity", "metric", "kind", "period", "value", "unit", "as_of", "source", "quote")


def candidate_fields(
    p: Proposal,
    source_key: str,
    *,
    new_entity: bool,
    calendar: FiscalCalendar | None,
    store_metrics: Sequence[KnownMetric],
) -> dict[str, Any]:
    """A proposal in the bundle's fact format, plus what approving it needs to know."""
    out: dict[str, Any] = {
        "entity": p.entity,
        "metric": p.metric,
        "kind": p.kind.value,
        "period": p.period.iso(),
        "value": json_number(p.value),
        **({"value_high": json_number(p.value_high)} if p.value_high is not None else {}),
        "unit": p.unit,
        "as_of": p.as_of.isoformat(),
        "source": source_key,
        "quote": p.quote,
    }
    if p.metric.casefold() not in {m.name.casefold() for m in store_metrics}:
        out["new_metric"] = True
        out["metric_synonyms"] = list(p.metric_synonyms)
    elif p.metric_synonyms:
        out["metric_synonyms"] = list(p.metric_synonyms)
    if p.entity_aliases:
        out["entity_aliases"] = list(p.entity_aliases)
    if new_entity:
        out["new_entity"] = True
        if calendar is not None and not calendar.is_calendar:
            out["fiscal_year_end"] = calendar.fiscal_year_end
            out["fiscal_year_named_by"] = calendar.named_by
    if p.headline:
        out["headline"] = True
    if p.note:
        out["note"] = p.note
    return out


def fact_json(c: Candidate) -> dict[str, Any]:
    """A candidate as outside tools read it: the bundle's fact fields and its id."""
    f = c.fields
    out: dict[str, Any] = {"candidate": c.id, **{k: f.get(k) for k in FACT_FIELDS}}
    if f.get("value_high") is not None:
        out["value_high"] = f["value_high"]
    out["status"] = c.status
    for extra in (
        "new_entity",
        "fiscal_year_end",
        "fiscal_year_named_by",
        "calendar_evidence",
        "new_metric",
        "metric_synonyms",
        "entity_aliases",
        "note",
    ):
        if f.get(extra) not in (None, [], False):
            out[extra] = f[extra]
    return out


def calendar_note(fields: Mapping[str, Any]) -> str:
    """A new company's proposed calendar, in words: "fiscal year ends 06-30, named by its
    end year (proposed from the report: “…”)"."""
    out = (
        f"fiscal year ends {fields.get('fiscal_year_end')}, "
        f"named by its {fields.get('fiscal_year_named_by') or 'end'} year"
    )
    if fields.get("calendar_evidence"):
        out += f" (proposed from the report: “{fields['calendar_evidence']}”)"
    return out


def period_label_in(store: FactStore, scope: str, fields: Mapping[str, Any]) -> str:
    """The period in words, under the entity's calendar (the store's, else the proposed)."""
    from bot.facts.model import Period

    cal = calendar_of(fields.get("fiscal_year_end"), fields.get("fiscal_year_named_by"))
    try:
        e = store.entity(str(fields.get("entity")), scope)
        cal = calendar_of(e.fiscal_year_end, e.fiscal_year_named_by)
    except NotFoundError:
        pass
    try:
        return describe(Period.from_iso(str(fields["period"])), cal)
    except (SalesBotError, KeyError):
        return str(fields.get("period"))
