"""Entities and metrics: names, aliases, synonyms, per scope."""

from __future__ import annotations

import itertools
import sqlite3
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.facts.model import (
    SHARED_SCOPE,
    Entity,
    Metric,
    NotFoundError,
    PermissionDeniedError,
    SalesBotError,
)
from bot.facts.store.common import _in, _locked, _now, visible_scopes
from bot.facts.store.rows import _clean_name

# The meta key counting changes to names already stored (a company's fiscal calendar):
# caches of names read only what was added since unless it moves.
VOCABULARY_EDITS = "vocabulary_edits"


def _edits(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [VOCABULARY_EDITS]).fetchone()
    return int(row[0]) if row else 0


def _count_edit(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, '1') "
        "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
        [VOCABULARY_EDITS],
    )


_CACHES = itertools.count(1)  # tells one cache from the one that replaced it
_CHANGE_LOG = 64  # refreshes a cache remembers the changed ids of


@dataclass(frozen=True)
class NameChanges:
    """What `names_since` returns: the entities and metrics added or changed since STAMP
    was returned, or (WHOLE) every one of them; and the stamp to pass next time."""

    stamp: tuple[int, ...] | None
    whole: bool
    entities: list[Entity]
    metrics: list[Metric]


class _NameCache:
    """One scope's entities or metrics by id, with the highest row ids read so far."""

    # (the names table, its columns; the second-names table, its owner column and name)
    table, columns, extra, owner, word = "", "", "", "", ""

    def __init__(self, conn: sqlite3.Connection, scope: str) -> None:
        self.scope = scope
        self.scopes = visible_scopes(scope)
        self.edits = _edits(conn)
        self.generation = -1
        self.rows: dict[int, tuple] = {}  # id -> the row's columns
        self.words: dict[int, list[str]] = {}  # id -> aliases or synonyms, oldest first
        self.items: dict[int, Any] = {}  # id -> Entity or Metric
        self.last_row = self.last_word = 0
        # which ids each refresh changed, numbered, so that a reader can catch up
        self.cache_id = next(_CACHES)
        self.serial = 0
        self.log: deque[tuple[int, frozenset[int]]] = deque(maxlen=_CHANGE_LOG)

    def refresh(self, conn: sqlite3.Connection) -> _NameCache:
        changed: set[int] = set()
        scopes = _in(self.scopes)
        # "+scope": the rows after LAST_ROW by their id, not every row of the scope by the
        # (scope, name) index and then sorted, which made a refresh grow with the store
        for row in conn.execute(
            f"SELECT id, {self.columns} FROM {self.table} "
            f"WHERE id > ? AND +scope IN ({scopes}) ORDER BY id",
            [self.last_row, *self.scopes],
        ):
            self.rows[row[0]] = row
            self.last_row = row[0]
            changed.add(row[0])
        for word_id, owner, word in conn.execute(
            f"SELECT id, {self.owner}, {self.word} FROM {self.extra} "
            f"WHERE id > ? AND +scope IN ({scopes}) ORDER BY id",
            [self.last_word, *self.scopes],
        ):
            self.words.setdefault(owner, []).append(word)
            self.last_word = word_id
            changed.add(owner)
        for item_id in sorted(changed):
            if item_id in self.rows:
                self.items[item_id] = self.build(self.rows[item_id])
        if changed:
            self.serial += 1
            self.log.append((self.serial, frozenset(changed)))
        return self

    def changed_since(self, serial: int) -> list | None:
        """The items changed after refresh SERIAL, ids ascending; None if not remembered."""
        if serial == self.serial:
            return []
        if not self.log or self.log[0][0] > serial + 1:
            return None
        ids = set().union(*(ids for n, ids in self.log if n > serial))
        return [self.items[i] for i in sorted(ids) if i in self.items]

    def build(self, row: tuple) -> Any:
        raise NotImplementedError

    def values(self) -> list:
        return list(self.items.values())  # ids ascending: rows are read in id order


class _EntityNames(_NameCache):
    table, columns = "entities", "name, fiscal_year_end, fiscal_year_named_by, scope"
    extra, owner, word = "aliases", "entity_id", "alias"

    def build(self, row: tuple) -> Entity:
        return Entity(
            id=row[0],
            name=row[1],
            aliases=tuple(self.words.get(row[0], ())),
            fiscal_year_end=row[2],
            fiscal_year_named_by=row[3],
            scope=row[4],
        )


