"""Bundles: all-or-nothing import (bulk through a staging table) and lossless export."""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from bot.facts.bundle import Bundle
from bot.facts.model import (
    SHARED_SCOPE,
    Fact,
    ImportReport,
    SalesBotError,
    Source,
)
from bot.facts.quantities import check_figure
from bot.facts.store.common import FACT_COLUMNS, FACT_JOINS, _in, _locked, _now, visible_scopes
from bot.facts.store.names import _Names
from bot.facts.store.rows import (
    _check_source,
    _dict_rows,
    _fact_from_row,
    _merge_ranges,
    _ranges,
    _trim,
)

if TYPE_CHECKING:
    pass


class BundlesMixin:
    """Bundles: all-or-nothing import (bulk through a staging table) and lossless export."""

    @_locked
    def import_bundle(self, bundle: Bundle, *, actor: str, scope: str) -> ImportReport:
        """Load a validated bundle into SCOPE in one transaction: all of it or none of it.

        New sources and facts go in with set-based statements (see `_import_facts`); what
        each row does, and the report, are those of importing the rows one at a time."""
        counts = {
            what: {"added": 0, "updated": 0, "skipped": 0}
            for what in ("entities", "metrics", "sources", "facts")
        }
        names = _Names(self, scope)
        with self.db.atomic():
            for entity in bundle.entities:
                counts["entities"][self._ensure_entity(entity, scope, actor)[1]] += 1
            for metric in bundle.metrics:
                counts["metrics"][self._ensure_metric(metric, scope, actor)[1]] += 1
            self._import_sources(bundle.sources, scope, actor, counts["sources"])
            added = self._import_facts(bundle.facts, scope, actor, names)
            counts["facts"] = added.counts
            self._audit(
                actor,
                scope,
                "import",
                "facts",
                None,
                None,
                {"counts": counts, "added_ids": added.ranges},
            )
            self._bump()
        return ImportReport(counts)

    def _import_sources(
        self, sources: Sequence[Source], scope: str, actor: str, counts: dict[str, int]
    ) -> None:
        """Each source is added, updated or skipped as `_put_source` would; runs of new ones
        are inserted together."""
        keys = [s.key for s in sources]
        if len(set(keys)) != len(keys):  # the same key twice: strictly one after the other
            for source in sources:
                counts[self._put_source(replace(source, scope=scope), actor)[1]] += 1
            return
        existing = self._existing_source_keys(keys, visible_scopes(scope))
        batch: list[Source] = []
        for source in sources:
            if source.key in existing:
                counts["added"] += self._add_sources(batch, scope, actor)
                batch = []
                counts[self._put_source(replace(source, scope=scope), actor)[1]] += 1
            else:
                if not source.text.strip():
                    raise SalesBotError(f"source {source.key!r} has no text")
                _check_source(source)
                batch.append(source)
        counts["added"] += self._add_sources(batch, scope, actor)

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
        """Insert new sources and their 'add' audit entries, as `_put_source` does."""
        if not batch:
            return 0
        now = _now()
        records = [
            {
                "title": s.title,
                "publisher": s.publisher,
                "url": s.url,
                "published": s.published.isoformat() if s.published else None,
                "text": s.text,
            }
            for s in batch
        ]
        last = self.db.execute("SELECT coalesce(max(id), 0) FROM sources").fetchone()[0]
        self.db.conn.executemany(
            """INSERT INTO sources (scope, key, title, publisher, url, published, text,
                                    created_by, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                (
                    scope,
                    s.key,
                    r["title"],
                    r["publisher"],
                    r["url"],
                    r["published"],
                    r["text"],
                    actor,
                    now,
                )
                for s, r in zip(batch, records, strict=True)
            ),
        )
        ids = [
            row[0]
            for row in self.db.execute("SELECT id FROM sources WHERE id > ? ORDER BY id", [last])
        ]
        self.db.conn.executemany(
            """INSERT INTO audit (at, actor, scope, action, table_name, row_id, before, after)
               VALUES (?, ?, ?, 'add', 'sources', ?, NULL, ?)""",
            (
                (now, actor, scope, source_id, json.dumps(r, sort_keys=True))
                for source_id, r in zip(ids, records, strict=True)
            ),
        )
        self._bump(len(batch))  # once per source, as one at a time would
        return len(batch)

    def _import_facts(self, facts: Sequence[Fact], scope: str, actor: str, names: _Names) -> _Added:
        """Facts in bulk, each with the outcome `_import_fact` would give it one at a time;
        but when the bundle states one figure twice (the later row must see the earlier
        one), one at a time as ever, after rolling the bulk try back (with fresh name
        lookups: entities the try created went with it)."""
        try:
            with self.db.atomic():
                return self._insert_staged_facts(facts, scope, actor, names)
        except _SameStatementTwice:
            self._sources.clear()
            self._names.clear()
            return self._import_facts_one_by_one(facts, scope, actor, _Names(self, scope))

    def _insert_staged_facts(
        self, facts: Sequence[Fact], scope: str, actor: str, names: _Names
    ) -> _Added:
        """Facts a chunk at a time: stage the chunk's rows in a temporary table; insert the
        rows whose figure is not stored yet with one INSERT ... SELECT, in bundle order; then
        send the others through `_import_fact`, in order. A row only ever meets rows of
        earlier chunks already stored, as it would one at a time; two rows of one chunk
        stating the same figure raise _SameStatementTwice."""
        scopes = visible_scopes(scope)
        db = self.db
        db.execute(
            """CREATE TEMP TABLE IF NOT EXISTS import_facts (
                   seq INTEGER PRIMARY KEY, entity_id INTEGER, metric_id INTEGER, kind TEXT,
                   period_start TEXT, period_end TEXT, value REAL, value_high REAL, unit TEXT,
                   as_of TEXT, source_id INTEGER, quote TEXT,
                   stored INTEGER NOT NULL DEFAULT 0)"""
        )
        added = _Added()
        ids: list[list[int]] = []
        now = _now()
        rows = _staged_rows(facts, names)
        while True:
            db.execute("DELETE FROM temp.import_facts")
            before = db.conn.total_changes
            db.conn.executemany(
                """INSERT INTO temp.import_facts (seq, entity_id, metric_id, kind, period_start,
                       period_end, value, value_high, unit, as_of, source_id, quote)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                itertools.islice(rows, _IMPORT_CHUNK),
            )
            if db.conn.total_changes == before:
                break
            db.execute(
                f"""UPDATE temp.import_facts SET stored = 1 WHERE EXISTS (
                        SELECT 1 FROM facts f
                        WHERE f.entity_id = import_facts.entity_id
                          AND f.metric_id = import_facts.metric_id
                          AND f.kind = import_facts.kind
                          AND f.period_end = import_facts.period_end
                          AND f.period_start = import_facts.period_start
                          AND f.as_of = import_facts.as_of
                          AND f.scope IN ({_in(scopes)}) AND f.deleted_at IS NULL)""",
                scopes,
            )
            last = db.execute("SELECT coalesce(max(id), 0) FROM facts").fetchone()[0]
            try:
                cursor = db.execute(
                    """INSERT INTO facts (scope, entity_id, metric_id, kind, period_start,
                           period_end, value, value_high, unit, as_of, source_id, quote,
                           created_by, created_at)
                       SELECT ?, entity_id, metric_id, kind, period_start, period_end, value,
                           value_high, unit, as_of, source_id, quote, ?, ?
                       FROM temp.import_facts WHERE stored = 0 ORDER BY seq""",
                    [scope, actor, now],
                )
            except sqlite3.IntegrityError:
                raise _SameStatementTwice() from None
            added.counts["added"] += cursor.rowcount
            low, high, n = db.execute(
                "SELECT min(id), max(id), count(*) FROM facts WHERE id > ?", [last]
            ).fetchone()
            if n and high - low + 1 == n:  # new rowids are consecutive: no need to read them
                ids.append([low, high])
            elif n:
                query = "SELECT id FROM facts WHERE id > ? ORDER BY id"
                ids.extend(_ranges([r[0] for r in db.execute(query, [last])]))
            restated = db.execute(
                """SELECT entity_id, metric_id, kind, period_start, period_end, value,
                          value_high, unit, as_of, source_id, quote
                   FROM temp.import_facts WHERE stored = 1 ORDER BY seq"""
            ).fetchall()
            for r in restated:
                row = dict(zip(_ROW_FIELDS, (scope, *r), strict=True))
                outcome, _ = self._import_fact(row, actor)
                added.counts[outcome] += 1
        db.execute("DELETE FROM temp.import_facts")
        added.ranges = _merge_ranges(ids)
        return added

    def _import_facts_one_by_one(
        self, facts: Sequence[Fact], scope: str, actor: str, names: _Names
    ) -> _Added:
        added = _Added()
        ids: list[int] = []
        for i, fact in enumerate(facts, 1):
            try:
                row = self._resolve_fact(replace(fact, scope=scope), names)
            except SalesBotError as e:
                raise SalesBotError(f"fact {i} ({fact.entity} {fact.metric}): {e}") from None
            outcome, fact_id = self._import_fact(row, actor)
            added.counts[outcome] += 1
            if outcome == "added":
                ids.append(fact_id)
        added.ranges = _ranges(ids)
        return added

    def _import_fact(self, row: dict, actor: str) -> tuple[str, int]:
        same = self._same_statement(row)
        if same is None:
            fact_id = (
                self.db["facts"].insert({**row, "created_by": actor, "created_at": _now()}).last_pk
            )
            return "added", fact_id
        content = ("value", "value_high", "unit", "source_id", "quote")
        if all(same[k] == row[k] for k in content) or same["scope"] != row["scope"]:
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

    @_locked
    def export_bundle(self, scope: str = SHARED_SCOPE) -> Bundle:
        """Everything SCOPE sees, as a bundle that `import_bundle` reads back to the same store."""
        scopes = visible_scopes(scope)
        facts = [
            _fact_from_row(row)
            for row in _dict_rows(
                self.db.execute(
                    f"SELECT {FACT_COLUMNS} {FACT_JOINS} WHERE f.scope IN ({_in(scopes)}) "
                    "AND f.deleted_at IS NULL ORDER BY f.id",
                    scopes,
                )
            )
        ]
        return Bundle(
            entities=tuple(self.entities(scope)),
            metrics=tuple(self.metrics(scope)),
            sources=tuple(self.sources(scope)),
            facts=tuple(facts),
        )


