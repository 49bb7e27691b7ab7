"""The fact bundle (CONTRACT.md section 3): validate a parsed JSON bundle into model values.

Pure: no I/O and no store. Every problem is reported as one SalesBotError that names the
record and the field, so a person can fix the file without reading code. Cross-record
checks that need the store (does the quote occur in its source?) happen in the store.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from bot import patterns
from bot.facts.kind_named import casefolded, named_for_kind
from bot.facts.model import (
    SHARED_SCOPE,
    Entity,
    Fact,
    Kind,
    Metric,
    Period,
    SalesBotError,
    Source,
)
from bot.facts.quantities import MAX_MAGNITUDE, check_figure, normalize_unit

NAMED_BY = ("start", "end")


@dataclass(frozen=True)
class Bundle:
    """A bundle's records. Parsed from text they are tuples; streamed from a file
    (`stream_bundle_file`) each section is re-read record by record when iterated."""

    entities: Iterable[Entity]
    metrics: Iterable[Metric]
    sources: Iterable[Source]
    facts: Iterable[Fact]
    scope: str | None = None  # set by an export: whose view of the store this is


SECTIONS = ("entities", "metrics", "sources", "facts")
# Top-level keys a bundle may carry besides its sections: written by `export`, not read.
_INFO_KEYS = ("format", "exported_at", "history")


class _Section:
    """One section of a bundle file, parsed record by record each time it is iterated
    (ijson's C parser builds one record at a time: memory stays flat in the file's size)."""

    def __init__(self, path: Path, key: str, parse: Callable[[int, Any], Any]) -> None:
        self.path, self.key, self.parse = path, key, parse

    def __iter__(self) -> Iterator[Any]:
        import ijson  # here, as in the other readers: a question never reads a bundle file

        with _opened(self.path) as f:
            records = ijson.items(f, f"{self.key}.item", use_float=True)
            for i, raw in enumerate(_guarded(records, self.path), 1):
                yield self.parse(i, raw)


def stream_bundle_file(path: str | Path) -> Bundle:
    """A bundle file, checked in outline (one JSON object of known sections, each a list)
    and then read lazily: each record is validated as it is reached, with the same
    messages as `parse_bundle`. A million facts never sit in memory at once."""
    # streaming JSON (C parser): bundles of a million facts in flat memory. Imported here:
    # with decimal, ~3 ms of every command, `ask` included, that reads no bundle file
    import ijson

    path = Path(path)
    _check_surrogates(path)
    depth = 0
    with _opened(path) as f:
        # A small buffer: the parser builds every event of a buffer before the first is
        # seen, and "[[[[…" costs it quadratic time in the depth of one buffer.
        events = ijson.parse(f, use_float=True, buf_size=4096)
        for prefix, event, value in _guarded(events, path):
            if event in ("start_map", "start_array"):
                depth += 1
                if depth > _MAX_DEPTH:
                    raise SalesBotError(f"{path} is nested too deeply to be a bundle")
            elif event in ("end_map", "end_array"):
                depth -= 1
            if not prefix:
                if event == "map_key" and value not in SECTIONS + _INFO_KEYS:
                    raise SalesBotError(f"a bundle has no section named {value!r}")
                if event not in ("map_key", "start_map", "end_map"):
                    raise SalesBotError(
                        "a bundle must be a JSON object with entities, sources and facts"
                    )
            elif prefix in SECTIONS and event not in ("start_array", "end_array"):
                raise SalesBotError(f"the bundle's {prefix!r} must be a list")
    return Bundle(
        entities=_Section(path, "entities", _entity),
        metrics=_Section(path, "metrics", _metric),
        sources=_Section(path, "sources", _source),
        facts=_Section(path, "facts", functools.partial(_fact_named, names=_metric_names(path))),
    )


def _metric_names(path: Path) -> frozenset[str]:
    """The metric names a bundle file's facts write (a streamed pass: names only)."""
    import ijson

    with _opened(path) as f:
        names = ijson.items(f, "facts.item.metric", use_float=True)
        return casefolded(n for n in _guarded(names, path) if isinstance(n, str))


_MAX_DEPTH = 32  # a bundle nests five deep (history's before/after a little more)
# A \\uD800-\\uDFFF escape that is not half of a pair: the C parser would turn it into "?".
_SURROGATE = patterns.compile(
    rb"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[dD][89a-fA-F][0-9a-fA-F]{2}"
)


def _check_surrogates(path: Path) -> None:
    """Refuse a file with a lone surrogate escape, which no text can store."""
    tail = b""
    with _opened(path) as f:
        while True:
            chunk = f.read(1 << 20)
            data = tail + chunk
            # the last 12 bytes may hold half a pair: they are scanned again with the next
            end = max(len(data) - 12, 0) if chunk else len(data)
            resume = end
            for m in _SURROGATE.finditer(data):
                if m.start() >= end:
                    break
                if len(m[0]) == 6:
                    raise SalesBotError(
                        f"{path} holds an invalid character (a lone surrogate escape "
                        f"{m[0].decode()!r})"
                    )
                resume = max(resume, m.end())
            if not chunk:
                return
            tail = data[resume:]


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    try:
        f = path.open("rb")
    except FileNotFoundError:
        raise SalesBotError(f"no such bundle file: {path}") from None
    except OSError as e:
        raise SalesBotError(f"cannot read bundle {path}: {e.strerror or e}") from None
    with f:
        yield f


