"""Rows to model values: facts, sources, audit entries and candidates, built fast
(an answer at a million facts converts a few hundred rows)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date

from bot.facts.model import (
    AuditEntry,
    Fact,
    FactView,
    Kind,
    Period,
    SalesBotError,
    Source,
)
from bot.facts.store.common import Candidate

# -- row conversion ------------------------------------------------------------------------


def _dict_rows(cursor: sqlite3.Cursor) -> Iterator[dict]:
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


_KINDS = {k.value: k for k in Kind}
# Rows repeat the same few thousand periods and dates: parse each once. Bounded, in case a
# long-running process meets many distinct values (they are cleared, not evicted one by one).
_PERIODS: dict[tuple[str, str], Period] = {}
_DATES: dict[str, date] = {}
_CACHE_LIMIT = 50_000


def _period(start: str, end: str) -> Period:
    key = (start, end)
    found = _PERIODS.get(key)
    if found is None:
        if len(_PERIODS) >= _CACHE_LIMIT:
            _PERIODS.clear()
        found = _PERIODS[key] = Period(date.fromisoformat(start), date.fromisoformat(end))
    return found


def _date(text: str) -> date:
    found = _DATES.get(text)
    if found is None:
        if len(_DATES) >= _CACHE_LIMIT:
            _DATES.clear()
        found = _DATES[text] = date.fromisoformat(text)
    return found


def _as_of_and_id(row: tuple) -> tuple[str, int]:
    return row[7], row[0]


# Answers read a few hundred facts each: building the frozen dataclasses through their
# generated __init__ (one object.__setattr__ per field) was a third of an answer's time at
# scale. These build the very same objects by filling __dict__ directly, which is only
# equivalent while the classes have no __post_init__ and no __slots__; otherwise they fall
# back to the ordinary constructor.
_FAST_FACTS = not hasattr(Fact, "__post_init__") and not hasattr(Fact, "__slots__")
_FAST_VIEWS = not hasattr(FactView, "__post_init__") and not hasattr(FactView, "__slots__")
_new = object.__new__
_set = object.__setattr__  # a frozen dataclass's own __setattr__ refuses every field


def _fact_from_tuple(t: tuple) -> Fact:
    """A Fact from a FACT_COLUMNS row (a tuple, in that column order)."""
    shared = (t[17], t[20], _KINDS[t[2]], _period(t[3], t[4]))
    return _series_fact(t, shared, t[21], t[22])


def _series_fact(t: tuple, shared: tuple, source_key: str, value_high: float | None) -> Fact:
    """A Fact from a row whose first 17 columns are FACT_COLUMNS' (the facts table's own,
    as `reading.facts_for` reads them), with what its group of revisions shares: (entity,
    metric, Kind, Period)."""
    entity, metric, kind, period = shared
    fields = {
        "entity": entity,
        "metric": metric,
        "kind": kind,
        "period": period,
        "value": t[5],
        "unit": t[6],
        "as_of": _date(t[7]),
        "source": source_key,
        "quote": t[8],
        "scope": t[1],
        "id": t[0],
        "deleted": t[13] is not None,
        "created_by": t[9],
        "created_at": t[10],
        "updated_by": t[11],
        "updated_at": t[12],
        "value_high": value_high,
    }
    if not _FAST_FACTS:
        return Fact(**fields)
    fact = _new(Fact)
    fact.__dict__.update(fields)
    return fact


def _series_of(
    groups: dict[tuple, list[tuple]],
    entities: dict[int, tuple],
    metrics: dict[int, str],
    sources: dict[int, Source],
) -> list[FactView]:
    """FactViews of revision groups (`reading._revision_groups` of rows as `_series_fact`
    reads them, each group newest first): for each group, oldest first and numbered in
    that order, sharing one history. The same objects as `_series_fact` and `_fact_view`
    of each row, built in plain loops: an answer converts a whole series, and two calls
    and a generator per row were a quarter of that conversion."""
    views: list[FactView] = []
    for (entity_id, metric_id, kind_value, start, end), group in groups.items():
        group.reverse()  # oldest first, as `_as_of_and_id` sorts
        entity, fiscal_year_end, named_by = entities[entity_id]
        metric, kind, period = metrics[metric_id], _KINDS[kind_value], _period(start, end)
        if not (_FAST_FACTS and _FAST_VIEWS):
            shared = (entity, metric, kind, period)
            history = tuple(_series_fact(r, shared, sources[r[16]].key, r[17]) for r in group)
            n = len(history)
            views += [
                _fact_view(fact, sources[r[16]], fiscal_year_end, named_by, i, n, history)
                for i, (r, fact) in enumerate(zip(group, history, strict=True), 1)
            ]
            continue
        facts = []
        for t in group:
            fact = _new(Fact)
            _set(
                fact,
                "__dict__",
                {  # the fields of `_series_fact`, in the same order
                    "entity": entity,
                    "metric": metric,
                    "kind": kind,
                    "period": period,
                    "value": t[5],
                    "unit": t[6],
                    "as_of": _DATES.get(t[7]) or _date(t[7]),
                    "source": sources[t[16]].key,
                    "quote": t[8],
                    "scope": t[1],
                    "id": t[0],
                    "deleted": t[13] is not None,
                    "created_by": t[9],
                    "created_at": t[10],
                    "updated_by": t[11],
                    "updated_at": t[12],
                    "value_high": t[17],
                },
            )
            facts.append(fact)
        history = tuple(facts)
        n = len(history)
        for i, (t, fact) in enumerate(zip(group, history, strict=True), 1):
            view = _new(FactView)
            _set(
                view,
                "__dict__",
                {  # the fields of `_fact_view`
                    "fact": fact,
                    "source": sources[t[16]],
                    "fiscal_year_end": fiscal_year_end,
                    "fiscal_year_named_by": named_by,
                    "revision": i,
                    "revisions": n,
                    "history": history,
                },
            )
            views.append(view)
    return views


def _fact_view(
    fact: Fact,
    source: Source,
    fiscal_year_end: str | None,
    named_by: str | None,
    revision: int,
    revisions: int,
    history: tuple[Fact, ...],
) -> FactView:
    fields = {
        "fact": fact,
        "source": source,
        "fiscal_year_end": fiscal_year_end,
        "fiscal_year_named_by": named_by,
        "revision": revision,
        "revisions": revisions,
        "history": history,
    }
    if not _FAST_VIEWS:
        return FactView(**fields)
    view = _new(FactView)
    view.__dict__.update(fields)
    return view


def _fact_from_row(row: dict) -> Fact:
    return Fact(
        id=row["id"],
        scope=row["scope"],
        entity=row["entity_name"],
        metric=row["metric_name"],
        kind=Kind(row["kind"]),
        period=Period(
            date.fromisoformat(row["period_start"]), date.fromisoformat(row["period_end"])
        ),
        value=row["value"],
        unit=row["unit"],
        as_of=date.fromisoformat(row["as_of"]),
        source=row["source_key"],
        quote=row["quote"],
        deleted=row["deleted_at"] is not None,
        created_by=row["created_by"],
        created_at=row["created_at"],
        updated_by=row["updated_by"],
        updated_at=row["updated_at"],
        value_high=row.get("value_high"),
    )


def _source_from_row(row: dict) -> Source:
    return Source(
        id=row["id"],
        scope=row["scope"],
        key=row["key"],
        title=row["title"],
        publisher=row["publisher"],
        url=row["url"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        text=row["text"],
    )


def _audit_from_row(row: dict) -> AuditEntry:
    return AuditEntry(
        id=row["id"],
        at=row["at"],
        actor=row["actor"],
        scope=row["scope"],
        action=row["action"],
        table=row["table_name"],
        row_id=row["row_id"],
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
        undone_by=row["undone_by"],
    )


def _candidate_from_row(row: dict) -> Candidate:
    return Candidate(
        id=row["id"],
        scope=row["scope"],
        source_key=row["source_key"],
        fields=json.loads(row["payload"]),
        status=row["status"],
        fact_id=row["fact_id"],
        created_at=row["created_at"],
    )


def _trim(row: dict) -> dict:
    """The audit's copy of a fact row: its content, without bookkeeping columns."""
    skip = ("created_at", "updated_at", "updated_by", "import_id")
    return {k: v for k, v in row.items() if k not in skip}


