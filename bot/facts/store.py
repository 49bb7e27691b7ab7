"""The FactStore: the only module that reads and writes the SQLite database.

Rules it keeps:
- Scopes: a viewer scope sees the shared scope plus its own. Writes go to the caller's
  scope, and a server can never change a shared row.
- Nothing is lost: a fact is never overwritten in place without an audit row holding the
  before and after, removal is a soft delete, and every change can be undone.
- Revisions: the same entity, metric, kind and period stated again with a later as_of is a
  new row; readers get all of them grouped, oldest first (see `FactView.history`).
- Every write is one transaction (`sqlite_utils.Database.atomic`): all of it or none.
- One connection guarded by a lock, so front doors may call from worker threads.
"""

from __future__ import annotations

import functools
import itertools
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from bot.facts.bundle import Bundle
from bot.facts.model import (
    SHARED_SCOPE,
    AuditEntry,
    Entity,
    Fact,
    FactView,
    ImportReport,
    Kind,
    Metric,
    NotFoundError,
    Period,
    PermissionDeniedError,
    SalesBotError,
    Source,
)
from bot.facts.schema import migrations

T = TypeVar("T")

FACT_COLUMNS = """
    f.id, f.scope, f.kind, f.period_start, f.period_end, f.value, f.unit, f.as_of, f.quote,
    f.created_by, f.created_at, f.updated_by, f.updated_at, f.deleted_at,
    f.entity_id, f.metric_id, f.source_id,
    e.name AS entity_name, e.fiscal_year_end, e.fiscal_year_named_by,
    m.name AS metric_name, s.key AS source_key
"""
FACT_JOINS = """
    FROM facts f
    JOIN entities e ON e.id = f.entity_id
    JOIN metrics m ON m.id = f.metric_id
    JOIN sources s ON s.id = f.source_id
"""
UNDOABLE = ("add", "edit", "remove", "approve")


def fold_whitespace(text: str) -> str:
    return " ".join(text.split())


