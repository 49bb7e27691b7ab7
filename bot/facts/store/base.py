"""Opening a store (migrations, WAL, foreign keys), its change counter, and the audit log."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from bot.facts.bundle import Bundle
from bot.facts.model import (
    SHARED_SCOPE,
    AuditEntry,
    SalesBotError,
    Source,
)
from bot.facts.schema import migrations
from bot.facts.store.common import _locked, _now
from bot.facts.store.rows import _audit_from_row

if TYPE_CHECKING:
    from bot.facts.store import FactStore


class StoreBase:
    """Opening a store (migrations, WAL, foreign keys), its change counter, and the audit log."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.RLock()
        self._sources: dict[int, Source] = {}
        # entities() and metrics() per scope, with the generation they were read at.
        self._names: dict[tuple[str, str], tuple[int, list]] = {}

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
