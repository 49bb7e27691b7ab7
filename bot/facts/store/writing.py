"""Writing facts: add, edit, soft delete, undo; every change audited."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from bot.facts.model import (
    AuditEntry,
    Fact,
    FactView,
    PermissionDeniedError,
    SalesBotError,
)
from bot.facts.quantities import check_figure
from bot.facts.store.common import UNDOABLE, _in, _locked, _now, visible_scopes
from bot.facts.store.names import _Names
from bot.facts.store.rows import _check_text, _fact_from_row, _trim


class WritingMixin:
    """Writing facts: add, edit, soft delete, undo; every change audited."""

    @_locked
    def add_fact(self, fact: Fact, *, actor: str, action: str = "add") -> FactView:
        with self.db.atomic():
            fact_id = self._insert_fact(fact, actor, action)
        return self.fact(fact_id, fact.scope)

    def _resolve_fact(self, fact: Fact, names: _Names | None = None) -> dict:
        """The row for FACT, with its names turned into ids; refuses a quote not in its source."""
        names = names or _Names(self, fact.scope)
        check_figure(fact.value, fact.value_high)
        for what in ("entity", "metric", "source", "quote"):
            _check_text(getattr(fact, what), what)
        source_id = names.source(fact.source)[0]
        quote = names.verbatim(fact.source, fact.quote)
        entity_id = names.entity_id(fact.entity)
        return {
            "scope": fact.scope,
            "entity_id": entity_id,
            "metric_id": names.metric_id(fact.metric, fact.unit, entity_id),
            "kind": fact.kind.value,
            "period_start": fact.period.start.isoformat(),
            "period_end": fact.period.end.isoformat(),
            "value": float(fact.value),
            "value_high": None if fact.value_high is None else float(fact.value_high),
            "unit": fact.unit,
            "as_of": fact.as_of.isoformat(),
            "source_id": source_id,
            "quote": quote,
        }

    def _same_statement(self, row: dict, *, exclude_id: int | None = None) -> dict | None:
        scopes = visible_scopes(row["scope"])
        found = self.db.execute(
            f"""SELECT id, value, value_high, unit, source_id, quote, scope, import_id FROM facts
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
        columns = ("id", "value", "value_high", "unit", "source_id", "quote", "scope", "import_id")
        return dict(zip(columns, found, strict=True))

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
            "value_high",
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
            if entry.table == "imports":
                undo_id = self._undo_import(entry, actor)
                self.db.execute("UPDATE audit SET undone_by = ? WHERE id = ?", [undo_id, entry.id])
                self._bump()
                return self.audit_entry(undo_id)
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
                f"""SELECT id FROM audit WHERE scope = ? AND actor = ? AND undone_by IS NULL
                    AND (table_name = 'facts' AND action IN ({_in(UNDOABLE)})
                         OR table_name = 'imports' AND action = 'import')
                    ORDER BY id DESC LIMIT 1""",
                [scope, actor, *UNDOABLE],
            ).fetchone()
            if row is None:
                raise SalesBotError("there is nothing of yours to undo")
            entry_id = row[0]
        entry = self.audit_entry(entry_id)
        whole_import = entry.table == "imports" and entry.action == "import"
        if entry.table == "facts" and entry.action == "import":
            raise SalesBotError(
                f"change {entry_id} is part of an import: undo the import as a whole "
                f"(`facts undo --change` with the import's change number)"
            )
        if entry.scope != scope or not (
            whole_import or (entry.table == "facts" and entry.action in UNDOABLE)
        ):
            raise SalesBotError(f"change {entry_id} cannot be undone here")
        if entry.undone_by is not None:
            raise SalesBotError(f"change {entry_id} was already undone")
        return entry
