"""Bundles in and out: a streamed import in two phases, and a streamed export.

Import:
1. Check and stage. Every record is validated and every fact checked (numbers in range,
   quote found in its source and replaced by the source's own span) into temporary
   tables, record by record, without writing to the store or taking its write lock. A
   refusal here leaves the store exactly as it was.
2. Publish, in chunks: names and sources, then facts `_CHUNK` at a time, each chunk one
   short transaction tagged with the import's id (see `imports`), so other writers wait
   at most one chunk. Readers see none of the import's facts until its last transaction
   publishes them all at once; what it changes in rows stored before it (`_Pending`:
   updated figures, a source's new text, a fiscal calendar) is applied there too. A
   failure while publishing (or a killed process, on the next open) removes everything
   the import wrote: all or nothing to the user. The finished import is one audited
   change, undone as a whole by `undo`.

Speed: a chunk of new figures goes from the staging table into the store in one
statement, its creation entries in another (without a copy of each row: see
`common.AUDIT_SELECT`); only a chunk holding a figure already stored, or stated twice,
takes the row-by-row path. Per fact, Python checks only the figure's range and the quote.

Metrics are matched by exact name or declared synonym, never by similarity; a metric the
bundle declares in its `metrics` section is matched by its exact name only (a bundle that
declares "mobile phones sold" means its own metric, even where another metric lists that
phrase as a synonym). A fact "updates" a stored one only when entity, metric, kind,
period and statement date are all the same; anything else is added.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import TextIO

from bot.facts.bundle import (
    UNSCOPED,
    Bundle,
    entity_record,
    fact_record,
    metric_record,
    source_record,
)
from bot.facts.model import (
    SHARED_SCOPE,
    Entity,
    Fact,
    ImportReport,
    Kind,
    Metric,
    PermissionDeniedError,
    SalesBotError,
    Source,
)
from bot.facts.quantities import MAX_MAGNITUDE, check_figure
from bot.facts.store.common import (
    AUDIT_SELECT,
    FACT_COLUMNS,
    FACT_JOINS,
    _in,
    _locked,
    _now,
    fold_whitespace,
    json_fact,
    published,
    visible_scopes,
)
from bot.facts.store.imports import ImportJournalMixin
from bot.facts.store.names import verbatim
from bot.facts.store.rows import (
    _check_source,
    _check_text,
    _dict_rows,
    _fact_from_row,
    _fact_from_tuple,
    _source_from_row,
    _trim,
)
from bot.facts.store.sources import _source_fields
from bot.facts.store.vocabulary import _count_edit

# Facts per published transaction: small enough that a chunk commits well inside the
# busy timeout on a slow, shared machine; large enough that set-based inserts pay off.
_CHUNK = 20_000
_SOURCE_CHUNK = 500  # sources carry their whole text
_STAGE_BATCH = 5_000  # staged rows per executemany
_TEXT_CACHE_CHARS = 500_000  # source texts kept at once while checking quotes (memory flat)

_ROW_FIELDS = (
    "scope",
    "entity_id",
    "metric_id",
    "kind",
    "period_start",
    "period_end",
    "value",
    "value_high",
    "unit",
    "as_of",
    "source_id",
    "quote",
)
_STATEMENT = "entity_id, metric_id, kind, period_end, period_start, as_of"
_UPDATED_MEANS = (
    "updated = the same entity, metric, kind, period and statement date; anything else is added"
)


class BundlesMixin(ImportJournalMixin):
    """Bundles: a two-phase, chunked, all-or-nothing import and a streamed export."""

    @_locked
    def import_bundle(self, bundle: Bundle, *, actor: str, scope: str) -> ImportReport:
        """Load BUNDLE into SCOPE: all of it or, on any error, none of it (see the module's
        docstring). Sections may be tuples or streams (`stream_bundle_file`)."""
        stage = _Stage(self, scope)
        try:
            stage.load(bundle)
            return self._publish(stage, actor, scope)
        finally:
            stage.drop()

    # -- phase 2 ---------------------------------------------------------------------------

    def _publish(self, stage: _Stage, actor: str, scope: str) -> ImportReport:
        counts = {
            what: {"added": 0, "updated": 0, "skipped": 0}
            for what in ("entities", "metrics", "sources", "facts")
        }
        counts["sources"]["skipped"] += stage.shared_sources
        counts["facts"]["skipped"] += stage.shared_facts
        notes: list[str] = []
        import_id = self._start_import(scope, actor)
        pending = _Pending(import_id, actor, scope)
        try:
            with self._publishing(), self._import_chunk(import_id):
                for entity in stage.entities:
                    outcome = self._import_entity(entity, scope, actor, pending)
                    counts["entities"][outcome] += 1
                declared = set()
                for metric in stage.metrics:
                    outcome = self._ensure_declared_metric(metric, scope, actor, notes)
                    counts["metrics"][outcome] += 1
                    declared.add(metric.name.casefold())
            for chunk in stage.source_chunks():
                with self._publishing(), self._import_chunk(import_id):
                    self._import_sources(chunk, scope, actor, counts["sources"], pending)
            with self._publishing(), self._import_chunk(import_id):
                stage.map_names(declared, notes)
            for low, high in stage.fact_ranges():
                with self._publishing(), self._import_chunk(import_id):
                    for outcome, n in self._publish_facts(stage, low, high, scope, actor, pending):
                        counts["facts"][outcome] += n
            summary = {"counts": counts, "notes": notes}
            self._finish_import(import_id, scope, actor, summary, pending.apply)
        except BaseException:
            self._roll_back_import(import_id)
            raise
        return ImportReport(counts, notes=(*notes, _UPDATED_MEANS))

    def _import_entity(self, entity: Entity, scope: str, actor: str, pending: _Pending) -> str:
        """`_ensure_entity`, except that a stored entity's new fiscal calendar waits for the
        import's last transaction, audited there (it changes how readers read periods)."""
        scopes = visible_scopes(scope)
        entity_id = self._entity_id(entity.name, scopes)
        if entity_id is None or not entity.fiscal_year_end:
            return self._ensure_entity(entity, scope, actor)[1]
        row = self.conn.execute(
            "SELECT name, scope, fiscal_year_end, fiscal_year_named_by, import_id "
            "FROM entities WHERE id = ?",
            [entity_id],
        ).fetchone()
        before = {"fiscal_year_end": row[2], "fiscal_year_named_by": row[3]}
        after = {
            "fiscal_year_end": entity.fiscal_year_end,
            "fiscal_year_named_by": entity.fiscal_year_named_by,
        }
        if before == after or row[4] == pending.import_id:
            return self._ensure_entity(entity, scope, actor)[1]
        if row[1] != scope:
            raise PermissionDeniedError(
                f"{row[0]} is a shared entity; its fiscal calendar cannot be changed here"
            )
        pending.calendars[entity_id] = (before, after)
        outcome = self._ensure_entity(replace(entity, fiscal_year_end=None), scope, actor)[1]
        return "updated" if outcome == "skipped" else outcome

    def _ensure_declared_metric(
        self, metric: Metric, scope: str, actor: str, notes: list[str]
    ) -> str:
        """A metric the bundle declares: the stored metric of that exact name, else a new
        one, even when another metric lists the name as a synonym (said in NOTES)."""
        scopes = visible_scopes(scope)
        exact = self._metric_named(metric.name, scopes)
        if exact is not None:
            return self._ensure_metric(metric, scope, actor)[1]
        via = self._metric_id(metric.name, scopes)
        self.db.execute(
            "INSERT INTO metrics (scope, name, unit, created_by, created_at) VALUES (?,?,?,?,?)",
            [scope, metric.name, metric.unit, actor, _now()],
        )
        metric_id = self.db.execute("SELECT last_insert_rowid()").fetchone()[0]
        for phrase in metric.synonyms:
            self._insert_synonym(metric_id, phrase, scope)
        if via is not None:
            notes.append(
                f"metric {metric.name!r} is new, kept apart from {self._metric_name(via)!r} "
                "(which lists it as a synonym)"
            )
        return "added"

    def _import_sources(
        self,
        sources: Sequence[Source],
        scope: str,
        actor: str,
        counts: dict[str, int],
        pending: _Pending,
    ) -> None:
        """Each source is added, updated or skipped as `_put_source` would; runs of new ones
        are inserted together. A source stored before the import is changed only in its
        last transaction (readers must not see a new text before its facts)."""
        keys = [s.key for s in sources]
        existing = self._existing_source_keys(keys, visible_scopes(scope))
        batch: list[Source] = []
        batched: set[str] = set()
        for source in sources:
            if source.key in existing or source.key in pending.sources or source.key in batched:
                counts["added"] += self._add_sources(batch, scope, actor)
                batch, batched = [], set()
                counts[self._import_stored_source(replace(source, scope=scope), pending)] += 1
            else:
                batch.append(source)
                batched.add(source.key)
        counts["added"] += self._add_sources(batch, scope, actor)

    def _import_stored_source(self, source: Source, pending: _Pending) -> str:
        """A source of a key already stored: added by this very import, it is updated at
        once (nobody sees it yet); stored before, its update waits for the last
        transaction. Refusals (a shared source, quotes it would drop) come now."""
        existing = self._source_row(source.key, visible_scopes(source.scope))
        if existing is None or existing.get("import_id") == pending.import_id:
            return self._put_source(source, pending.actor)[1]
        record = _source_fields(source)
        if all(existing[k] == v for k, v in record.items()):
            pending.sources.pop(source.key, None)
            return "skipped"
        if existing["scope"] != source.scope:
            raise PermissionDeniedError(
                f"source {source.key!r} is shared; add yours under another key"
            )
        if fold_whitespace(existing["text"]) != fold_whitespace(source.text):
            self._check_quotes_still_fit(existing["id"], source.text)
        pending.sources[source.key] = source
        return "updated"

    def _existing_source_keys(self, keys: Sequence[str], scopes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            found.update(
                row[0]
                for row in self.db.execute(
                    f"SELECT key FROM sources WHERE scope IN ({_in(scopes)}) "
                    f"AND key IN ({_in(chunk)})",
                    [*scopes, *chunk],
                )
            )
        return found

    def _add_sources(self, batch: Sequence[Source], scope: str, actor: str) -> int:
        """Insert new sources and their 'add' audit entries, as `_put_source` does (but
        without a copy of each text in its entry: see `common.AUDIT_SELECT`)."""
        if not batch:
            return 0
        now = _now()
        last = self.db.execute("SELECT coalesce(max(id), 0) FROM sources").fetchone()[0]
        self.conn.executemany(
            """INSERT INTO sources (scope, key, title, publisher, url, published, text,
                                    created_by, created_at, import_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                (scope, s.key, s.title, s.publisher, s.url,
                 s.published.isoformat() if s.published else None, s.text, actor, now,
                 self._import_tag)
                for s in batch
            ),
        )  # fmt: skip
        self.conn.execute(
            """INSERT INTO audit (at, actor, scope, action, table_name, row_id, import_id)
               SELECT ?, ?, ?, 'add', 'sources', id, ? FROM sources WHERE id > ? ORDER BY id""",
            [now, actor, scope, self._import_tag, last],
        )
        self._bump(len(batch))  # once per source, as one at a time would
        return len(batch)

    def _publish_facts(
        self, stage: _Stage, low: int, high: int, scope: str, actor: str, pending: _Pending
    ) -> Iterator[tuple[str, int]]:
        """Facts LOW..HIGH (staging order) into the store, tagged with the import (hidden
        from readers until it is published), each with its creation entry. New figures go
        in with one INSERT ... SELECT and their creation entries with another; a figure
        already stored, or stated twice in this chunk, goes through `_import_fact` in
        bundle order, so every row meets exactly the rows before it, as importing one at a
        time would."""
        db = self.db
        now = _now()
        last = db.execute("SELECT coalesce(max(id), 0) FROM facts").fetchone()[0]
        added = self._insert_new_figures(stage, low, high, scope, actor, now, pending.import_id)
        if added is not None:  # every figure of the chunk was new
            self._creation_entries(last, actor, scope, now, pending.import_id)
            yield "added", added
            return
        stage.resolve(low, high)
        db.execute(
            f"""UPDATE temp.import_rows SET single = 1 WHERE removed = 0
                AND ({_STATEMENT}) IN (SELECT {_STATEMENT} FROM temp.import_rows
                    WHERE removed = 0 GROUP BY {_STATEMENT} HAVING count(*) > 1)"""
        )
        added = db.execute(
            """INSERT INTO facts (scope, entity_id, metric_id, kind, period_start, period_end,
                   value, value_high, unit, as_of, source_id, quote, created_by, created_at,
                   deleted_at, deleted_by, import_id)
               SELECT ?, entity_id, metric_id, kind, period_start, period_end, value,
                   value_high, unit, as_of, source_id, quote, ?, ?,
                   CASE WHEN removed THEN ? END, CASE WHEN removed THEN ? END, ?
               FROM temp.import_rows WHERE stored = 0 AND single = 0 ORDER BY seq""",
            [scope, actor, now, now, actor, pending.import_id],
        ).rowcount
        self._creation_entries(last, actor, scope, now, pending.import_id)
        yield "added", added
        restated = db.execute(
            """SELECT entity_id, metric_id, kind, period_start, period_end, value, value_high,
                      unit, as_of, source_id, quote
               FROM temp.import_rows WHERE stored = 1 OR single = 1 ORDER BY seq"""
        ).fetchall()
        for r in restated:
            row = dict(zip(_ROW_FIELDS, (scope, *r), strict=True))
            outcome, fact_id = self._import_fact(row, actor, pending)
            if outcome == "added":
                self._creation_entries(fact_id - 1, actor, scope, now, pending.import_id)
            yield outcome, 1

    def _insert_new_figures(
        self, stage: _Stage, low: int, high: int, scope: str, actor: str, now: str, tag: int
    ) -> int | None:
        """The common case in one statement: facts LOW..HIGH straight from the staging
        table into the store, when none is already stored (in SCOPE, which the statement
        index checks as it inserts, or shared) nor stated twice. Returns how many went in,
        or None, having written nothing, when any was not new."""
        shared = (
            ""
            if scope == SHARED_SCOPE
            else f"""AND NOT EXISTS (
            SELECT 1 FROM facts x WHERE {_SAME_STATEMENT} AND x.scope = 'shared'
              AND x.deleted_at IS NULL)"""
        )
        conn = self.conn
        conn.execute("SAVEPOINT new_figures")
        inserted = conn.execute(
            f"""INSERT OR IGNORE INTO facts (scope, entity_id, metric_id, kind, period_start,
                   period_end, value, value_high, unit, as_of, source_id, quote, created_by,
                   created_at, deleted_at, deleted_by, import_id)
               SELECT ?, e.id, m.id, f.kind, f.period_start, f.period_end, f.value,
                   f.value_high, f.unit, f.as_of, s.id, f.quote, ?, ?,
                   CASE WHEN f.removed THEN ? END, CASE WHEN f.removed THEN ? END, ?
               {_STAGED_WITH_IDS} {shared}
               ORDER BY f.seq""",
            [scope, actor, now, now, actor, tag, low, high],
        ).rowcount
        if inserted == min(high, stage.n_facts) - low + 1:
            conn.execute("RELEASE new_figures")
            return inserted
        conn.execute("ROLLBACK TO new_figures")
        conn.execute("RELEASE new_figures")
        return None

    def _creation_entries(
        self, after_id: int, actor: str, scope: str, now: str, import_id: int
    ) -> None:
        """An 'import' audit entry for each fact created after AFTER_ID: its creation (the
        row as created is read back from the facts and their later entries: see
        `common.AUDIT_SELECT`)."""
        self.db.execute(
            """INSERT INTO audit (at, actor, scope, action, table_name, row_id, import_id)
               SELECT ?, ?, ?, 'import', 'facts', id, ? FROM facts WHERE id > ? ORDER BY id""",
            [now, actor, scope, import_id, after_id],
        )

    def _import_fact(self, row: dict, actor: str, pending: _Pending) -> tuple[str, int]:
        """One restated figure: added, skipped, or an update of the stored fact. A fact of
        this import is updated at once (nobody sees it yet); one stored before waits for
        the import's last transaction (`_Pending.apply`)."""
        same = self._same_statement(row)
        if same is None:
            fact_id = self.db.execute(
                f"""INSERT INTO facts ({", ".join(_ROW_FIELDS)}, created_by, created_at,
                                       import_id) VALUES ({_in(_ROW_FIELDS)}, ?, ?, ?)""",
                [*(row[k] for k in _ROW_FIELDS), actor, _now(), pending.import_id],
            ).lastrowid
            return "added", fact_id
        content = ("value", "value_high", "unit", "source_id", "quote")
        if same["scope"] != row["scope"]:
            return "skipped", same["id"]
        if same["import_id"] != pending.import_id:
            current = pending.facts.get(same["id"], same)
            if all(current[k] == row[k] for k in content):
                return "skipped", same["id"]
            pending.facts[same["id"]] = {k: row[k] for k in content}
            return "updated", same["id"]
        if all(same[k] == row[k] for k in content):
            return "skipped", same["id"]
        before = self._raw_fact_row(same["id"])
        self.db["facts"].update(
            same["id"], {**{k: row[k] for k in content}, "updated_by": actor, "updated_at": _now()}
        )
        self._audit(
            actor,
            row["scope"],
            "edit",
            "facts",
            same["id"],
            _trim(before),
            _trim(self._raw_fact_row(same["id"])),
        )
        return "updated", same["id"]

    # -- export ----------------------------------------------------------------------------

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


class _Stage:
    """Phase 1 of an import: a bundle checked and staged in temporary tables (which live
    outside the store's file: staging takes no write lock and leaves nothing behind)."""

    def __init__(self, store, scope: str) -> None:
        self.store, self.scope = store, scope
        self.scopes = visible_scopes(scope)
        self.conn = store.db.conn
        self.entities: list[Entity] = []
        self.metrics: list[Metric] = []
        self.shared_sources = self.shared_facts = 0
        self.n_sources = self.n_facts = 0
        self._texts: dict[str, str | None] = {}  # source texts by key, recent ones
        self._text_chars = 0
        self._days: dict[date, str] = {}  # dates written out, by date
        # Called inside a caller's transaction, the import must not end it early.
        self.outer = self.conn.in_transaction
        self.drop()
        for ddl in (
            """CREATE TEMP TABLE import_sources (seq INTEGER PRIMARY KEY, key TEXT,
                title TEXT, publisher TEXT, url TEXT, published TEXT, text TEXT)""",
            "CREATE INDEX temp.import_sources_key ON import_sources (key, seq)",
            """CREATE TEMP TABLE import_facts (seq INTEGER PRIMARY KEY, entity TEXT,
                metric TEXT, kind TEXT, period_start TEXT, period_end TEXT, value REAL,
                value_high REAL, unit TEXT, as_of TEXT, source TEXT, quote TEXT,
                removed INTEGER)""",
            """CREATE TEMP TABLE import_names (kind TEXT, name TEXT, id INTEGER,
                PRIMARY KEY (kind, name))""",
            """CREATE TEMP TABLE import_rows (seq INTEGER PRIMARY KEY, entity_id INTEGER,
                metric_id INTEGER, kind TEXT, period_start TEXT, period_end TEXT,
                value REAL, value_high REAL, unit TEXT, as_of TEXT, source_id INTEGER,
                quote TEXT, removed INTEGER, stored INTEGER DEFAULT 0,
                single INTEGER DEFAULT 0)""",
        ):
            self.conn.execute(ddl)

    def drop(self) -> None:
        if self.conn.in_transaction and not self.outer:
            self.conn.rollback()  # staging that failed half way
        for table in ("import_sources", "import_facts", "import_names", "import_rows"):
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
        self._commit()

    def _commit(self) -> None:
        # Python's sqlite3 opens a transaction before staging INSERTs; end it, so that the
        # publishing transactions start afresh with BEGIN IMMEDIATE.
        if self.conn.in_transaction and not self.outer:
            self.conn.commit()

    # -- checking and staging --------------------------------------------------------------

    def load(self, bundle: Bundle) -> None:
        self.entities = list(bundle.entities)
        self.metrics = list(bundle.metrics)
        batch: list[tuple] = []
        for source in bundle.sources:
            if source.scope == SHARED_SCOPE and self.scope != SHARED_SCOPE:
                self.shared_sources += 1  # a server's export shows shared rows: leave them
                continue
            _check_source(source)
            if not source.text.strip():
                raise SalesBotError(f"source {source.key!r} has no text")
            published = source.published.isoformat() if source.published else None
            self.n_sources += 1
            batch.append((self.n_sources, source.key, source.title, source.publisher,
                          source.url, published, source.text))  # fmt: skip
            if len(batch) >= _SOURCE_CHUNK:
                self._stage_sources(batch)
        self._stage_sources(batch)
        positions: list[int] = []  # each staged fact's place in the bundle, for refusals
        for i, fact in enumerate(bundle.facts, 1):
            if fact.scope == SHARED_SCOPE and self.scope != SHARED_SCOPE:
                self.shared_facts += 1
                continue
            try:
                try:
                    batch.append(self._checked(fact))
                except UnicodeEncodeError:  # looking its source up: see `_refuse_unstorable`
                    for what in ("entity", "metric", "source", "quote"):
                        _check_text(getattr(fact, what), what)
                    raise
            except SalesBotError as e:
                raise SalesBotError(f"fact {i} ({fact.entity} {fact.metric}): {e}") from None
            positions.append(i)
            if len(batch) >= _STAGE_BATCH:
                self._stage_facts(batch, positions)
        self._stage_facts(batch, positions)
        self._commit()

    def _stage_sources(self, batch: list[tuple]) -> None:
        self.conn.executemany("INSERT INTO temp.import_sources VALUES (?,?,?,?,?,?,?)", batch)
        for row in batch:
            self._texts.pop(row[1], None)
        batch.clear()
        self._commit()

    def _stage_facts(self, batch: list[tuple], positions: list[int]) -> None:
        try:
            self.conn.executemany(
                "INSERT INTO temp.import_facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", batch
            )
        except UnicodeEncodeError:
            _refuse_unstorable(batch, positions)
            raise
        batch.clear()
        positions.clear()
        self._commit()

    def _checked(self, fact: Fact) -> tuple:
        """The staged row of FACT, refused when its figure is out of range or its quote is
        not in its source. (Text SQLite cannot store is refused as it is staged: checking
        every field of every fact beforehand cost more than the rest of the checks.)"""
        value, high = fact.value, fact.value_high
        if (
            high is not None
            or type(value) not in _PLAIN
            or not -MAX_MAGNITUDE < value < MAX_MAGNITUDE
        ):
            check_figure(value, high)
        self.n_facts += 1
        period, days = fact.period, self._days
        start, end, as_of = days.get(period.start), days.get(period.end), days.get(fact.as_of)
        if start is None or end is None or as_of is None:  # dates repeat: each written once
            if len(days) >= 100_000:
                days.clear()
            start = days[period.start] = period.start.isoformat()
            end = days[period.end] = period.end.isoformat()
            as_of = days[fact.as_of] = fact.as_of.isoformat()
        return (
            self.n_facts,
            fact.entity,
            fact.metric,
            _KIND_VALUES[fact.kind],
            start,
            end,
            float(value),
            None if high is None else float(high),
            fact.unit,
            as_of,
            fact.source,
            self._verbatim(fact.source, fact.quote),
            1 if fact.deleted else 0,
        )

    def _verbatim(self, key: str, quote: str) -> str:
        """QUOTE as its source writes it (the bundle's version of the source, else the
        stored one); refused when it is not in the source at all."""
        text = self._texts.get(key, False)
        if text is False:
            if self._text_chars >= _TEXT_CACHE_CHARS:  # keep memory flat in the bundle size
                self._texts.clear()
                self._text_chars = 0
            row = self.conn.execute(
                "SELECT text FROM temp.import_sources WHERE key = ? ORDER BY seq DESC LIMIT 1",
                [key],
            ).fetchone()
            if row is None:
                stored = self.store._source_row(key, self.scopes)
                row = (stored["text"],) if stored else None
            text = self._texts[key] = row[0] if row else None
            self._text_chars += len(text or "")
        if text is None:
            raise SalesBotError(f"unknown source {key!r}: add the source first")
        if quote in text:
            return quote
        return verbatim(quote, text, fold_whitespace(text), key)

    # -- publishing ------------------------------------------------------------------------

    def source_chunks(self) -> Iterator[list[Source]]:
        from bot.facts.store.rows import _date

        for low in range(1, self.n_sources + 1, _SOURCE_CHUNK):
            rows = self.conn.execute(
                "SELECT key, title, publisher, url, published, text FROM temp.import_sources "
                "WHERE seq BETWEEN ? AND ? ORDER BY seq",
                [low, low + _SOURCE_CHUNK - 1],
            ).fetchall()
            yield [
                Source(key=r[0], title=r[1], publisher=r[2], url=r[3],
                       published=_date(r[4]) if r[4] else None, text=r[5], scope=self.scope)
                for r in rows
            ]  # fmt: skip

    def map_names(self, declared: set[str], notes: list[str]) -> None:
        """Ids for every entity, metric and source the facts name (creating entities and
        metrics not stored yet), into temp.import_names."""
        store, scope = self.store, self.scope
        mapped: list[tuple[str, str, int]] = []
        entity_ids: dict[str, int] = {}
        for (name,) in self.conn.execute("SELECT DISTINCT entity FROM temp.import_facts"):
            found = store._entity_id(name, self.scopes)
            if found is None:
                found, _ = store._ensure_entity(Entity(name=name), scope, "system")
            mapped.append(("entity", name, found))
            entity_ids[name] = found
        units = dict(
            self.conn.execute("SELECT metric, min(unit) FROM temp.import_facts GROUP BY metric")
        )
        about: dict[str, list[int]] = {}
        for metric, entity in self.conn.execute(
            "SELECT DISTINCT metric, entity FROM temp.import_facts"
        ):
            about.setdefault(metric, []).append(entity_ids[entity])
        for name, unit in units.items():
            found = store._metric_named(name, self.scopes)
            if found is None and name.casefold() not in declared:
                found = store._metric_of(name, self.scopes, about[name])
                via = store._metric_id(name, self.scopes)
                if found is not None:
                    notes.append(
                        f"facts of {name!r} were read as {store._metric_name(found)!r} "
                        "(its synonym)"
                    )
                elif via is not None:
                    notes.append(
                        f"metric {name!r} is new, kept apart from {store._metric_name(via)!r}, "
                        "whose synonym it is for other companies"
                    )
            if found is None:
                found, _ = store._ensure_metric(
                    Metric(name=name, unit=unit), scope, "system", by_synonym=False
                )
            mapped.append(("metric", name, found))
        self.conn.executemany("INSERT OR REPLACE INTO temp.import_names VALUES (?,?,?)", mapped)
        # A server's own source of a key shadows the shared one: inserted last, it replaces.
        self.conn.execute(
            f"""INSERT OR REPLACE INTO temp.import_names
                SELECT 'source', s.key, s.id FROM sources s
                WHERE s.key IN (SELECT source FROM temp.import_facts)
                  AND s.scope IN ({_in(self.scopes)})
                ORDER BY s.scope != 'shared'""",
            self.scopes,
        )

    def fact_ranges(self) -> Iterator[tuple[int, int]]:
        for low in range(1, self.n_facts + 1, _CHUNK):
            yield low, low + _CHUNK - 1

    def resolve(self, low: int, high: int) -> None:
        """Facts LOW..HIGH with their names turned into ids, into temp.import_rows, each
        marked `stored` when a live fact already makes the same statement."""
        self.conn.execute("DELETE FROM temp.import_rows")
        self.conn.execute(
            f"""INSERT INTO temp.import_rows (seq, entity_id, metric_id, kind, period_start,
                   period_end, value, value_high, unit, as_of, source_id, quote, removed,
                   stored)
               SELECT f.seq, e.id, m.id, f.kind, f.period_start, f.period_end, f.value,
                   f.value_high, f.unit, f.as_of, s.id, f.quote, f.removed,
                   f.removed = 0 AND EXISTS (
                       SELECT 1 FROM facts x WHERE {_SAME_STATEMENT}
                         AND x.scope IN ({_in(self.scopes)}) AND x.deleted_at IS NULL)
               {_STAGED_WITH_IDS}""",
            [*self.scopes, low, high],
        )


_KIND_VALUES = {kind: kind.value for kind in Kind}
_PLAIN = (float, int)  # figures `check_figure` needs to look at no further than their range
# Staged facts LOW..HIGH (the two parameters) as `f`, with their names' ids as e, m and s.
_STAGED_WITH_IDS = """
    FROM temp.import_facts f
    JOIN temp.import_names e ON e.kind = 'entity' AND e.name = f.entity
    JOIN temp.import_names m ON m.kind = 'metric' AND m.name = f.metric
    JOIN temp.import_names s ON s.kind = 'source' AND s.name = f.source
    WHERE f.seq BETWEEN ? AND ?"""
# A stored fact `x` makes the same statement as the staged fact `f` (of ids e and m).
_SAME_STATEMENT = """x.entity_id = e.id AND x.metric_id = m.id AND x.kind = f.kind
    AND x.period_end = f.period_end AND x.period_start = f.period_start AND x.as_of = f.as_of"""


def _refuse_unstorable(batch: list[tuple], positions: list[int]) -> None:
    """The staged row whose text SQLite cannot store (a lone surrogate), refused as the
    checks of a single fact would say it."""
    for row, i in zip(batch, positions, strict=False):
        try:
            for what, column in (("entity", 1), ("metric", 2), ("unit", 8), ("source", 10),
                                 ("quote", 11)):  # fmt: skip
                _check_text(row[column], what)
        except SalesBotError as e:
            raise SalesBotError(f"fact {i} ({row[1]} {row[2]}): {e}") from None


class _Pending:
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


__all__ = ["UNSCOPED", "BundlesMixin"]
