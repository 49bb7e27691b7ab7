"""Opening a store (migrations, WAL, foreign keys), its change counter, and the audit log."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from bot.facts.bundle import Bundle
from bot.facts.model import (
    SHARED_SCOPE,
    AuditEntry,
    NotFoundError,
    SalesBotError,
    Source,
)
from bot.facts.schema import migrations
from bot.facts.store.common import _locked, _now
from bot.facts.store.rows import _audit_from_row

if TYPE_CHECKING:
    from bot.facts.store import FactStore


class _StoreDatabase(Database):
    """sqlite-utils' Database whose outermost transaction is `BEGIN IMMEDIATE`.

    A plain `BEGIN` starts as a reader and upgrades at its first write; in WAL mode that
    upgrade fails at once with "database is locked" when another process wrote meanwhile,
    without waiting for the busy timeout. Taking the write lock up front makes concurrent
    writers queue for up to `busy_timeout`; past it the caller hears "busy, try again"."""

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if "locked" in str(e) or "busy" in str(e):
                raise StoreBusyError(
                    "the store is busy with another change: try again in a moment"
                ) from None
            raise
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


class StoreBusyError(SalesBotError):
    """Another process held the store's write lock for longer than the busy timeout."""


def _check_is_store(path: Path) -> None:
    """Refuse, before anything is written, an existing file that is neither empty nor a
    SalesBot store: opening it normally would add our tables and switch it to WAL."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as f:
            header = f.read(16)
    except OSError as e:
        raise SalesBotError(f"cannot open {path}: {e.strerror or e}") from None
    if header != b"SQLite format 3\x00":
        raise SalesBotError(f"cannot use {path} as a SalesBot store: it is not an SQLite file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            ours = (
                "_sqlite_migrations" in tables
                and conn.execute(
                    "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1",
                    [migrations.name],
                ).fetchone()
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise SalesBotError(f"cannot use {path} as a SalesBot store: {e}") from None
    if tables and not ours:
        raise SalesBotError(
            f"{path} is another application's SQLite database, not a SalesBot store: "
            "refusing to change it (give --db a new file)"
        )


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
        _check_is_store(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, check_same_thread=False)
            store = cls._from_connection(conn)
        except sqlite3.DatabaseError as e:
            raise SalesBotError(f"cannot use {path} as a SalesBot store: {e}") from None
        except OSError as e:
            raise SalesBotError(f"cannot open {path}: {e.strerror or e}") from None
        store._recover_imports()
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
        db = _StoreDatabase(conn)
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
        row = None
        if 0 < entry_id < 2**63:  # beyond SQLite's integers no change can exist
            row = self.db.execute("SELECT * FROM audit WHERE id = ?", [entry_id]).fetchone()
        if row is None:
            raise NotFoundError(f"there is no change {entry_id}")
        names = [d[0] for d in self.db.execute("SELECT * FROM audit LIMIT 0").description]
        return _audit_from_row(dict(zip(names, row, strict=True)))

    @_locked
    def audit_log(self, scope: str, *, limit: int = 50) -> list[AuditEntry]:
        return [
            _audit_from_row(row)
            for row in self.db.query(
                "SELECT * FROM audit WHERE scope = ? ORDER BY id DESC LIMIT ?", [scope, limit]
            )
        ]
