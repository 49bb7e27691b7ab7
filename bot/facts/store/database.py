"""The store's sqlite-utils Database, for writes and migrations.

Its own module so that only writing imports sqlite-utils (and with it numpy): the store
reads through its sqlite3 connection (see `StoreBase.db`).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Generator

from sqlite_utils import Database

from bot.facts.store.base import StoreBusyError


class StoreDatabase(Database):
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