def _merge_ranges(ranges: Sequence[list[int]]) -> list[list[int]]:
    """[[1,3],[4,6],[9,9]] -> [[1,6],[9,9]]: what `_ranges` gives for all those ids."""
    out: list[list[int]] = []
    for low, high in ranges:
        if out and out[-1][1] == low - 1:
            out[-1][1] = high
        else:
            out.append([low, high])
    return out


def _ranges(ids: Sequence[int]) -> list[list[int]]:
    """[1,2,3,7,8] -> [[1,3],[7,8]]: an import of a million rows stays a small audit entry."""
    out: list[list[int]] = []
    for i in ids:
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def _check_text(text: str | None, what: str) -> None:
    """Refuse text SQLite cannot store as UTF-8: a lone surrogate (from a JSON escape like
    \\ud800, or bytes a terminal could not decode) would fail deep inside a write."""
    if text is None:
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise SalesBotError(
            f"the {what} contains a character that is not valid Unicode (a lone surrogate)"
        ) from None


def _check_source(source: Source) -> None:
    """What every stored source needs: a key that is not blank, and storable text."""
    if not source.key or not source.key.strip():
        raise SalesBotError("a source needs a key that is not blank")
    if source.key != source.key.strip() or len(source.key) > 200:
        raise SalesBotError(
            f"source key {_short(source.key)!r} must not start or end with spaces "
            "and is at most 200 characters"
        )
    for what in ("key", "title", "publisher", "url", "text"):
        _check_text(getattr(source, what), f"source's {what}")


def _clean_name(text: str, what: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise SalesBotError(f"the {what} is empty")
    if len(text) > 100:
        raise SalesBotError(f"the {what} is too long (at most 100 characters)")
    return text


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