class _SameStatementTwice(Exception):
    """A bundle states the same figure (entity, metric, kind, period, as-of) twice."""


@dataclass
class _Added:
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "updated": 0, "skipped": 0})
    ranges: list[list[int]] = field(default_factory=list)  # ids of added facts, as _ranges


# Facts staged per INSERT ... SELECT: a temporary table this size stays in the page cache.
_IMPORT_CHUNK = 20_000

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


def _staged_rows(facts: Sequence[Fact], names: _Names) -> Iterator[tuple]:
    """(seq, entity_id, metric_id, kind, start, end, value, value_high, unit, as_of, source_id,
    quote)
    for each fact, checked as `FactStore._resolve_fact` checks it, failing on the first
    bad fact with the same message. A million facts pass through here: what the facts
    before it looked up (their source, names, dates) is reused."""
    last_source: str | None = None
    source_id = 0
    last_entity: str | None = None
    last_metric: tuple[str, str] | None = None
    entity, metric = 0, 0
    iso: dict[date, str] = {}
    for i, fact in enumerate(facts, 1):
        try:
            if fact.source != last_source:
                source_id = names.source(fact.source)[0]
                last_source = fact.source
            quote = names.verbatim(fact.source, fact.quote)
            if fact.entity != last_entity:
                entity = names.entity_id(fact.entity)
                last_entity = fact.entity
            if (fact.metric, fact.unit) != last_metric:
                metric = names.metric_id(fact.metric, fact.unit)
                last_metric = (fact.metric, fact.unit)
            period = fact.period
            start = iso.get(period.start) or iso.setdefault(period.start, period.start.isoformat())
            end = iso.get(period.end) or iso.setdefault(period.end, period.end.isoformat())
            as_of = iso.get(fact.as_of) or iso.setdefault(fact.as_of, fact.as_of.isoformat())
            check_figure(fact.value, fact.value_high)
        except SalesBotError as e:
            raise SalesBotError(f"fact {i} ({fact.entity} {fact.metric}): {e}") from None
        yield (
            i,
            entity,
            metric,
            fact.kind._value_,
            start,
            end,
            float(fact.value),
            None if fact.value_high is None else float(fact.value_high),
            fact.unit,
            as_of,
            source_id,
            quote,
        )