def _guarded(items: Iterator[Any], path: Path) -> Iterator[Any]:
    """ITEMS, with the parser's errors turned into one clear refusal."""
    import ijson

    try:
        yield from items
    except ijson.JSONError as e:
        problem = (str(e).strip().splitlines() or ["malformed"])[0].strip().rstrip(".")
        raise SalesBotError(f"{path} is not valid JSON ({problem})") from None
    except UnicodeDecodeError as e:
        raise SalesBotError(f"cannot read bundle {path}: {e}") from None
    except RecursionError:
        raise SalesBotError(f"{path} is nested too deeply to be a bundle") from None


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
    unknown = set(data) - set(SECTIONS + _INFO_KEYS)
    if unknown:
        raise SalesBotError(f"a bundle has no section named {sorted(unknown)[0]!r}")
    raw_facts = _list(data, "facts")
    names = casefolded(
        r["metric"] for r in raw_facts if isinstance(r, dict) and isinstance(r.get("metric"), str)
    )
    return Bundle(
        entities=tuple(_entity(i, r) for i, r in enumerate(_list(data, "entities"), 1)),
        metrics=tuple(_metric(i, r) for i, r in enumerate(_list(data, "metrics"), 1)),
        sources=tuple(_source(i, r) for i, r in enumerate(_list(data, "sources"), 1)),
        facts=tuple(_fact_named(i, r, names) for i, r in enumerate(raw_facts, 1)),
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

    def text(self, field: str, *, required: bool = True, exact: bool = False) -> str | None:
        """The field's string, stripped (EXACT: as written, so a source's text stays
        byte for byte what was stored); None or a refusal when missing or blank."""
        value = self.raw.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail(field, "is missing")
            return None
        if not isinstance(value, str):
            raise self.fail(field, "must be a string")
        self.check_unicode(field, value)
        return value if exact else value.strip()

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
        text=r.text("text", exact=True),  # type: ignore[arg-type]
        scope=_marked_scope(r),
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
    removed = r.raw.get("removed", False)
    if not isinstance(removed, bool):
        raise r.fail("removed", "must be true or false")
    return Fact(
        scope=_marked_scope(r),
        deleted=removed,
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


# A record's scope: "" (the importer's) unless the bundle marks it "shared", as a server's
# export does for the shared rows it sees, so importing it never copies them into a server.
UNSCOPED = ""


def _fact_named(index: int, raw: Any, names: frozenset[str]) -> Fact:
    """`_fact`, a metric named with its own kind beside the figure's name (NAMES: the
    bundle's metric names, casefolded) stored by the figure's: 'net sales forecast' ->
    'net sales'."""
    f = _fact(index, raw)
    named = named_for_kind(f.metric, f.kind, names)
    return f if named == f.metric else dataclasses.replace(f, metric=named)


def _marked_scope(r: _Record) -> str:
    scope = r.raw.get("scope")
    if scope is None:
        return UNSCOPED
    if scope != SHARED_SCOPE:
        raise r.fail("scope", f"can only be {SHARED_SCOPE!r} (or left out)")
    return SHARED_SCOPE


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
    """The JSON form of a bundle, as `parse_bundle` reads it back. A server's export
    marks the shared rows it shows, so importing it never copies them into the server."""
    mark = bundle.scope not in (None, SHARED_SCOPE)
    return {
        "entities": [entity_record(e) for e in bundle.entities],
        "metrics": [metric_record(m) for m in bundle.metrics],
        "sources": [source_record(s, mark_shared=mark) for s in bundle.sources],
        "facts": [fact_record(f, mark_shared=mark) for f in bundle.facts],
    }


def entity_record(e: Entity) -> dict:
    return _without_nones(
        {
            "name": e.name,
            "aliases": list(e.aliases),
            "fiscal_year_end": e.fiscal_year_end,
            "fiscal_year_named_by": e.fiscal_year_named_by,
        }
    )


def metric_record(m: Metric) -> dict:
    return _without_nones({"name": m.name, "synonyms": list(m.synonyms), "unit": m.unit})


def source_record(s: Source, *, mark_shared: bool = False) -> dict:
    """MARK_SHARED: say the source is the shared scope's (a server's export)."""
    return {
        "key": s.key,
        "title": s.title,
        "publisher": s.publisher,
        "url": s.url,
        "published": s.published.isoformat() if s.published else None,
        "text": s.text,
        **({"scope": SHARED_SCOPE} if mark_shared and s.scope == SHARED_SCOPE else {}),
    }


def fact_record(f: Fact, *, mark_shared: bool = False) -> dict:
    return {
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
        **({"scope": SHARED_SCOPE} if mark_shared and f.scope == SHARED_SCOPE else {}),
        **({"removed": True} if f.deleted else {}),
    }


def json_number(value: float) -> int | float:
    """39000000.0 -> 39000000, so JSON shows figures the way people wrote them."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _without_nones(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None}
