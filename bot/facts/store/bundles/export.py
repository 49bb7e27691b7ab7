"""Bundles out: what a scope sees, as a `Bundle` in memory or streamed record by record
to a file, with its history when asked."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from bot.facts.bundle import (
    Bundle,
    entity_record,
    fact_record,
    metric_record,
    source_record,
)
from bot.facts.model import (
    SHARED_SCOPE,
)
from bot.facts.store.common import (
    AUDIT_SELECT,
    FACT_COLUMNS,
    FACT_JOINS,
    _in,
    _locked,
    published,
    visible_scopes,
)
from bot.facts.store.rows import (
    _dict_rows,
    _fact_from_row,
    _fact_from_tuple,
    _source_from_row,
)


class BundleExportMixin:
    """Bundles out: everything a scope sees, in memory or streamed to a file."""

    @_locked
    def export_bundle(self, scope: str = SHARED_SCOPE) -> Bundle:
        """Everything SCOPE sees, as a bundle that `import_bundle` reads back to the same store
        (in memory: `write_bundle` streams the same content to a file)."""
        scopes = visible_scopes(scope)
        facts = [
            _fact_from_row(row)
            for row in _dict_rows(
                self.db.execute(
                    f"SELECT {FACT_COLUMNS} {FACT_JOINS} WHERE f.scope IN ({_in(scopes)}) "
                    f"AND f.deleted_at IS NULL AND {published('f.')} ORDER BY f.id",
                    scopes,
                )
            )
        ]
        return Bundle(
            entities=tuple(self.entities(scope)),
            metrics=tuple(self.metrics(scope)),
            sources=tuple(self.sources(scope)),
            facts=tuple(facts),
            scope=scope,
        )

    @_locked
    def write_bundle(
        self, out: TextIO, scope: str = SHARED_SCOPE, *, with_history: bool = False
    ) -> tuple[int, int]:
        """Write what SCOPE sees to OUT as a bundle, record by record (memory stays flat in
        the store's size), formatted exactly as `json.dumps(..., indent=2)` would. In a
        server's export the shared rows are marked `"scope": "shared"`, so importing it
        never copies them into a server. WITH_HISTORY adds removed facts (marked
        `"removed": true`) and the scope's audit log (`history`). Returns the number of
        facts and sources written."""
        scopes = visible_scopes(scope)
        mark = scope != SHARED_SCOPE
        live = "" if with_history else "AND f.deleted_at IS NULL"
        facts = (
            fact_record(_fact_from_tuple(t), mark_shared=mark)
            for t in self.db.conn.execute(
                f"SELECT {FACT_COLUMNS} {FACT_JOINS} WHERE f.scope IN ({_in(scopes)}) {live} "
                f"AND {published('f.')} ORDER BY f.id",
                scopes,
            )
        )
        sources = (
            source_record(_source_from_row(row), mark_shared=mark)
            for row in _dict_rows(
                self.db.conn.execute(
                    f"SELECT * FROM sources WHERE scope IN ({_in(scopes)}) ORDER BY id", scopes
                )
            )
        )
        sections: dict[str, Iterable[dict]] = {
            "entities": (entity_record(e) for e in self.entities(scope)),
            "metrics": (metric_record(m) for m in self.metrics(scope)),
            "sources": sources,
            "facts": facts,
        }
        if with_history:
            sections["history"] = (
                _history_record(row)
                for row in _dict_rows(
                    self.db.conn.execute(
                        f"{AUDIT_SELECT} WHERE scope = ? AND {published()} ORDER BY id",
                        [scope],
                    )
                )
            )
        written = {"facts": 0, "sources": 0}
        out.write("{")
        for i, (name, records) in enumerate(sections.items()):
            out.write(f'{"," if i else ""}\n  "{name}": [')
            n = 0
            for n, record in enumerate(records, 1):
                text = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n    ")
                out.write(f"{',' if n > 1 else ''}\n    {text}")
            out.write("\n  ]" if n else "]")
            if name in written:
                written[name] = n
        out.write("\n}\n")
        return written["facts"], written["sources"]


def _history_record(row: dict) -> dict:
    return {
        "id": row["id"],
        "at": row["at"],
        "actor": row["actor"],
        "action": row["action"],
        "table": row["table_name"],
        "row_id": row["row_id"],
        "before": json.loads(row["before"]) if row["before"] else None,
        "after": json.loads(row["after"]) if row["after"] else None,
        "undone_by": row["undone_by"],
    }
