"""Facts as people type them: "39M", "FY2013", "target" -> a Fact, or a dict of changes.

Shared by every front door that lets a person add or edit a fact (command line options,
a Discord modal), so both accept the same spellings and refuse with the same messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from bot.facts.kind_named import casefolded, named_for_kind
from bot.facts.model import Fact, Kind, NotFoundError, Period, SalesBotError
from bot.facts.periods import CALENDAR, FiscalCalendar, parse_period
from bot.facts.quantities import normalize_unit, parse_quantity
from bot.facts.store import FactStore

REQUIRED = ("entity", "metric", "kind", "period", "value", "source", "quote")


def _calendar(store: FactStore, entity: str, scope: str) -> FiscalCalendar:
    try:
        e = store.entity(entity, scope)
    except NotFoundError:
        return CALENDAR
    return FiscalCalendar.of(e.fiscal_year_end, e.fiscal_year_named_by)


def _metric_unit(store: FactStore, metric: str, scope: str) -> str | None:
    wanted = metric.casefold()
    for m in store.metrics(scope):
        if m.name.casefold() == wanted or wanted in (s.casefold() for s in m.synonyms):
            return m.unit
    return None


def _names(store: FactStore, scope: str) -> frozenset[str]:
    return casefolded(m.name for m in store.metrics(scope))


def parse_day(text: str, field: str = "as_of") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SalesBotError(f"{field} must be a date like 2014-05-14, not {text!r}") from None


def _clean(fields: Mapping[str, Any]) -> dict[str, str]:
    given = {k: str(v).strip() for k, v in fields.items() if v is not None and str(v).strip()}
    for key, text in given.items():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # bytes a terminal could not decode, say
            raise SalesBotError(f"the {key} holds a character that is not valid text") from None
    return given


def fact_from_fields(fields: Mapping[str, Any], *, store: FactStore, scope: str) -> Fact:
    """A new fact from typed fields; as_of defaults to the source's publication date."""
    given = _clean(fields)
    missing = [f for f in REQUIRED if f not in given]
    if missing:
        raise SalesBotError(f"missing {', '.join(missing)}")
    changes = _parse(given, store=store, scope=scope, entity=given["entity"])
    changes["metric"] = named_for_kind(changes["metric"], changes["kind"], _names(store, scope))
    if "as_of" not in changes:
        published = store.source(given["source"], scope).published
        if published is None:
            raise SalesBotError("give as_of: the source has no publication date")
        changes["as_of"] = published
    return Fact(scope=scope, **changes)


def changes_from_fields(
    fields: Mapping[str, Any], *, current: Fact, store: FactStore, scope: str
) -> dict[str, Any]:
    """Only the fields a person filled in, parsed against the fact being edited."""
    given = _clean(fields)
    if not given:
        raise SalesBotError("nothing to change")
    changes = _parse(
        given,
        store=store,
        scope=scope,
        entity=given.get("entity", current.entity),
        unit=current.unit,
    )
    if "metric" in changes:
        kind = changes.get("kind", current.kind)
        changes["metric"] = named_for_kind(changes["metric"], kind, _names(store, scope))
    return {k: v for k, v in changes.items() if getattr(current, k) != v}


def _parse(
    given: dict[str, str], *, store: FactStore, scope: str, entity: str, unit: str | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("entity", "metric", "source", "quote"):
        if key in given:
            out[key] = given[key]
    if "kind" in given:
        out["kind"] = Kind.parse(given["kind"])
    if "period" in given:
        text = given["period"]
        out["period"] = (
            Period.from_iso(text)
            if "/" in text and text[:4].isdigit()
            else parse_period(text, _calendar(store, entity, scope))
        )
    if "unit" in given:
        out["unit"] = normalize_unit(given["unit"])
    if "value" in given:
        default_unit = (
            out.get("unit")
            or (_metric_unit(store, given["metric"], scope) if "metric" in given else None)
            or unit
        )
        quantity = parse_quantity(given["value"], default_unit=default_unit)
        if "unit" in out and quantity.unit != out["unit"]:
            raise SalesBotError(f"the value says {quantity.unit} but the unit says {out['unit']}")
        out["value"], out["unit"] = quantity.value, quantity.unit
        out["value_high"] = quantity.high  # None: a single figure (also ends a former range)
    elif "unit" not in out and "metric" in given and unit is None:
        out["unit"] = _metric_unit(store, given["metric"], scope) or "units"
    if "as_of" in given:
        out["as_of"] = parse_day(given["as_of"])
    return out
