"""Entities and metrics: names, aliases, synonyms, per scope."""

from __future__ import annotations

from collections.abc import Sequence

from bot.facts.model import (
    SHARED_SCOPE,
    Entity,
    Metric,
    NotFoundError,
    PermissionDeniedError,
    SalesBotError,
)
from bot.facts.store.common import _in, _locked, _now, visible_scopes
from bot.facts.store.rows import _clean_name, _dict_rows


class VocabularyMixin:
    """Entities and metrics: names, aliases, synonyms, per scope."""

    @_locked
    def entities(self, scope: str = SHARED_SCOPE) -> list[Entity]:
        return self._cached_names("entities", scope, self._load_entities)

    def _load_entities(self, scope: str) -> list[Entity]:
        scopes = visible_scopes(scope)
        aliases: dict[int, list[str]] = {}
        for row in self.conn.execute(
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
            for row in _dict_rows(
                self.conn.execute(
                    f"SELECT * FROM entities WHERE scope IN ({_in(scopes)}) ORDER BY id", scopes
                )
            )
        ]

    @_locked
    def metrics(self, scope: str = SHARED_SCOPE) -> list[Metric]:
        return self._cached_names("metrics", scope, self._load_metrics)

    def _load_metrics(self, scope: str) -> list[Metric]:
        scopes = visible_scopes(scope)
        synonyms: dict[int, list[str]] = {}
        for row in self.conn.execute(
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
            for row in _dict_rows(
                self.conn.execute(
                    f"SELECT * FROM metrics WHERE scope IN ({_in(scopes)}) ORDER BY id", scopes
                )
            )
        ]

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
