"""The import journal: every import is one change, published in short transactions, that
can be rolled back (when it fails or its process dies) or undone as a whole.

Why: a million-fact import in one transaction held the write lock for seconds, so other
writers waited past `busy_timeout`. So an import is published in chunks, each its own
short `BEGIN IMMEDIATE` transaction, and every row a chunk writes, in any table, is
tagged with the import's id (`import_id`). The import's row in `imports` says 'running'
until its last chunk; then one summary audit entry (table 'imports') is written:

- a failure in any chunk (or a process killed mid-import, found on the next open by its
  'running' row and dead pid) deletes every tagged row and restores what tagged 'edit'
  entries changed: a failed import leaves nothing;
- `undo` of the summary entry soft-deletes the facts it added and restores those it
  updated: an import is one change, undone as a whole, and nothing is lost.

Everything that can be refused (the bundle's validity, quotes, numbers) is checked before
the first chunk is published (see `bundles`), so a failure while publishing means the
store itself changed meanwhile or the disk failed."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator

from bot.facts.model import AuditEntry, SalesBotError
from bot.facts.store.common import _now, json_fact
from bot.facts.store.vocabulary import _count_edit

# Every table an import writes to, children before parents (the order rows are deleted in).
TAGGED = ("audit", "facts", "aliases", "synonyms", "sources", "entities", "metrics")
# Rows deleted per transaction when rolling back, to keep each one short.
_DELETE_CHUNK = 50_000


class ImportJournalMixin:
    """The import journal (see the module's docstring)."""

    def _start_import(self, scope: str, actor: str) -> int:
        with self.db.atomic():
            return self.db.execute(
                "INSERT INTO imports (scope, actor, started_at, status, pid) "
                "VALUES (?, ?, ?, 'running', ?)",
                [scope, actor, _now(), os.getpid()],
            ).lastrowid

    @contextlib.contextmanager
    def _import_chunk(self, import_id: int) -> Iterator[None]:
        """One short transaction of import IMPORT_ID; every row it adds, in any table,
        is tagged with the import's id: facts and audit entries as they are written (a
        chunk writes thousands), names and sources (a few) here."""
        with self.db.atomic():
            last = {
                t: self.db.execute(f"SELECT coalesce(max(rowid), 0) FROM {t}").fetchone()[0]
                for t in TAGGED
                if t not in ("facts", "audit")
            }
            self._import_tag = import_id
            try:
                yield
            finally:
                self._import_tag = None
            for table, before in last.items():
                self.db.execute(
                    f"UPDATE {table} SET import_id = ? WHERE rowid > ?", [import_id, before]
                )

    @contextlib.contextmanager
    def _publishing(self) -> Iterator[None]:
        """A running import's chunks commit without waiting for the disk (synchronous
        NORMAL): a power cut may lose the newest of them, but they are hidden and rolled
        back anyway, and the import's last transaction, under the store's own setting,
        makes every one of them durable (it syncs the whole write-ahead log)."""
        if self.conn.in_transaction:
            yield
            return
        previous = int(self.conn.execute("PRAGMA synchronous").fetchone()[0])
        self.conn.execute("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA synchronous = {previous}")

    def _finish_import(
        self, import_id: int, scope: str, actor: str, summary: dict, apply: Callable
    ) -> int:
        """Publish the import: one short transaction applies what it changes in rows
        stored before it (APPLY), writes its summary entry and flips its one row in
        `imports` to 'done', which shows every fact it added to readers at once."""
        with self._import_chunk(import_id):
            apply(self)
            entry_id = self._audit(actor, scope, "import", "imports", import_id, None, summary)
            self.db.execute(
                "UPDATE imports SET status = 'done', finished_at = ? WHERE id = ?",
                [_now(), import_id],
            )
            self._bump()
        return entry_id

    def _roll_back_import(self, import_id: int) -> None:
        """Remove every trace of a failed import, in short transactions."""
        with self.db.atomic():
            self._restore_edits(import_id)
        # Only the import's own rows go, children first; checking each deleted row's
        # references scanned unindexed columns (audit.undone_by, facts.source_id) per row.
        self.db.execute("PRAGMA foreign_keys = OFF")
        try:
            self._delete_tagged(import_id)
        finally:
            self.db.execute("PRAGMA foreign_keys = ON")
        with self.db.atomic():
            self.db.execute(
                "UPDATE imports SET status = 'failed', finished_at = ? WHERE id = ?",
                [_now(), import_id],
            )
            _count_edit(self.conn)  # names it added are gone: caches of names read anew
            self._bump()

    def _delete_tagged(self, import_id: int) -> None:
        for table in TAGGED:
            key = "rowid"
            while True:
                with self.db.atomic():
                    gone = self.db.execute(
                        f"""DELETE FROM {table} WHERE {key} IN (
                                SELECT {key} FROM {table} WHERE import_id = ? LIMIT ?)""",
                        [import_id, _DELETE_CHUNK],
                    ).rowcount
                if gone < _DELETE_CHUNK:
                    break

    def _restore_edits(self, import_id: int, *, actor: str | None = None) -> None:
        """Put back what the import's 'edit' entries changed in rows it did not create."""
        edits = self.db.execute(
            """SELECT table_name, row_id, before FROM audit
               WHERE import_id = ? AND action = 'edit' AND before IS NOT NULL
               ORDER BY id DESC""",
            [import_id],
        ).fetchall()
        for table, row_id, before in edits:
            if table not in ("facts", "sources", "entities"):
                continue
            values = json.loads(before)
            stored = self.db[table].columns_dict
            columns = [c for c in values if c in stored and c not in ("id",)]
            if actor is not None and "updated_by" in stored:
                values = {**values, "updated_by": actor, "updated_at": _now()}
                columns = [*columns, "updated_by", "updated_at"]
            if table == "entities":
                _count_edit(self.conn)  # a fiscal calendar back as it was
            self.db.execute(
                f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                [*(values[c] for c in columns), row_id],
            )

    def _recover_imports(self) -> None:
        """Roll back imports whose process died before finishing (kill -9, power loss)."""
        # The plain connection: opening a store to answer must not load sqlite-utils.
        for import_id, pid in self.conn.execute(
            "SELECT id, pid FROM imports WHERE status = 'running'"
        ).fetchall():
            if not _alive(pid):
                self._roll_back_import(import_id)

    def _undo_import(self, entry: AuditEntry, actor: str) -> int:
        """Undo a whole import (inside the caller's transaction); returns the undo entry."""
        import_id = entry.row_id
        newer = self.db.execute(
            """SELECT later.id, later.row_id FROM audit mine
               JOIN audit later ON later.table_name = 'facts' AND later.row_id = mine.row_id
                AND later.id > ? AND later.undone_by IS NULL AND later.action != 'undo'
                AND later.import_id IS NOT ?
               WHERE mine.import_id = ? AND mine.table_name = 'facts' LIMIT 1""",
            [entry.id, import_id, import_id],
        ).fetchone()
        if newer:
            raise SalesBotError(
                f"fact #{newer[1]} changed after the import (change {newer[0]}); undo that first"
            )
        self._restore_edits(import_id, actor=actor)  # type: ignore[arg-type]
        now = _now()
        # each fact it added is removed with an entry of its own (which also keeps the fact
        # as it was created readable: see `common.AUDIT_SELECT`)
        self.db.execute(
            f"""INSERT INTO audit (at, actor, scope, action, table_name, row_id, before, after)
                SELECT ?, ?, ?, 'undo', 'facts', id, {json_fact("")},
                    json_set({json_fact("")}, '$.deleted_at', ?, '$.deleted_by', ?)
                FROM facts WHERE import_id = ? AND deleted_at IS NULL ORDER BY id""",
            [now, actor, entry.scope, now, actor, import_id],
        )
        removed = self.db.execute(
            """UPDATE facts SET deleted_at = ?, deleted_by = ?
               WHERE import_id = ? AND deleted_at IS NULL""",
            [now, actor, import_id],
        ).rowcount
        self.db.execute("UPDATE imports SET status = 'undone' WHERE id = ?", [import_id])
        return self._audit(
            actor,
            entry.scope,
            "undo",
            "imports",
            import_id,
            entry.after,
            {"facts_removed": removed, "undoes": entry.id},
        )


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    if pid == os.getpid():
        return True  # another connection of this very process may be importing right now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