class _MetricNames(_NameCache):
    table, columns = "metrics", "name, unit, scope"
    extra, owner, word = "synonyms", "metric_id", "phrase"

    def build(self, row: tuple) -> Metric:
        return Metric(
            id=row[0],
            name=row[1],
            synonyms=tuple(self.words.get(row[0], ())),
            unit=row[2],
            scope=row[3],
        )


class VocabularyMixin:
    """Entities and metrics: names, aliases, synonyms, per scope."""

    @_locked
    def entities(self, scope: str = SHARED_SCOPE) -> list[Entity]:
        return self._names_of("entities", scope, _EntityNames)

    @_locked
    def metrics(self, scope: str = SHARED_SCOPE) -> list[Metric]:
        return self._names_of("metrics", scope, _MetricNames)

    @_locked
    def names_since(self, scope: str, stamp: tuple[int, ...] | None) -> NameChanges:
        """The scope's entities and metrics added or changed since the call that returned
        STAMP, so that an index of names can be brought up to date without reading every
        company again; all of them (`whole`) when STAMP is None or too old, or after an
        edit. Costs a few indexed queries, however many companies the store holds."""
        entities = self._name_cache("entities", scope, _EntityNames)
        metrics = self._name_cache("metrics", scope, _MetricNames)
        if self.conn.in_transaction:  # not cached: it may roll back
            return NameChanges(None, True, entities.values(), metrics.values())
        now = (entities.cache_id, entities.serial, metrics.cache_id, metrics.serial)
        if stamp is not None and (stamp[0], stamp[2]) == (now[0], now[2]):
            changed = entities.changed_since(stamp[1]), metrics.changed_since(stamp[3])
            if changed[0] is not None and changed[1] is not None:
                return NameChanges(now, False, changed[0], changed[1])
        return NameChanges(now, True, entities.values(), metrics.values())

    def _names_of(self, what: str, scope: str, kind: type[_NameCache]) -> list:
        return self._name_cache(what, scope, kind).values()

    def _name_cache(self, what: str, scope: str, kind: type[_NameCache]) -> _NameCache:
        """The scope's entities (or metrics), kept between questions and brought up to date
        after a write by reading only the rows added since (names are only ever added);
        read whole again after an edit (`VOCABULARY_EDITS`). Never cached inside a
        transaction, which may roll back."""
        if self.conn.in_transaction:
            return kind(self.conn, scope).refresh(self.conn)
        generation = self.generation()
        cache = self._names.get((what, scope))
        if cache is None or cache.edits != _edits(self.conn):
            cache = self._names[(what, scope)] = kind(self.conn, scope)
        if cache.generation != generation:
            cache.refresh(self.conn)
            cache.generation = generation
        return cache

    def _entity_id(self, name: str, scopes: Sequence[str]) -> int | None:
        row = self.conn.execute(
            f"""SELECT id FROM entities WHERE name = ? COLLATE NOCASE AND scope IN ({_in(scopes)})
                UNION ALL
                SELECT entity_id FROM aliases WHERE alias = ? COLLATE NOCASE
                    AND scope IN ({_in(scopes)})
                LIMIT 1""",
            [name, *scopes, name, *scopes],
        ).fetchone()
        return row[0] if row else None

    def _metric_id(self, name: str, scopes: Sequence[str]) -> int | None:
        row = self.conn.execute(
            f"""SELECT id FROM metrics WHERE name = ? COLLATE NOCASE AND scope IN ({_in(scopes)})
                UNION ALL
                SELECT metric_id FROM synonyms WHERE phrase = ? COLLATE NOCASE
                    AND scope IN ({_in(scopes)})
                LIMIT 1""",
            [name, *scopes, name, *scopes],
        ).fetchone()
        return row[0] if row else None

    def _metric_named(self, name: str, scopes: Sequence[str]) -> int | None:
        """The metric of exactly NAME (no synonyms); a server's own before the shared one."""
        row = self.conn.execute(
            f"SELECT id FROM metrics WHERE name = ? COLLATE NOCASE AND scope IN ({_in(scopes)})"
            " ORDER BY scope = 'shared' LIMIT 1",
            [name, *scopes],
        ).fetchone()
        return row[0] if row else None

    def _metric_of(self, name: str, scopes: Sequence[str], entity_ids: Sequence[int]) -> int | None:
        """The metric NAME means for figures about ENTITY_IDS. A synonym is a company's own
        way of naming its figure (Sony's "units sold" are smartphones; another company's
        are not), so: the metric of that exact name when those companies report it, else
        a metric listing NAME as a synonym that they all report, else the exact name's."""
        exact = self._metric_named(name, scopes)
        companies = set(entity_ids)
        if exact is not None and all(self._reports(exact, e) for e in companies):
            return exact
        for (metric_id,) in self.conn.execute(
            f"SELECT metric_id FROM synonyms WHERE phrase = ? COLLATE NOCASE"
            f" AND scope IN ({_in(scopes)})",
            [name, *scopes],
        ).fetchall():
            if companies and all(self._reports(metric_id, e) for e in companies):
                return metric_id
        return exact

    def _metric_name(self, metric_id: int) -> str:
        return self.conn.execute("SELECT name FROM metrics WHERE id = ?", [metric_id]).fetchone()[0]

    def _reports(self, metric_id: int, entity_id: int) -> bool:
        """Whether the store holds a live figure of METRIC_ID about ENTITY_ID (an index probe)."""
        return (
            self.conn.execute(
                "SELECT 1 FROM facts WHERE metric_id = ? AND entity_id = ?"
                " AND deleted_at IS NULL LIMIT 1",
                [metric_id, entity_id],
            ).fetchone()
            is not None
        )

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

    @_locked
    def add_names(
        self, entities: Sequence[Entity], metrics: Sequence[Metric], *, scope: str, actor: str
    ) -> None:
        """Create these entities and metrics in SCOPE (or give stored ones the aliases,
        synonyms and calendar they lack) in one transaction, each change audited on its
        own: what approving a fact of a new company or metric needs first, which is not an
        import (an import is one undoable change of facts). Names are matched exactly, or
        by a declared alias or synonym, never by likeness."""
        with self.db.atomic():
            for entity in entities:
                found = self._entity_id(entity.name, visible_scopes(scope))
                before = self._entity_calendar(found) if found is not None else None
                entity_id, outcome = self._ensure_entity(entity, scope, actor)
                after = {**self._entity_calendar(entity_id), "aliases": list(entity.aliases)}
                if outcome == "added":
                    self._audit(actor, scope, "add", "entities", entity_id, None,
                                {"name": entity.name, **after})  # fmt: skip
                elif outcome == "updated":
                    self._audit(actor, scope, "edit", "entities", entity_id, before, after)
            for metric in metrics:
                metric_id, outcome = self._ensure_metric(metric, scope, actor)
                if outcome != "skipped":
                    self._audit(actor, scope, "add" if outcome == "added" else "edit",
                                "metrics", metric_id, None,
                                {"name": metric.name, "unit": metric.unit,
                                 "synonyms": list(metric.synonyms)})  # fmt: skip

    def _entity_calendar(self, entity_id: int) -> dict:
        row = self.conn.execute(
            "SELECT fiscal_year_end, fiscal_year_named_by FROM entities WHERE id = ?", [entity_id]
        ).fetchone()
        return {"fiscal_year_end": row[0], "fiscal_year_named_by": row[1]}

    def _insert_alias(self, entity_id: int, alias: str, scope: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO aliases (entity_id, alias, scope) VALUES (?, ?, ?)",
            [entity_id, alias, scope],
        )
        self._bump()

    def _insert_synonym(self, metric_id: int, phrase: str, scope: str) -> None:
        self.conn.execute(
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
            entity_id = self.conn.execute(
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
            _count_edit(self.conn)
            outcome = "updated"
        for alias in entity.aliases:
            if self._entity_id(alias, scopes) is None:
                self._insert_alias(entity_id, alias, scope)
                outcome = "updated"
        return entity_id, outcome

    def _ensure_metric(
        self, metric: Metric, scope: str, actor: str, *, by_synonym: bool = True
    ) -> tuple[int, str]:
        """METRIC's id, created when no metric has its name (nor, BY_SYNONYM, lists it as a
        synonym); with the synonyms it declares added."""
        scopes = visible_scopes(scope)
        lookup = self._metric_id if by_synonym else self._metric_named
        metric_id = lookup(metric.name, scopes)
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
