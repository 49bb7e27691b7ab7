"""Phase 2 of an import: the staged bundle published into the store in short
transactions, each tagged with the import, readers seeing none of it until the last; and
`import_bundle`, which runs both phases."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from bot.facts.bundle import (
    Bundle,
)
from bot.facts.model import (
    SHARED_SCOPE,
    Entity,
    ImportReport,
    Metric,
    PermissionDeniedError,
    SalesBotError,
    Source,
)
from bot.facts.store.bundles.pending import PendingChanges
from bot.facts.store.bundles.staging import SAME_STATEMENT, STAGED_WITH_IDS, Stage
from bot.facts.store.common import (
    _in,
    _locked,
    _now,
    fold_whitespace,
    visible_scopes,
)
from bot.facts.store.imports import ImportJournalMixin
from bot.facts.store.rows import (
    _trim,
)
from bot.facts.store.sources import _source_fields

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


class BundleImportMixin(ImportJournalMixin):
    """Bundles in: a two-phase, chunked, all-or-nothing import (see the package docstring)."""

    @_locked
    def import_bundle(self, bundle: Bundle, *, actor: str, scope: str) -> ImportReport:
        """Load BUNDLE into SCOPE: all of it or, on any error, none of it (see the package's
        docstring). Sections may be tuples or streams (`stream_bundle_file`)."""
        stage = Stage(self, scope)
        try:
            stage.load(bundle)
            return self._publish(stage, actor, scope)
        finally:
            stage.drop()

    # -- phase 2 ---------------------------------------------------------------------------

    def _publish(self, stage: Stage, actor: str, scope: str) -> ImportReport:
        counts = {
            what: {"added": 0, "updated": 0, "skipped": 0}
            for what in ("entities", "metrics", "sources", "facts")
        }
        counts["sources"]["skipped"] += stage.shared_sources
        counts["facts"]["skipped"] += stage.shared_facts
        notes: list[str] = []
        import_id = self._start_import(scope, actor)
        pending = PendingChanges(import_id, actor, scope)
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

    def _import_entity(
        self, entity: Entity, scope: str, actor: str, pending: PendingChanges
    ) -> str:
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
        pending: PendingChanges,
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

    def _import_stored_source(self, source: Source, pending: PendingChanges) -> str:
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
        self, stage: Stage, low: int, high: int, scope: str, actor: str, pending: PendingChanges
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
        self, stage: Stage, low: int, high: int, scope: str, actor: str, now: str, tag: int
    ) -> int | None:
        """The common case in one statement: facts LOW..HIGH straight from the staging
        table into the store, when none is already stored (in SCOPE, which the statement
        index checks as it inserts, or shared) nor stated twice. Returns how many went in,
        or None, having written nothing, when any was not new."""
        shared = (
            ""
            if scope == SHARED_SCOPE
            else f"""AND NOT EXISTS (
            SELECT 1 FROM facts x WHERE {SAME_STATEMENT} AND x.scope = 'shared'
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
               {STAGED_WITH_IDS} {shared}
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

    def _two_figures(self, row: dict) -> str:
        """The refusal of a bundle stating ROW's fact twice with two figures."""
        entity = self.db.execute("SELECT name FROM entities WHERE id = ?", [row["entity_id"]])
        metric = self.db.execute("SELECT name FROM metrics WHERE id = ?", [row["metric_id"]])
        return (
            f"the bundle states two different figures for one fact ({entity.fetchone()[0]} "
            f"{metric.fetchone()[0]}, {row['kind']}, {row['period_start']}/{row['period_end']}, "
            f"stated {row['as_of']}); state each fact once, and name a figure in another "
            "currency or on another basis as a metric of its own"
        )

    def _import_fact(self, row: dict, actor: str, pending: PendingChanges) -> tuple[str, int]:
        """One restated figure: added, skipped, or an update of the stored fact. A fact of
        this import is updated at once (nobody sees it yet); one stored before waits for
        the import's last transaction (`PendingChanges.apply`)."""
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
        if any(same[k] != row[k] for k in ("value", "value_high", "unit")):
            # one fact stated twice in this bundle with two figures: keeping the later
            # would lose the other unseen (a revenue in forint once replaced by the same
            # revenue in euros); the import is refused and rolled back
            raise SalesBotError(self._two_figures(row))
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
