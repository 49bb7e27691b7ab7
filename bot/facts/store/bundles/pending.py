"""What an import changes in rows stored before it (figures, a source's text, a fiscal
calendar), held back until its last transaction."""

from __future__ import annotations

from bot.facts.model import (
    Source,
)
from bot.facts.store.common import (
    _now,
    json_fact,
)
from bot.facts.store.vocabulary import _count_edit


class PendingChanges:
    """What an import changes in rows stored before it: applied in its last transaction,
    so that readers see all of the import or none of it."""

    def __init__(self, import_id: int, actor: str, scope: str) -> None:
        self.import_id, self.actor, self.scope = import_id, actor, scope
        self.facts: dict[int, dict] = {}  # fact id -> new content
        self.sources: dict[str, Source] = {}  # key -> the bundle's version
        self.calendars: dict[int, tuple[dict, dict]] = {}  # entity id -> before, after

    def apply(self, store) -> None:
        """Inside the import's last transaction: every change, each audited ('edit',
        tagged with the import, so that undoing the import puts the rows back)."""
        actor, scope, now = self.actor, self.scope, _now()
        for source in self.sources.values():
            store._put_source(source, actor)
        for entity_id, (before, after) in self.calendars.items():
            store.db.execute(
                "UPDATE entities SET fiscal_year_end = ?, fiscal_year_named_by = ? WHERE id = ?",
                [after["fiscal_year_end"], after["fiscal_year_named_by"], entity_id],
            )
            store._audit(actor, scope, "edit", "entities", entity_id, before, after)
        if self.calendars:
            _count_edit(store.conn)
        if not self.facts:
            return
        conn = store.conn
        conn.execute(
            """CREATE TEMP TABLE IF NOT EXISTS import_updates (fact_id INTEGER PRIMARY KEY,
                value REAL, value_high REAL, unit TEXT, source_id INTEGER, quote TEXT)"""
        )
        conn.execute("DELETE FROM temp.import_updates")
        conn.executemany(
            "INSERT INTO temp.import_updates VALUES (?, ?, ?, ?, ?, ?)",
            ((i, c["value"], c["value_high"], c["unit"], c["source_id"], c["quote"])
             for i, c in self.facts.items()),
        )  # fmt: skip
        conn.execute(
            f"""INSERT INTO audit (at, actor, scope, action, table_name, row_id, before,
                                   import_id)
                SELECT ?, ?, ?, 'edit', 'facts', f.id, {json_fact("f.")}, ?
                FROM temp.import_updates u JOIN facts f ON f.id = u.fact_id ORDER BY f.id""",
            [now, actor, scope, self.import_id],
        )
        first = conn.execute("SELECT last_insert_rowid()").fetchone()[0] - len(self.facts) + 1
        conn.execute(
            """UPDATE facts SET value = u.value, value_high = u.value_high, unit = u.unit,
                   source_id = u.source_id, quote = u.quote, updated_by = ?, updated_at = ?
               FROM temp.import_updates u WHERE facts.id = u.fact_id""",
            [actor, now],
        )
        conn.execute(
            f"""UPDATE audit SET after = (SELECT {json_fact("f.")} FROM facts f
                                          WHERE f.id = audit.row_id)
                WHERE id >= ?""",
            [first],
        )
        conn.execute("DELETE FROM temp.import_updates")
