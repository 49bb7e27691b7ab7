"""The fact bundle (CONTRACT.md section 3): validate a parsed JSON bundle into model values.

Pure: no I/O and no store. Every problem is reported as one SalesBotError that names the
record and the field, so a person can fix the file without reading code. Cross-record
checks that need the store (does the quote occur in its source?) happen in the store.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bot.facts.model import Entity, Fact, Kind, Metric, Period, SalesBotError, Source
from bot.facts.quantities import MAX_MAGNITUDE, check_figure, normalize_unit

NAMED_BY = ("start", "end")


@dataclass(frozen=True)
class Bundle:
    entities: tuple[Entity, ...]
    metrics: tuple[Metric, ...]
    sources: tuple[Source, ...]
    facts: tuple[Fact, ...]


def read_bundle_file(path: str | Path) -> Bundle:
    """Read and validate a bundle file; one clear error for a missing or malformed file."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SalesBotError(f"no such bundle file: {path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise SalesBotError(f"cannot read bundle {path}: {e}") from None
    return parse_bundle_text(raw, name=str(path))


def parse_bundle_text(raw: str, name: str = "bundle") -> Bundle:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise SalesBotError(
            f"{name} is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})"
        ) from None
    except RecursionError:
        raise SalesBotError(f"{name} is nested too deeply to be a bundle") from None
    return parse_bundle(data)


def parse_bundle(data: Any) -> Bundle:
    if not isinstance(data, dict):
        raise SalesBotError("a bundle must be a JSON object with entities, sources and facts")
    unknown = set(data) - {"entities", "metrics", "sources", "facts", "format", "exported_at"}
    if unknown:
        raise SalesBotError(f"a bundle has no section named {sorted(unknown)[0]!r}")
    return Bundle(
        entities=tuple(_entity(i, r) for i, r in enumerate(_list(data, "entities"), 1)),
        metrics=tuple(_metric(i, r) for i, r in enumerate(_list(data, "metrics"), 1)),
        sources=tuple(_source(i, r) for i, r in enumerate(_list(data, "sources"), 1)),
        facts=tuple(_fact(i, r) for i, r in enumerate(_list(data, "facts"), 1)),
    )


def _list(data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise SalesBotError(f"the bundle's {key!r} must be a list")
    return value


class _Record:
    """Reads typed fields of one bundle record and names it in every error."""

    def __init__(self, what: str, index: int, raw: Any, label_keys: tuple[str, ...]) -> None:
        if not isinstance(raw, dict):
            raise SalesBotError(f"{what} {index} must be a JSON object")
        self.raw = raw
        label = " ".join(str(raw[k]) for k in label_keys if isinstance(raw.get(k), str | int))
        self.name = f"{what} {index}" + (f" ({label})" if label else "")

    def fail(self, field: str, problem: str) -> SalesBotError:
        return SalesBotError(f"{self.name}: {field!r} {problem}")

    def text(self, field: str, *, required: bool = True) -> str | None:
        value = self.raw.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail(field, "is missing")
            return None
        if not isinstance(value, str):
            raise self.fail(field, "must be a string")
        self.check_unicode(field, value)
        return value.strip()

    def check_unicode(self, field: str, value: str) -> None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(field, "holds an invalid character (a lone surrogate)") from None

    def day(self, field: str, *, required: bool = True) -> date | None:
        value = self.text(field, required=required)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(field, f"must be a date like 2014-05-14, not {value!r}") from None

    def strings(self, field: str) -> tuple[str, ...]:
        value = self.raw.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(field, "must be a list of strings")
        for v in value:
            self.check_unicode(field, v)
        return tuple(v.strip() for v in value if v.strip())


def _entity(index: int, raw: Any) -> Entity:
    r = _Record("entity", index, raw, ("name",))
    year_end = r.text("fiscal_year_end", required=False)
    named_by = r.text("fiscal_year_named_by", required=False)
    if year_end is not None:
        _check_month_day(r, year_end)
    if named_by is not None and named_by not in NAMED_BY:
        raise r.fail("fiscal_year_named_by", "must be 'start' or 'end'")
    return Entity(
        name=r.text("name"),  # type: ignore[arg-type]
        aliases=r.strings("aliases"),
        fiscal_year_end=year_end,
        fiscal_year_named_by=named_by or ("start" if year_end else None),
    )


def _check_month_day(r: _Record, value: str) -> None:
    try:
        date.fromisoformat(f"2001-{value}")  # a non-leap year: 02-29 is not a year end
    except ValueError:
        raise r.fail("fiscal_year_end", f"must be MM-DD like 03-31, not {value!r}") from None


def _metric(index: int, raw: Any) -> Metric:
    r = _Record("metric", index, raw, ("name",))
    unit = r.text("unit", required=False)
    return Metric(
        name=r.text("name"),  # type: ignore[arg-type]
        synonyms=r.strings("synonyms"),
        unit=_unit(r, unit) if unit else None,
    )


def _source(index: int, raw: Any) -> Source:
    r = _Record("source", index, raw, ("key",))
    return Source(
        key=r.text("key"),  # type: ignore[arg-type]
        title=r.text("title"),  # type: ignore[arg-type]
        publisher=r.text("publisher", required=False),
        url=r.text("url", required=False),
        published=r.day("published", required=False),
        text=r.text("text"),  # type: ignore[arg-type]
    )


def _fact(index: int, raw: Any) -> Fact:
    r = _Record("fact", index, raw, ("entity", "metric", "period"))
    for name in ("entity", "metric", "kind", "period"):  # report gaps in the format's order
        r.text(name)
    period_text = r.text("period")
    try:
        period = Period.from_iso(period_text)  # type: ignore[arg-type]
    except SalesBotError as e:
        raise r.fail("period", str(e)) from None
    try:
        kind = Kind.parse(r.text("kind"))  # type: ignore[arg-type]
    except SalesBotError as e:
        raise r.fail("kind", str(e)) from None
    value = _number(r, "value", r.raw.get("value"))
    high = (
        _number(r, "value_high", r.raw["value_high"])
        if r.raw.get("value_high") is not None
        else None
    )
    try:
        check_figure(value, high)
    except SalesBotError as e:
        raise r.fail(
            "value_high" if high is not None and high < value else "value", str(e)
        ) from None
    return Fact(
        entity=r.text("entity"),  # type: ignore[arg-type]
        metric=r.text("metric"),  # type: ignore[arg-type]
        kind=kind,
        period=period,
        value=value,
        value_high=high,
        unit=_unit(r, r.text("unit")),  # type: ignore[arg-type]
        as_of=r.day("as_of"),  # type: ignore[arg-type]
        source=r.text("source"),  # type: ignore[arg-type]
        quote=r.text("quote"),  # type: ignore[arg-type]
    )


def _number(r: _Record, field: str, value: Any) -> float:
    if value is None:
        raise r.fail(field, "is missing")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise r.fail(field, f"must be a number, not {value!r}")
    try:
        number = float(value)  # an int of 400 digits overflows here
    except OverflowError:
        number = math.inf
    if not math.isfinite(number) or abs(number) >= MAX_MAGNITUDE:
        raise r.fail(field, "must be a number between -10^18 and 10^18")
    return number


def _unit(r: _Record, unit: str) -> str:
    try:
        return normalize_unit(unit)
    except SalesBotError as e:
        raise r.fail("unit", str(e)) from None


def dump_bundle(bundle: Bundle) -> dict:
    """The JSON form of a bundle, as `parse_bundle` reads it back."""
    return {
        "entities": [
            _without_nones(
                {
                    "name": e.name,
                    "aliases": list(e.aliases),
                    "fiscal_year_end": e.fiscal_year_end,
                    "fiscal_year_named_by": e.fiscal_year_named_by,
                }
            )
            for e in bundle.entities
        ],
        "metrics": [
            _without_nones({"name": m.name, "synonyms": list(m.synonyms), "unit": m.unit})
            for m in bundle.metrics
        ],
        "sources": [
            {
                "key": s.key,
                "title": s.title,
                "publisher": s.publisher,
                "url": s.url,
                "published": s.published.isoformat() if s.published else None,
                "text": s.text,
            }
            for s in bundle.sources
        ],
        "facts": [
            {
                "entity": f.entity,
                "metric": f.metric,
                "kind": f.kind.value,
                "period": f.period.iso(),
                "value": json_number(f.value),
                **({} if f.value_high is None else {"value_high": json_number(f.value_high)}),
                "unit": f.unit,
                "as_of": f.as_of.isoformat(),
                "source": f.source,
                "quote": f.quote,
            }
            for f in bundle.facts
        ],
    }


def json_number(value: float) -> int | float:
    """39000000.0 -> 39000000, so JSON shows figures the way people wrote them."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _without_nones(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None}
