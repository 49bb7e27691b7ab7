"""A derived index kept in the store's own file between processes (the engine's
vocabulary of names, see bot/answering/vocabulary/index_cache.py), so that a new process loads it
instead of building it again from every company's names.

A row is trusted only while everything it was built from is unchanged:
- its scope (a server with names of its own has its own row, never read for another
  scope; a server without any reads and writes the shared row, which is its index too);
- the store's generation (every write bumps it, in any process) and its count of edits
  to stored names;
- the size and last row id of each names table (whole, every scope's rows): a change
  made behind the store's back (plain SQL, which bumps no generation) still makes the
  row stale;
- the caller's version (its code and data), so a new release never reads an old index.

It is a cache, not data: no audit, no generation bump, never exported. Saving is
best-effort (a store busy with a write, or read-only, simply keeps no row), and it is
written only when the store has not changed since the caller read what it built from.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from bot.facts.model import SHARED_SCOPE
from bot.facts.store.vocabulary import VOCABULARY_EDITS

if TYPE_CHECKING:
    from bot.facts.store import FactStore

TABLE = "index_cache"
_NAMES_TABLES = ("entities", "aliases", "metrics", "synonyms")
# A save waits this long (ms) for another writer, then gives up: it is only a cache.
_SAVE_WAIT_MS = 50


_SIZES = "SELECT " + ", ".join(
    f"(SELECT count(*) FROM {t}), (SELECT max(id) FROM {t})" for t in _NAMES_TABLES
)


def _key(conn: sqlite3.Connection, version: str) -> tuple[int, str]:
    """The store's generation and everything (but the generation) a row must match."""
    meta = dict(
        conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('generation', ?)", [VOCABULARY_EDITS]
        ).fetchall()
    )
    # Each names table whole, in every scope, not the scope's part: a stricter test (a
    # change behind the store's back to another scope's names also makes the row stale;
    # through the store every change bumps the generation anyway), and two lookups of the
    # table's b-tree instead of a pass over the scope's rows (at 4,400 companies ~2 ms of
    # a cold question's ~140, as `count(*)` counts a table's pages without reading rows).
    sizes = conn.execute(_SIZES).fetchone()
    stamp = f"{version}|{meta.get(VOCABULARY_EDITS, '0')}|{sizes}"
    return int(meta["generation"]), stamp


def _row_scope(conn: sqlite3.Connection, scope: str) -> str:
    """The row SCOPE's index is kept in: a server without names of its own sees exactly
    the shared names, so it shares their row (a row per server would hold the same
    hundreds of kilobytes for every server of a large store)."""
    if scope == SHARED_SCOPE:
        return scope
    own = " UNION ALL ".join(f"SELECT 1 FROM {t} WHERE scope = ?" for t in _NAMES_TABLES)
    found = conn.execute(f"{own} LIMIT 1", [scope] * len(_NAMES_TABLES)).fetchone()
    return scope if found else SHARED_SCOPE


def load(store: FactStore, scope: str, version: str) -> tuple[int, bytes] | None:
    """The generation and the bytes saved for SCOPE, if they still describe the store."""
    with store._lock:
        conn = store.conn
        if conn.in_transaction:  # a write under way may roll back
            return None
        try:
            conn.execute("BEGIN")  # one snapshot: the key and the row agree
            try:
                scope = _row_scope(conn, scope)
                generation, stamp = _key(conn, version)
                row = conn.execute(
                    f"SELECT rowid FROM {TABLE} WHERE scope = ? AND generation = ? AND stamp = ?",
                    [scope, generation, stamp],
                ).fetchone()
                data = None if row is None else _read_blob(conn, row[0])
            finally:
                conn.execute("COMMIT")
        except sqlite3.OperationalError:  # no such table yet: nothing saved
            return None
    return (generation, data) if data is not None else None


def _read_blob(conn: sqlite3.Connection, rowid: int) -> bytes:
    """The row's bytes, read as a blob: SQLite copies its overflow pages straight into
    the result instead of through its page cache, twice as fast for a row of megabytes
    (3.9 MB at 44,000 companies, past the part of the file that is mapped: ~8 against
    ~15 ms of a cold question at 10M facts)."""
    with conn.blobopen(TABLE, "data", rowid, readonly=True) as blob:
        return blob.read()


def save(store: FactStore, scope: str, version: str, generation: int, data: bytes) -> bool:
    """Keep DATA for SCOPE if the store is still at GENERATION (what DATA was built from
    was read after the caller read GENERATION, so nothing changed in between)."""
    with store._lock:
        conn = store.conn
        if conn.in_transaction:
            return False
        wait = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        try:
            conn.execute(f"PRAGMA busy_timeout = {_SAVE_WAIT_MS}")
            conn.execute("BEGIN IMMEDIATE")
            try:
                scope = _row_scope(conn, scope)
                now, stamp = _key(conn, version)
                if now != generation:
                    conn.execute("ROLLBACK")
                    return False
                conn.execute(
                    f"""CREATE TABLE IF NOT EXISTS {TABLE} (
                        scope TEXT PRIMARY KEY, generation INTEGER NOT NULL,
                        stamp TEXT NOT NULL, data BLOB NOT NULL)"""
                )
                conn.execute(
                    f"INSERT OR REPLACE INTO {TABLE} (scope, generation, stamp, data) "
                    "VALUES (?, ?, ?, ?)",
                    [scope, generation, stamp, data],
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error:  # busy, read-only, full: no row, answers are the same
            return False
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(wait)}")
    return True