def visible_scopes(scope: str) -> tuple[str, ...]:
    return (SHARED_SCOPE,) if scope == SHARED_SCOPE else (SHARED_SCOPE, scope)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(method)
    def wrapper(self: FactStore, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


def _in(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


@dataclass(frozen=True)
class FactHistory:
    """A fact, every revision of its figure, and every audited change to its row."""

    view: FactView
    audit: tuple[AuditEntry, ...]


@dataclass(frozen=True)
class Candidate:
    """A fact proposed by ingestion, waiting for a person to approve or reject it."""

    id: int
    scope: str
    source_key: str
    fields: dict[str, Any]  # the bundle's fact format
    status: str
    fact_id: int | None
    created_at: str


@dataclass(frozen=True)
class UnansweredQuestion:
    question: str
    times: int
    last_asked: str
    status: str


class FactStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.RLock()
        self._sources: dict[int, Source] = {}
        # entities() and metrics() per scope, with the generation they were read at.
        self._names: dict[tuple[str, str], tuple[int, list]] = {}

    # -- opening ---------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, seed: Bundle | None = None) -> FactStore:
        """Open (creating if needed) the store at PATH; a new store is loaded with SEED."""
        path = Path(path)
        is_new = not path.exists() or path.stat().st_size == 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, check_same_thread=False)
            store = cls._from_connection(conn)
        except sqlite3.DatabaseError as e:
            raise SalesBotError(f"cannot use {path} as a SalesBot store: {e}") from None
        except OSError as e:
            raise SalesBotError(f"cannot open {path}: {e.strerror or e}") from None
        if is_new and seed is not None:
            store.import_bundle(seed, actor="seed", scope=SHARED_SCOPE)
        return store

    @classmethod
    def in_memory(cls, *, seed: Bundle | None = None) -> FactStore:
        store = cls._from_connection(sqlite3.connect(":memory:", check_same_thread=False))
        if seed is not None:
            store.import_bundle(seed, actor="seed", scope=SHARED_SCOPE)
        return store

    @classmethod
    def _from_connection(cls, conn: sqlite3.Connection) -> FactStore:
        db = Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 5000")
        if not db.memory:
            db.enable_wal()
        migrations.apply(db)
        return cls(db)

    def close(self) -> None:
        self.db.close()

    def schema_version(self) -> int:
        return len(migrations.applied(self.db))

    @_locked
    def generation(self) -> int:
        """Bumped by every write; lets callers cache what they derive from the store."""
        return int(self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])

    def _bump(self, times: int = 1) -> None:
        self.db.execute(
            "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'generation'",
            [times],
        )
        self._sources.clear()
        self._names.clear()

    def _cached_names(self, what: str, scope: str, load: Callable[[str], list]) -> list:
        """LOAD(scope), reused while the store's generation stays the same: a question that
        names no company asks for the entity list, which at thousands of entities cost
        milliseconds to build. Never cached inside a transaction (it may roll back)."""
        if self.db.conn.in_transaction:
            return load(scope)
        generation = self.generation()
        cached = self._names.get((what, scope))
        if cached is None or cached[0] != generation:
            cached = (generation, load(scope))
            self._names[(what, scope)] = cached
        return list(cached[1])

    # -- vocabulary: entities and metrics ---------------------------------------------

    @_locked
    def entities(self, scope: str = SHARED_SCOPE) -> list[Entity]:
        return self._cached_names("entities", scope, self._load_entities)

    def _load_entities(self, scope: str) -> list[Entity]:
        scopes = visible_scopes(scope)
        aliases: dict[int, list[str]] = {}
        for row in self.db.execute(
            f"SELECT entity_id, alias FROM aliases WHERE scope IN ({_in(scopes)}) ORDER BY id",
            scopes,
        ):
            aliases.setdefault(row[0], []).append(row[1])
        return [
            Entity(
                id=row["id"],
                name=row["name"],
                aliases=tuple(aliases.get(row["id"], ())),
                fiscal_year_end=row["fiscal_year_end"],
                fiscal_year_named_by=row["fiscal_year_named_by"],
                scope=row["scope"],
            )
            for row in self.db.query(
                f"SELECT * FROM entities WHERE scope IN ({_in(scopes)}) ORDER BY id", scopes
            )
        ]

    @_locked
    def metrics(self, scope: str = SHARED_SCOPE) -> list[Metric]:
        return self._cached_names("metrics", scope, self._load_metrics)

    def _load_metrics(self, scope: str) -> list[Metric]:
        scopes = visible_scopes(scope)
        synonyms: dict[int, list[str]] = {}
        for row in self.db.execute(
            f"SELECT metric_id, phrase FROM synonyms WHERE scope IN ({_in(scopes)}) ORDER BY id",
            scopes,
        ):
            synonyms.setdefault(row[0], []).append(row[1])
        return [
            Metric(
                id=row["id"],
                name=row["name"],
                synonyms=tuple(synonyms.get(row["id"], ())),
                unit=row["unit"],
                scope=row["scope"],
            )
            for row in self.db.query(
                f"SELECT * FROM metrics WHERE scope IN ({_in(scopes)}) ORDER BY id", scopes
            )
        ]

    def _entity_id(self, name: str, scopes: Sequence[str]) -> int | None:
        row = self.db.execute(
            f"""SELECT id FROM entities WHERE name = ? COLLATE NOCASE AND scope IN ({_in(scopes)})
                UNION ALL
                SELECT entity_id FROM aliases WHERE alias = ? COLLATE NOCASE
                    AND scope IN ({_in(scopes)})
                LIMIT 1""",
            [name, *scopes, name, *scopes],
        ).fetchone()
        return row[0] if row else None

    def _metric_id(self, name: str, scopes: Sequence[str]) -> int | None:
        row = self.db.execute(
            f"""SELECT id FROM metrics WHERE name = ? COLLATE NOCASE AND scope IN ({_in(scopes)})
                UNION ALL
                SELECT metric_id FROM synonyms WHERE phrase = ? COLLATE NOCASE
                    AND scope IN ({_in(scopes)})
                LIMIT 1""",
            [name, *scopes, name, *scopes],
        ).fetchone()
        return row[0] if row else None

    @_locked
    def entity(self, name: str, scope: str = SHARED_SCOPE) -> Entity:
        entity_id = self._entity_id(name, visible_scopes(scope))
        for entity in self.entities(scope):
            if entity.id == entity_id:
                return entity
        raise NotFoundError(f"no entity named {name!r}")

    @_locked
    def add_alias(self, entity_name: str, alias: str, *, scope: str, actor: str) -> Entity:
        """Teach the store another name for an entity (e.g. a brand), visible in SCOPE."""
        alias = _clean_name(alias, "alias")
        with self.db.atomic():
            entity_id = self._entity_id(entity_name, visible_scopes(scope))
            if entity_id is None:
                raise NotFoundError(f"no entity named {entity_name!r}")
            taken = self._entity_id(alias, visible_scopes(scope))
            if taken is not None:
                raise SalesBotError(f"{alias!r} already names an entity")
            self._insert_alias(entity_id, alias, scope)
            self._audit(actor, scope, "add", "aliases", entity_id, None, {"alias": alias})
        return self.entity(alias, scope)

    @_locked
    def add_synonym(self, metric_name: str, phrase: str, *, scope: str, actor: str) -> Metric:
        """Teach the store that PHRASE means the metric METRIC_NAME, visible in SCOPE."""
        phrase = _clean_name(phrase, "synonym")
        with self.db.atomic():
            metric_id = self._metric_id(metric_name, visible_scopes(scope))
            if metric_id is None:
                raise NotFoundError(f"no metric named {metric_name!r}")
            taken = self._metric_id(phrase, visible_scopes(scope))
            if taken is not None:
                raise SalesBotError(f"{phrase!r} already names a metric")
            self._insert_synonym(metric_id, phrase, scope)
            self._audit(actor, scope, "add", "synonyms", metric_id, None, {"synonym": phrase})
        return next(m for m in self.metrics(scope) if m.id == metric_id)

    def _insert_alias(self, entity_id: int, alias: str, scope: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO aliases (entity_id, alias, scope) VALUES (?, ?, ?)",
            [entity_id, alias, scope],
        )
        self._bump()

    def _insert_synonym(self, metric_id: int, phrase: str, scope: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO synonyms (metric_id, phrase, scope) VALUES (?, ?, ?)",
            [metric_id, phrase, scope],
        )
        self._bump()

    def _ensure_entity(self, entity: Entity, scope: str, actor: str) -> tuple[int, str]:
        """Entity id for ENTITY (creating or extending it); and 'added', 'updated' or 'skipped'."""
        scopes = visible_scopes(scope)
        entity_id = self._entity_id(entity.name, scopes)
        if entity_id is None:
            # plain SQL: Table.insert looks the table's columns up on every call, which a
            # bundle of thousands of companies paid thousands of times
            entity_id = self.db.execute(
                """INSERT INTO entities (scope, name, fiscal_year_end, fiscal_year_named_by,
                                         created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)""",
                [
                    scope,
                    entity.name,
                    entity.fiscal_year_end,
                    entity.fiscal_year_named_by,
                    actor,
                    _now(),
                ],
            ).lastrowid
            for alias in entity.aliases:
                self._insert_alias(entity_id, alias, scope)
            self._bump()
            return entity_id, "added"
        outcome = "skipped"
        row = self.db["entities"].get(entity_id)
        calendar = (entity.fiscal_year_end, entity.fiscal_year_named_by)
        if entity.fiscal_year_end and calendar != (
            row["fiscal_year_end"],
            row["fiscal_year_named_by"],
        ):
            if row["scope"] != scope:
                raise PermissionDeniedError(
                    f"{row['name']} is a shared entity; its fiscal calendar cannot be changed here"
                )
            self.db["entities"].update(
                entity_id,
                {"fiscal_year_end": calendar[0], "fiscal_year_named_by": calendar[1]},
            )
            outcome = "updated"
        for alias in entity.aliases:
            if self._entity_id(alias, scopes) is None:
                self._insert_alias(entity_id, alias, scope)
                outcome = "updated"
        return entity_id, outcome

    def _ensure_metric(self, metric: Metric, scope: str, actor: str) -> tuple[int, str]:
        scopes = visible_scopes(scope)
        metric_id = self._metric_id(metric.name, scopes)
        if metric_id is None:
            metric_id = (
                self.db["metrics"]
                .insert(
                    {
                        "scope": scope,
                        "name": metric.name,
                        "unit": metric.unit,
                        "created_by": actor,
                        "created_at": _now(),
                    }
                )
                .last_pk
            )
            for phrase in metric.synonyms:
                self._insert_synonym(metric_id, phrase, scope)
            self._bump()
            return metric_id, "added"
        outcome = "skipped"
        for phrase in metric.synonyms:
            if self._metric_id(phrase, scopes) is None:
                self._insert_synonym(metric_id, phrase, scope)
                outcome = "updated"
        return metric_id, outcome

    # -- sources -----------------------------------------------------------------------

    def _source_row(self, key: str, scopes: Sequence[str]) -> dict | None:
        rows = list(
            self.db.query(
                f"SELECT * FROM sources WHERE key = ? AND scope IN ({_in(scopes)})",
                [key, *scopes],
            )
        )
        # A server's own source of the same key shadows the shared one.
        rows.sort(key=lambda r: r["scope"] == SHARED_SCOPE)
        return rows[0] if rows else None

    def _source_by_id(self, source_id: int) -> Source:
        cached = self._sources.get(source_id)
        if cached is None:
            if len(self._sources) >= 10_000:  # a bound: source texts can be large
                self._sources.clear()
            cached = _source_from_row(self.db["sources"].get(source_id))
            self._sources[source_id] = cached
        return cached

    @_locked
    def source(self, key: str, scope: str = SHARED_SCOPE) -> Source:
        row = self._source_row(key, visible_scopes(scope))
        if row is None:
            raise NotFoundError(f"no source with key {key!r}")
        return _source_from_row(row)

    @_locked
    def sources(self, scope: str = SHARED_SCOPE) -> list[Source]:
        scopes = visible_scopes(scope)
        return [
            _source_from_row(row)
            for row in self.db.query(
                f"SELECT * FROM sources WHERE scope IN ({_in(scopes)}) ORDER BY id", scopes
            )
        ]

    @_locked
    def add_source(self, source: Source, *, actor: str) -> Source:
        with self.db.atomic():
            _, outcome = self._put_source(source, actor)
        if outcome == "skipped":
            raise SalesBotError(f"source {source.key!r} is already stored with that text")
        return self.source(source.key, source.scope)

    def _put_source(self, source: Source, actor: str) -> tuple[int, str]:
        if not source.text.strip():
            raise SalesBotError(f"source {source.key!r} has no text")
        record = {
            "title": source.title,
            "publisher": source.publisher,
            "url": source.url,
            "published": source.published.isoformat() if source.published else None,
            "text": source.text,
        }
        existing = self._source_row(source.key, visible_scopes(source.scope))
        if existing is None:
            source_id = (
                self.db["sources"]
                .insert(
                    {
                        "scope": source.scope,
                        "key": source.key,
                        **record,
                        "created_by": actor,
                        "created_at": _now(),
                    }
                )
                .last_pk
            )
            self._audit(actor, source.scope, "add", "sources", source_id, None, record)
            self._bump()
            return source_id, "added"
        if all(existing[k] == v for k, v in record.items()):
            return existing["id"], "skipped"
        if existing["scope"] != source.scope:
            raise PermissionDeniedError(
                f"source {source.key!r} is shared; add yours under another key"
            )
        if fold_whitespace(existing["text"]) != fold_whitespace(source.text):
            self._check_quotes_still_fit(existing["id"], source.text)
        before = {k: existing[k] for k in record}
        self.db["sources"].update(
            existing["id"], {**record, "updated_by": actor, "updated_at": _now()}
        )
        self._audit(actor, source.scope, "edit", "sources", existing["id"], before, record)
        self._bump()
        return existing["id"], "updated"

    def _check_quotes_still_fit(self, source_id: int, new_text: str) -> None:
        folded = fold_whitespace(new_text)
        for fact_id, quote in self.db.execute(
            "SELECT id, quote FROM facts WHERE source_id = ? AND deleted_at IS NULL", [source_id]
        ):
            if fold_whitespace(quote) not in folded:
                raise SalesBotError(
                    f"the new text drops the quote of fact #{fact_id}; "
                    "fix or remove that fact first"
                )

    # -- reading facts -----------------------------------------------------------------

    @_locked
    def facts_for(
        self,
        scope: str,
        *,
        entity_ids: Sequence[int] | None = None,
        metric_ids: Sequence[int] | None = None,
        limit: int = 5000,
    ) -> list[FactView]:
        """Every live fact of these entities and metrics, each with its revision history.
        Newest statements first, so a LIMIT never drops the figures answers need most."""
        scopes = visible_scopes(scope)
        where = [f"f.scope IN ({_in(scopes)})", "f.deleted_at IS NULL"]
        params: list[Any] = list(scopes)
        if entity_ids is not None:
            where.append(f"f.entity_id IN ({_in(entity_ids)})")
            params.extend(entity_ids)
        if metric_ids is not None:
            where.append(f"f.metric_id IN ({_in(metric_ids)})")
            params.extend(metric_ids)
        rows = self.db.execute(
            f"SELECT {FACT_COLUMNS} {FACT_JOINS} WHERE {' AND '.join(where)} "
            "ORDER BY f.as_of DESC, f.id DESC LIMIT ?",
            [*params, limit],
        )
        return self._views(rows)

    @_locked
    def entities_having(self, scope: str, metric_ids: Sequence[int], limit: int = 10) -> list[int]:
        """Ids of up to LIMIT entities with live facts for any of these metrics."""
        scopes = visible_scopes(scope)
        rows = self.db.execute(
            f"""SELECT DISTINCT entity_id FROM facts
                WHERE metric_id IN ({_in(metric_ids)}) AND scope IN ({_in(scopes)})
                  AND deleted_at IS NULL LIMIT ?""",
            [*metric_ids, *scopes, limit],
        )
        return [r[0] for r in rows]

    @_locked
    def fact(self, fact_id: int, scope: str = SHARED_SCOPE) -> FactView:
        """One fact (removed ones too, so they can be shown and restored)."""
        row = self._fact_row(fact_id, scope)
        scopes = visible_scopes(scope)
        siblings = self.db.execute(
            f"""SELECT {FACT_COLUMNS} {FACT_JOINS}
                WHERE f.entity_id = ? AND f.metric_id = ? AND f.kind = ?
                  AND f.period_start = ? AND f.period_end = ? AND f.scope IN ({_in(scopes)})
                  AND (f.deleted_at IS NULL OR f.id = ?)
                ORDER BY f.as_of, f.id""",
            [
                row["entity_id"],
                row["metric_id"],
                row["kind"],
                row["period_start"],
                row["period_end"],
                *visible_scopes(scope),
                fact_id,
            ],
        )
        return next(v for v in self._views(siblings) if v.fact.id == fact_id)

    def _fact_row(self, fact_id: int, scope: str) -> dict:
        rows = list(
            self.db.query(
                f"SELECT {FACT_COLUMNS} {FACT_JOINS} WHERE f.id = ? AND f.scope IN "
                f"({_in(visible_scopes(scope))})",
                [fact_id, *visible_scopes(scope)],
            )
        )
        if not rows:
            raise NotFoundError(f"there is no fact #{fact_id}")
        return rows[0]

    @_locked
    def history(self, fact_id: int, scope: str = SHARED_SCOPE) -> FactHistory:
        view = self.fact(fact_id, scope)
        ids = [f.id for f in view.history if f.id is not None] or [fact_id]
        audit = [
            _audit_from_row(row)
            for row in self.db.query(
                f"SELECT * FROM audit WHERE table_name = 'facts' AND row_id IN ({_in(ids)}) "
                "ORDER BY id",
                ids,
            )
        ]
        return FactHistory(view=view, audit=tuple(audit))

    @_locked
    def list_facts(
        self,
        scope: str = SHARED_SCOPE,
        *,
        entity: str | None = None,
        metric: str | None = None,
        kind: Kind | None = None,
        period: Period | None = None,
        include_removed: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> list[FactView]:
        scopes = visible_scopes(scope)
        where = [f"f.scope IN ({_in(scopes)})"]
        params: list[Any] = list(scopes)
        if not include_removed:
            where.append("f.deleted_at IS NULL")
        for name, lookup, column in (
            (entity, self._entity_id, "f.entity_id"),
            (metric, self._metric_id, "f.metric_id"),
        ):
            if name:
                found = lookup(name, scopes)
                if found is None:
                    return []
                where.append(f"{column} = ?")
                params.append(found)
        if kind:
            where.append("f.kind = ?")
            params.append(kind.value)
        if period:
            where.append("f.period_start = ? AND f.period_end = ?")
            params.extend([period.start.isoformat(), period.end.isoformat()])
        rows = self.db.execute(
            f"SELECT {FACT_COLUMNS} {FACT_JOINS} WHERE {' AND '.join(where)} "
            "ORDER BY f.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [self._view(row) for row in _dict_rows(rows)]

    def _view(self, row: dict) -> FactView:
        """A single fact's view, without its revisions (listings)."""
        fact = _fact_from_row(row)
        return FactView(
            fact=fact,
            source=self._source_by_id(row["source_id"]),
            fiscal_year_end=row["fiscal_year_end"],
            fiscal_year_named_by=row["fiscal_year_named_by"],
            history=(fact,),
        )

    @_locked
    def count_facts(self, scope: str = SHARED_SCOPE) -> int:
        scopes = visible_scopes(scope)
        return self.db.execute(
            f"SELECT count(*) FROM facts WHERE scope IN ({_in(scopes)}) AND deleted_at IS NULL",
            scopes,
        ).fetchone()[0]

    def _views(self, rows: Iterable[tuple]) -> list[FactView]:
        """Group rows (FACT_COLUMNS tuples) into revisions of one figure, oldest first, and
        number them. Each row becomes one Fact, shared by its view and its group's history."""
        groups: dict[tuple, list[tuple]] = {}
        for row in rows:
            # entity_id, metric_id, kind, period_start, period_end
            key = (row[14], row[15], row[2], row[3], row[4])
            group = groups.get(key)
            if group is None:
                groups[key] = [row]
            else:
                group.append(row)
        views = []
        source = self._source_by_id
        for group in groups.values():
            group.sort(key=_as_of_and_id)
            history = tuple(_fact_from_tuple(r) for r in group)
            n = len(history)
            first = group[0]
            fiscal_year_end, named_by = first[18], first[19]
            for i, (row, fact) in enumerate(zip(group, history, strict=True)):
                views.append(
                    _fact_view(fact, source(row[16]), fiscal_year_end, named_by, i + 1, n, history)
                )
        return views

    # -- writing facts -----------------------------------------------------------------

    @_locked
    def add_fact(self, fact: Fact, *, actor: str, action: str = "add") -> FactView:
        with self.db.atomic():
            fact_id = self._insert_fact(fact, actor, action)
        return self.fact(fact_id, fact.scope)

    def _resolve_fact(self, fact: Fact, names: _Names | None = None) -> dict:
        """The row for FACT, with its names turned into ids; refuses a quote not in its source."""
        names = names or _Names(self, fact.scope)
        source_id, folded_text = names.source(fact.source)
        if fold_whitespace(fact.quote) not in folded_text:
            raise SalesBotError(
                f"the quote {_short(fact.quote)!r} is not in the text of source {fact.source!r}"
            )
        return {
            "scope": fact.scope,
            "entity_id": names.entity_id(fact.entity),
            "metric_id": names.metric_id(fact.metric, fact.unit),
            "kind": fact.kind.value,
            "period_start": fact.period.start.isoformat(),
            "period_end": fact.period.end.isoformat(),
            "value": float(fact.value),
            "unit": fact.unit,
            "as_of": fact.as_of.isoformat(),
            "source_id": source_id,
            "quote": fact.quote,
        }

    def _same_statement(self, row: dict, *, exclude_id: int | None = None) -> dict | None:
        scopes = visible_scopes(row["scope"])
        found = self.db.execute(
            f"""SELECT id, value, unit, source_id, quote, scope FROM facts
                WHERE entity_id = ? AND metric_id = ? AND kind = ? AND period_end = ?
                  AND period_start = ? AND as_of = ? AND scope IN ({_in(scopes)})
                  AND deleted_at IS NULL AND id IS NOT ?""",
            [
                row["entity_id"],
                row["metric_id"],
                row["kind"],
                row["period_end"],
                row["period_start"],
                row["as_of"],
                *scopes,
                exclude_id,
            ],
        ).fetchone()
        if found is None:
            return None
        return dict(zip(("id", "value", "unit", "source_id", "quote", "scope"), found, strict=True))

    def _insert_fact(self, fact: Fact, actor: str, action: str) -> int:
        row = self._resolve_fact(fact)
        clash = self._same_statement(row)
        if clash is not None:
            raise SalesBotError(
                f"fact #{clash['id']} already states this figure as of {row['as_of']}: "
                "edit it, or give the new statement its own as-of date"
            )
        fact_id = (
            self.db["facts"].insert({**row, "created_by": actor, "created_at": _now()}).last_pk
        )
        self._audit(actor, fact.scope, action, "facts", fact_id, None, row)
        self._bump()
        return fact_id

    @_locked
    def edit_fact(
        self, fact_id: int, changes: dict[str, Any], *, scope: str, actor: str
    ) -> FactView:
        """Change some fields of a fact; the old row stays in the audit log."""
        allowed = {
            "entity",
            "metric",
            "kind",
            "period",
            "value",
            "unit",
            "as_of",
            "source",
            "quote",
        }
        unknown = set(changes) - allowed
        if unknown:
            raise SalesBotError(
                f"cannot edit {sorted(unknown)[0]!r}; editable: {', '.join(sorted(allowed))}"
            )
        with self.db.atomic():
            current = self._writable_fact(fact_id, scope)
            if current.deleted:
                raise SalesBotError(f"fact #{fact_id} is removed; undo the removal first")
            updated = replace(current, **changes)
            row = self._resolve_fact(updated)
            before = self._raw_fact_row(fact_id)
            after = {**before, **row}
            if after == before:
                raise SalesBotError(f"fact #{fact_id} already has those values")
            clash = self._same_statement(row, exclude_id=fact_id)
            if clash is not None:
                raise SalesBotError(f"that would duplicate fact #{clash['id']}")
            self.db["facts"].update(fact_id, {**row, "updated_by": actor, "updated_at": _now()})
            self._audit(actor, scope, "edit", "facts", fact_id, _trim(before), _trim(after))
            self._bump()
        return self.fact(fact_id, scope)

    @_locked
    def remove_fact(self, fact_id: int, *, scope: str, actor: str) -> AuditEntry:
        """Soft delete: the row stays and `undo` brings it back. Returns the audit entry."""
        with self.db.atomic():
            current = self._writable_fact(fact_id, scope)
            if current.deleted:
                raise SalesBotError(f"fact #{fact_id} is already removed")
            before = self._raw_fact_row(fact_id)
            self.db["facts"].update(fact_id, {"deleted_at": _now(), "deleted_by": actor})
            entry_id = self._audit(
                actor,
                scope,
                "remove",
                "facts",
                fact_id,
                _trim(before),
                _trim(self._raw_fact_row(fact_id)),
            )
            self._bump()
        return self.audit_entry(entry_id)

    def _writable_fact(self, fact_id: int, scope: str) -> Fact:
        row = self._fact_row(fact_id, scope)
        if row["scope"] != scope:
            raise PermissionDeniedError(
                f"fact #{fact_id} is a shared fact; it can only be changed from the command line"
            )
        return _fact_from_row(row)

    def _raw_fact_row(self, fact_id: int) -> dict:
        return dict(self.db["facts"].get(fact_id))

    @_locked
    def undo(self, *, scope: str, actor: str, entry_id: int | None = None) -> AuditEntry:
        """Reverse a change to a fact: by default ACTOR's latest one in SCOPE.

        Only the newest change of a row can be undone, so an undo never clobbers a later edit.
        Returns the new 'undo' audit entry."""
        with self.db.atomic():
            entry = self._undoable_entry(scope, actor, entry_id)
            newer = self.db.execute(
                """SELECT id FROM audit WHERE table_name = 'facts' AND row_id = ? AND id > ?
                   AND undone_by IS NULL AND action != 'undo' LIMIT 1""",
                [entry.row_id, entry.id],
            ).fetchone()
            if newer:
                raise SalesBotError(
                    f"fact #{entry.row_id} changed again since (change {newer[0]}); undo that first"
                )
            before = self._raw_fact_row(entry.row_id)  # type: ignore[arg-type]
            if entry.action in ("add", "approve"):
                restore = {"deleted_at": _now(), "deleted_by": actor}
            elif entry.action == "remove":
                restore = {"deleted_at": None, "deleted_by": None}
            else:
                restore = {k: v for k, v in (entry.before or {}).items() if k in before}
            try:
                self.db["facts"].update(
                    entry.row_id, {**restore, "updated_by": actor, "updated_at": _now()}
                )
            except sqlite3.IntegrityError:
                raise SalesBotError(
                    f"cannot undo: another live fact now states what #{entry.row_id} stated"
                ) from None
            undo_id = self._audit(
                actor,
                scope,
                "undo",
                "facts",
                entry.row_id,
                _trim(before),
                _trim(self._raw_fact_row(entry.row_id)),
            )  # type: ignore[arg-type]
            self.db.execute("UPDATE audit SET undone_by = ? WHERE id = ?", [undo_id, entry.id])
            self._bump()
        return self.audit_entry(undo_id)

    def _undoable_entry(self, scope: str, actor: str, entry_id: int | None) -> AuditEntry:
        if entry_id is None:
            row = self.db.execute(
                f"""SELECT id FROM audit WHERE scope = ? AND actor = ? AND table_name = 'facts'
                    AND action IN ({_in(UNDOABLE)}) AND undone_by IS NULL
                    ORDER BY id DESC LIMIT 1""",
                [scope, actor, *UNDOABLE],
            ).fetchone()
            if row is None:
                raise SalesBotError("there is nothing of yours to undo")
            entry_id = row[0]
        entry = self.audit_entry(entry_id)
        if entry.scope != scope or entry.table != "facts" or entry.action not in UNDOABLE:
            raise SalesBotError(f"change {entry_id} cannot be undone here")
        if entry.undone_by is not None:
            raise SalesBotError(f"change {entry_id} was already undone")
        return entry

    # -- audit ---------------------------------------------------------------------------

    def _audit(
        self,
        actor: str,
        scope: str,
        action: str,
        table: str,
        row_id: int | None,
        before: dict | None,
        after: dict | None,
    ) -> int:
        return (
            self.db["audit"]
            .insert(
                {
                    "at": _now(),
                    "actor": actor,
                    "scope": scope,
                    "action": action,
                    "table_name": table,
                    "row_id": row_id,
                    "before": json.dumps(before, sort_keys=True) if before is not None else None,
                    "after": json.dumps(after, sort_keys=True) if after is not None else None,
                }
            )
            .last_pk
        )

    @_locked
    def audit_entry(self, entry_id: int) -> AuditEntry:
        row = self.db["audit"].get(entry_id)
        return _audit_from_row(row)

    @_locked
    def audit_log(self, scope: str, *, limit: int = 50) -> list[AuditEntry]:
        return [
            _audit_from_row(row)
            for row in self.db.query(
                "SELECT * FROM audit WHERE scope = ? ORDER BY id DESC LIMIT ?", [scope, limit]
            )
        ]

    # -- bundles ---------------------------------------------------------------------------

    @_locked
    def import_bundle(self, bundle: Bundle, *, actor: str, scope: str) -> ImportReport:
        """Load a validated bundle into SCOPE in one transaction: all of it or none of it.

        New sources and facts go in with set-based statements (see `_import_facts`); what
        each row does, and the report, are those of importing the rows one at a time."""
        counts = {
            what: {"added": 0, "updated": 0, "skipped": 0}
            for what in ("entities", "metrics", "sources", "facts")
        }
        names = _Names(self, scope)
        with self.db.atomic():
            for entity in bundle.entities:
                counts["entities"][self._ensure_entity(entity, scope, actor)[1]] += 1
            for metric in bundle.metrics:
                counts["metrics"][self._ensure_metric(metric, scope, actor)[1]] += 1
            self._import_sources(bundle.sources, scope, actor, counts["sources"])
            added = self._import_facts(bundle.facts, scope, actor, names)
            counts["facts"] = added.counts
            self._audit(
                actor,
                scope,
                "import",
                "facts",
                None,
                None,
                {"counts": counts, "added_ids": added.ranges},
            )
            self._bump()
        return ImportReport(counts)

    def _import_sources(
        self, sources: Sequence[Source], scope: str, actor: str, counts: dict[str, int]
    ) -> None:
        """Each source is added, updated or skipped as `_put_source` would; runs of new ones
        are inserted together."""
        keys = [s.key for s in sources]
        if len(set(keys)) != len(keys):  # the same key twice: strictly one after the other
            for source in sources:
                counts[self._put_source(replace(source, scope=scope), actor)[1]] += 1
            return
        existing = self._existing_source_keys(keys, visible_scopes(scope))
        batch: list[Source] = []
        for source in sources:
            if source.key in existing:
                counts["added"] += self._add_sources(batch, scope, actor)
                batch = []
                counts[self._put_source(replace(source, scope=scope), actor)[1]] += 1
            else:
                if not source.text.strip():
                    raise SalesBotError(f"source {source.key!r} has no text")
                batch.append(source)
        counts["added"] += self._add_sources(batch, scope, actor)

    def _existing_source_keys(self, keys: Sequence[str], scopes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            found.update(
                row[0]
                for row in self.db.execute(
                    f"SELECT key FROM sources WHERE scope IN ({_in(scopes)}) "
                    f"AND key IN ({_in(chunk)})",
                    [*scopes, *chunk],
                )
            )
        return found

    def _add_sources(self, batch: Sequence[Source], scope: str, actor: str) -> int:
        """Insert new sources and their 'add' audit entries, as `_put_source` does."""
        if not batch:
            return 0
        now = _now()
        records = [
            {
                "title": s.title,
                "publisher": s.publisher,
                "url": s.url,
                "published": s.published.isoformat() if s.published else None,
                "text": s.text,
            }
            for s in batch
        ]
        last = self.db.execute("SELECT coalesce(max(id), 0) FROM sources").fetchone()[0]
        self.db.conn.executemany(
            """INSERT INTO sources (scope, key, title, publisher, url, published, text,
                                    created_by, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                (
                    scope,
                    s.key,
                    r["title"],
                    r["publisher"],
                    r["url"],
                    r["published"],
                    r["text"],
                    actor,
                    now,
                )
                for s, r in zip(batch, records, strict=True)
            ),
        )
        ids = [
            row[0]
            for row in self.db.execute("SELECT id FROM sources WHERE id > ? ORDER BY id", [last])
        ]
        self.db.conn.executemany(
            """INSERT INTO audit (at, actor, scope, action, table_name, row_id, before, after)
               VALUES (?, ?, ?, 'add', 'sources', ?, NULL, ?)""",
            (
                (now, actor, scope, source_id, json.dumps(r, sort_keys=True))
                for source_id, r in zip(ids, records, strict=True)
            ),
        )
        self._bump(len(batch))  # once per source, as one at a time would
        return len(batch)

    def _import_facts(self, facts: Sequence[Fact], scope: str, actor: str, names: _Names) -> _Added:
        """Facts in bulk, each with the outcome `_import_fact` would give it one at a time;
        but when the bundle states one figure twice (the later row must see the earlier
        one), one at a time as ever, after rolling the bulk try back (with fresh name
        lookups: entities the try created went with it)."""
        try:
            with self.db.atomic():
                return self._insert_staged_facts(facts, scope, actor, names)
        except _SameStatementTwice:
            self._sources.clear()
            self._names.clear()
            return self._import_facts_one_by_one(facts, scope, actor, _Names(self, scope))

    def _insert_staged_facts(
        self, facts: Sequence[Fact], scope: str, actor: str, names: _Names
    ) -> _Added:
        """Facts a chunk at a time: stage the chunk's rows in a temporary table; insert the
        rows whose figure is not stored yet with one INSERT ... SELECT, in bundle order; then
        send the others through `_import_fact`, in order. A row only ever meets rows of
        earlier chunks already stored, as it would one at a time; two rows of one chunk
        stating the same figure raise _SameStatementTwice."""
        scopes = visible_scopes(scope)
        db = self.db
        db.execute(
            """CREATE TEMP TABLE IF NOT EXISTS import_facts (
                   seq INTEGER PRIMARY KEY, entity_id INTEGER, metric_id INTEGER, kind TEXT,
                   period_start TEXT, period_end TEXT, value REAL, unit TEXT, as_of TEXT,
                   source_id INTEGER, quote TEXT, stored INTEGER NOT NULL DEFAULT 0)"""
        )
        added = _Added()
        ids: list[list[int]] = []
        now = _now()
        rows = _staged_rows(facts, names)
        while True:
            db.execute("DELETE FROM temp.import_facts")
            before = db.conn.total_changes
            db.conn.executemany(
                """INSERT INTO temp.import_facts (seq, entity_id, metric_id, kind, period_start,
                       period_end, value, unit, as_of, source_id, quote)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                itertools.islice(rows, _IMPORT_CHUNK),
            )
            if db.conn.total_changes == before:
                break
            db.execute(
                f"""UPDATE temp.import_facts SET stored = 1 WHERE EXISTS (
                        SELECT 1 FROM facts f
                        WHERE f.entity_id = import_facts.entity_id
                          AND f.metric_id = import_facts.metric_id
                          AND f.kind = import_facts.kind
                          AND f.period_end = import_facts.period_end
                          AND f.period_start = import_facts.period_start
                          AND f.as_of = import_facts.as_of
                          AND f.scope IN ({_in(scopes)}) AND f.deleted_at IS NULL)""",
                scopes,
            )
            last = db.execute("SELECT coalesce(max(id), 0) FROM facts").fetchone()[0]
            try:
                cursor = db.execute(
                    """INSERT INTO facts (scope, entity_id, metric_id, kind, period_start,
                           period_end, value, unit, as_of, source_id, quote, created_by,
                           created_at)
                       SELECT ?, entity_id, metric_id, kind, period_start, period_end, value,
                           unit, as_of, source_id, quote, ?, ?
                       FROM temp.import_facts WHERE stored = 0 ORDER BY seq""",
                    [scope, actor, now],
                )
            except sqlite3.IntegrityError:
                raise _SameStatementTwice() from None
            added.counts["added"] += cursor.rowcount
            low, high, n = db.execute(
                "SELECT min(id), max(id), count(*) FROM facts WHERE id > ?", [last]
            ).fetchone()
            if n and high - low + 1 == n:  # new rowids are consecutive: no need to read them
                ids.append([low, high])
            elif n:
                query = "SELECT id FROM facts WHERE id > ? ORDER BY id"
                ids.extend(_ranges([r[0] for r in db.execute(query, [last])]))
            restated = db.execute(
                """SELECT entity_id, metric_id, kind, period_start, period_end, value, unit,
                          as_of, source_id, quote
                   FROM temp.import_facts WHERE stored = 1 ORDER BY seq"""
            ).fetchall()
            for r in restated:
                row = dict(zip(_ROW_FIELDS, (scope, *r), strict=True))
                outcome, _ = self._import_fact(row, actor)
                added.counts[outcome] += 1
        db.execute("DELETE FROM temp.import_facts")
        added.ranges = _merge_ranges(ids)
        return added

    def _import_facts_one_by_one(
        self, facts: Sequence[Fact], scope: str, actor: str, names: _Names
    ) -> _Added:
        added = _Added()
        ids: list[int] = []
        for i, fact in enumerate(facts, 1):
            try:
                row = self._resolve_fact(replace(fact, scope=scope), names)
            except SalesBotError as e:
                raise SalesBotError(f"fact {i} ({fact.entity} {fact.metric}): {e}") from None
            outcome, fact_id = self._import_fact(row, actor)
            added.counts[outcome] += 1
            if outcome == "added":
                ids.append(fact_id)
        added.ranges = _ranges(ids)
        return added

    def _import_fact(self, row: dict, actor: str) -> tuple[str, int]:
        same = self._same_statement(row)
        if same is None:
            fact_id = (
                self.db["facts"].insert({**row, "created_by": actor, "created_at": _now()}).last_pk
            )
            return "added", fact_id
        content = ("value", "unit", "source_id", "quote")
        if all(same[k] == row[k] for k in content) or same["scope"] != row["scope"]:
            return "skipped", same["id"]
        before = self._raw_fact_row(same["id"])
        self.db["facts"].update(
            same["id"], {**{k: row[k] for k in content}, "updated_by": actor, "updated_at": _now()}
        )
        self._audit(
            actor,
            row["scope"],
            "edit",
            "facts",
            same["id"],
            _trim(before),
            _trim(self._raw_fact_row(same["id"])),
        )
        return "updated", same["id"]

    @_locked
    def export_bundle(self, scope: str = SHARED_SCOPE) -> Bundle:
        """Everything SCOPE sees, as a bundle that `import_bundle` reads back to the same store."""
        scopes = visible_scopes(scope)
        facts = [
            _fact_from_row(row)
            for row in _dict_rows(
                self.db.execute(
                    f"SELECT {FACT_COLUMNS} {FACT_JOINS} WHERE f.scope IN ({_in(scopes)}) "
                    "AND f.deleted_at IS NULL ORDER BY f.id",
                    scopes,
                )
            )
        ]
        return Bundle(
            entities=tuple(self.entities(scope)),
            metrics=tuple(self.metrics(scope)),
            sources=tuple(self.sources(scope)),
            facts=tuple(facts),
        )

    # -- questions nobody could answer -------------------------------------------------

    @_locked
    def log_question(self, question: str, *, scope: str, status: str) -> None:
        self.db.execute(
            "INSERT INTO asked (at, scope, question, status) VALUES (?, ?, ?, ?)",
            [_now(), scope, question.strip()[:500], status],
        )

    @_locked
    def unanswered(
        self, scope: str, *, limit: int = 10, since: str | None = None
    ) -> list[UnansweredQuestion]:
        rows = self.db.execute(
            """SELECT lower(question) AS q, count(*) AS n, max(at) AS last, min(question),
                      max(status)
               FROM asked WHERE scope = ? AND at >= ?
               GROUP BY q ORDER BY n DESC, last DESC LIMIT ?""",
            [scope, since or "", limit],
        )
        return [
            UnansweredQuestion(question=r[3], times=r[1], last_asked=r[2], status=r[4])
            for r in rows
        ]

    # -- candidates from ingestion -------------------------------------------------------

    @_locked
    def add_candidates(
        self, source_key: str, candidates: Sequence[dict[str, Any]], *, scope: str, actor: str
    ) -> list[int]:
        source = self._source_row(source_key, visible_scopes(scope))
        if source is None:
            raise NotFoundError(f"no source with key {source_key!r}")
        ids = []
        with self.db.atomic():
            for fields in candidates:
                ids.append(
                    self.db["candidates"]
                    .insert(
                        {
                            "scope": scope,
                            "source_id": source["id"],
                            "payload": json.dumps(fields),
                            "status": "pending",
                            "created_by": actor,
                            "created_at": _now(),
                        }
                    )
                    .last_pk
                )
            self._audit(
                actor,
                scope,
                "propose",
                "candidates",
                None,
                None,
                {"source": source_key, "ids": _ranges(ids)},
            )
        return ids

    @_locked
    def candidates(
        self, scope: str, *, status: str | None = "pending", source_key: str | None = None
    ) -> list[Candidate]:
        where, params = ["c.scope = ?"], [scope]
        if status:
            where.append("c.status = ?")
            params.append(status)
        if source_key:
            where.append("s.key = ?")
            params.append(source_key)
        rows = self.db.query(
            f"""SELECT c.*, s.key AS source_key FROM candidates c
                JOIN sources s ON s.id = c.source_id WHERE {" AND ".join(where)} ORDER BY c.id""",
            params,
        )
        return [_candidate_from_row(r) for r in rows]

    @_locked
    def candidate(self, candidate_id: int, scope: str) -> Candidate:
        rows = list(
            self.db.query(
                """SELECT c.*, s.key AS source_key FROM candidates c JOIN sources s
               ON s.id = c.source_id WHERE c.id = ? AND c.scope = ?""",
                [candidate_id, scope],
            )
        )
        if not rows:
            raise NotFoundError(f"there is no candidate #{candidate_id}")
        return _candidate_from_row(rows[0])

    @_locked
    def update_candidate(
        self, candidate_id: int, fields: dict[str, Any], *, scope: str, actor: str
    ) -> Candidate:
        """Correct a pending candidate's fields before approving it."""
        current = self._pending(candidate_id, scope)
        with self.db.atomic():
            self.db["candidates"].update(candidate_id, {"payload": json.dumps(fields)})
            self._audit(actor, scope, "edit", "candidates", candidate_id, current.fields, fields)
        return self.candidate(candidate_id, scope)

    @_locked
    def approve_candidate(self, candidate_id: int, fact: Fact, *, actor: str) -> FactView:
        """Store FACT (the candidate's fields, parsed by the caller) and mark it approved."""
        self._pending(candidate_id, fact.scope)
        with self.db.atomic():
            fact_id = self._insert_fact(fact, actor, "approve")
            self._decide(candidate_id, "approved", actor, fact_id)
        return self.fact(fact_id, fact.scope)

    @_locked
    def reject_candidate(self, candidate_id: int, *, scope: str, actor: str) -> None:
        self._pending(candidate_id, scope)
        with self.db.atomic():
            self._decide(candidate_id, "rejected", actor, None)

    def _pending(self, candidate_id: int, scope: str) -> Candidate:
        found = self.candidate(candidate_id, scope)
        if found.status != "pending":
            raise SalesBotError(f"candidate #{candidate_id} is already {found.status}")
        return found

    def _decide(self, candidate_id: int, status: str, actor: str, fact_id: int | None) -> None:
        self.db["candidates"].update(
            candidate_id,
            {"status": status, "fact_id": fact_id, "decided_by": actor, "decided_at": _now()},
        )
        scope = self.db["candidates"].get(candidate_id)["scope"]
        self._audit(
            actor,
            scope,
            status,
            "candidates",
            candidate_id,
            {"status": "pending"},
            {"status": status, "fact_id": fact_id},
        )


class _SameStatementTwice(Exception):
    """A bundle states the same figure (entity, metric, kind, period, as-of) twice."""


@dataclass
class _Added:
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "updated": 0, "skipped": 0})
    ranges: list[list[int]] = field(default_factory=list)  # ids of added facts, as _ranges


# Facts staged per INSERT ... SELECT: a temporary table this size stays in the page cache.
_IMPORT_CHUNK = 20_000

_ROW_FIELDS = (
    "scope",
    "entity_id",
    "metric_id",
    "kind",
    "period_start",
    "period_end",
    "value",
    "unit",
    "as_of",
    "source_id",
    "quote",
)


def _staged_rows(facts: Sequence[Fact], names: _Names) -> Iterator[tuple]:
    """(seq, entity_id, metric_id, kind, start, end, value, unit, as_of, source_id, quote)
    for each fact, checked as `FactStore._resolve_fact` checks it, failing on the first
    bad fact with the same message. A million facts pass through here: what the facts
    before it looked up (their source, names, dates) is reused."""
    last_source: str | None = None
    source_id, folded_text = 0, ""
    last_entity: str | None = None
    last_metric: tuple[str, str] | None = None
    entity, metric = 0, 0
    iso: dict[date, str] = {}
    for i, fact in enumerate(facts, 1):
        try:
            if fact.source != last_source:
                source_id, folded_text = names.source(fact.source)
                last_source = fact.source
            quote = fact.quote
            if " ".join(quote.split()) not in folded_text:
                raise SalesBotError(
                    f"the quote {_short(quote)!r} is not in the text of source {fact.source!r}"
                )
            if fact.entity != last_entity:
                entity = names.entity_id(fact.entity)
                last_entity = fact.entity
            if (fact.metric, fact.unit) != last_metric:
                metric = names.metric_id(fact.metric, fact.unit)
                last_metric = (fact.metric, fact.unit)
            period = fact.period
            start = iso.get(period.start) or iso.setdefault(period.start, period.start.isoformat())
            end = iso.get(period.end) or iso.setdefault(period.end, period.end.isoformat())
            as_of = iso.get(fact.as_of) or iso.setdefault(fact.as_of, fact.as_of.isoformat())
        except SalesBotError as e:
            raise SalesBotError(f"fact {i} ({fact.entity} {fact.metric}): {e}") from None
        yield (
            i,
            entity,
            metric,
            fact.kind._value_,
            start,
            end,
            float(fact.value),
            fact.unit,
            as_of,
            source_id,
            quote,
        )


class _Names:
    """Name -> id lookups within one write, cached: an import resolves the same few names
    (and folds the same source text) for every one of its facts."""

    def __init__(self, store: FactStore, scope: str) -> None:
        self.store, self.scope = store, scope
        self.scopes = visible_scopes(scope)
        self._sources: dict[str, tuple[int, str]] = {}
        self._entities: dict[str, int] = {}
        self._metrics: dict[str, int] = {}

    def source(self, key: str) -> tuple[int, str]:
        if key not in self._sources:
            if len(self._sources) >= 4096:  # folded texts add up over a large import
                self._sources.clear()
            row = self.store._source_row(key, self.scopes)
            if row is None:
                raise SalesBotError(f"unknown source {key!r}: add the source first")
            self._sources[key] = (row["id"], fold_whitespace(row["text"]))
        return self._sources[key]

    def entity_id(self, name: str) -> int:
        folded = name.casefold()
        if folded not in self._entities:
            found = self.store._entity_id(name, self.scopes)
            if found is None:
                found, _ = self.store._ensure_entity(Entity(name=name), self.scope, "system")
            self._entities[folded] = found
        return self._entities[folded]

    def metric_id(self, name: str, unit: str) -> int:
        folded = name.casefold()
        if folded not in self._metrics:
            found = self.store._metric_id(name, self.scopes)
            if found is None:
                found, _ = self.store._ensure_metric(
                    Metric(name=name, unit=unit), self.scope, "system"
                )
            self._metrics[folded] = found
        return self._metrics[folded]


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


def _fact_from_tuple(t: tuple) -> Fact:
    """A Fact from a FACT_COLUMNS row (a tuple, in that column order)."""
    fields = {
        "entity": t[17],
        "metric": t[20],
        "kind": _KINDS[t[2]],
        "period": _period(t[3], t[4]),
        "value": t[5],
        "unit": t[6],
        "as_of": _date(t[7]),
        "source": t[21],
        "quote": t[8],
        "scope": t[1],
        "id": t[0],
        "deleted": t[13] is not None,
        "created_by": t[9],
        "created_at": t[10],
        "updated_by": t[11],
        "updated_at": t[12],
    }
    if not _FAST_FACTS:
        return Fact(**fields)
    fact = _new(Fact)
    fact.__dict__.update(fields)
    return fact


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
    return {k: v for k, v in row.items() if k not in ("created_at", "updated_at", "updated_by")}


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


def _clean_name(text: str, what: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise SalesBotError(f"the {what} is empty")
    if len(text) > 100:
        raise SalesBotError(f"the {what} is too long (at most 100 characters)")
    return text


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
