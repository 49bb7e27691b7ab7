"""Opening a store (migrations, WAL, foreign keys), its change counter, and the audit log."""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.facts.model import (
    SHARED_SCOPE,
    AuditEntry,
    NotFoundError,
    SalesBotError,
    Source,
)
from bot.facts.store.common import AUDIT_SELECT, _locked, _now, published
from bot.facts.store.pinning import GenerationPin
from bot.facts.store.rows import _audit_from_row, _dict_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from bot.facts.bundle import Bundle
    from bot.facts.store import FactStore

# The migrations of bot/facts/schema.py (a test keeps the two in step): a store that has
# applied exactly these is opened without importing sqlite-utils, which costs a question
# asked from the command line more than everything else it loads (it imports numpy).
MIGRATIONS = frozenset(
    {
        "m001_initial",
        "m002_name_lookups",
        "m003_value_ranges",
        "m004_server_settings",
        "m005_import_journal",
        "m006_unpublished_imports",
        "m007_candidate_figures",
    }
)
MIGRATION_SET = "salesbot"
# How much of a store file reads may map (`PRAGMA mmap_size`); beyond it, ordinary reads.
MMAP_BYTES = 1 << 30


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
                    [MIGRATION_SET],
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

    def __init__(self, conn: sqlite3.Connection) -> None:
        # Reads use the connection; writes use sqlite-utils (`db`), loaded on first use.
        self.conn = conn
        self._db: Database | None = None
        self._lock = threading.RLock()
        self._sources: dict[int, Source] = {}
        self._seen_generation: int | None = None  # the last generation() read
        self._pin = GenerationPin()  # generation() read once per question (pinning.py)
        # entities() and metrics() per scope (vocabulary._NameCache), kept across writes
        self._names: dict[tuple[str, str], Any] = {}
        # The import whose transaction is open, if any: its audit entries carry its id.
        self._import_tag: int | None = None

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
    def open_read_only(cls, path: str | Path) -> FactStore:
        """Open the store at PATH for reading only: a process that answers questions
        while another one writes (the Discord bot's answering processes). Nothing is
        migrated or recovered here, so the store must have been opened for writing first;
        any write raises."""
        path = Path(path)
        if not path.is_file():
            raise SalesBotError(f"cannot open {path}: there is no store there")
        uri = f"{path.resolve().as_uri()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            applied = _applied_migrations(conn)
        except sqlite3.DatabaseError as e:
            raise SalesBotError(f"cannot use {path} as a SalesBot store: {e}") from None
        if applied != MIGRATIONS:
            conn.close()
            raise SalesBotError(f"{path} is not up to date: open it for writing first")
        return cls(conn)

    @classmethod
    def in_memory(cls, *, seed: Bundle | None = None) -> FactStore:
        store = cls._from_connection(sqlite3.connect(":memory:", check_same_thread=False))
        if seed is not None:
            store.import_bundle(seed, actor="seed", scope=SHARED_SCOPE)
        return store

    @classmethod
    def _from_connection(cls, conn: sqlite3.Connection) -> FactStore:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        store = cls(conn)
        on_disk = conn.execute("PRAGMA database_list").fetchone()[2] != ""  # not :memory:
        if on_disk and conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        # Reads map the file rather than copy each page in through a system call: a
        # question about a company not asked about yet reads pages no cache holds.
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        if _applied_migrations(conn) != MIGRATIONS:
            from bot.facts.schema import migrations

            migrations.apply(store.db)
        return store

    @property
    def db(self) -> Database:
        """The store's sqlite-utils Database (writes, migrations), over the same connection."""
        if self._db is None:
            from bot.facts.store.database import StoreDatabase

            self._db = StoreDatabase(self.conn)
        return self._db

    def close(self) -> None:
        # what was returned stays whole: facts' quotes and views' sources (reading.py),
        # then sources' texts (the sources just read too)
        self._settle_facts()  # type: ignore[attr-defined]
        self._settle_texts()  # type: ignore[attr-defined]
        self.__dict__["_closed"] = True
        self.conn.close()

    def schema_version(self) -> int:
        from bot.facts.schema import migrations

        return len(migrations.applied(self.db))

    def generation(self) -> int:
        """Bumped by every write; lets callers cache what they derive from the store.
        Inside `one_generation()`, read once (what is kept is this thread's own: no lock)."""
        value = self._pin.kept()
        if value is not None:
            return value
        return self._read_generation()

    @_locked
    def _read_generation(self) -> int:
        value = int(
            self.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0]
        )
        if value != self._seen_generation:
            # Another process (or connection) may have written: its writes bumped the
            # generation but could not empty this store's caches as `_bump` does.
            self._seen_generation = value
            self._sources.clear()
        self._pin.keep(value)
        return value

    def one_generation(self) -> AbstractContextManager[None]:
        """A block (one question) in which this thread reads the generation once: what
        it reads is of the store as the block began (see pinning.py)."""
        return self._pin.held()

    def _bump(self, times: int = 1) -> None:
        self._pin.drop()
        self.db.execute(
            "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'generation'",
            [times],
        )
        self._sources.clear()

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
                    "import_id": self._import_tag,
                }
            )
            .last_pk
        )

    @_locked
    def audit_entry(self, entry_id: int) -> AuditEntry:
        row = None
        if 0 < entry_id < 2**63:  # beyond SQLite's integers no change can exist
            row = next(
                _dict_rows(self.conn.execute(f"{AUDIT_SELECT} WHERE id = ?", [entry_id])), None
            )
        if row is None:
            raise NotFoundError(f"there is no change {entry_id}")
        return _audit_from_row(row)

    @_locked
    def audit_log(self, scope: str, *, limit: int = 50) -> list[AuditEntry]:
        return [
            _audit_from_row(row)
            for row in self.db.query(
                f"{AUDIT_SELECT} WHERE scope = ? AND {published()} ORDER BY id DESC LIMIT ?",
                [scope, limit],
            )
        ]


def _applied_migrations(conn: sqlite3.Connection) -> frozenset[str]:
    """Names of this store's applied migrations (none for a new file)."""
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )
    except sqlite3.OperationalError:  # no such table: a new store
        return frozenset()
    return frozenset(name for (name,) in rows)
