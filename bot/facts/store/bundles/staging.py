"""Phase 1 of an import: every record of a bundle checked (figures in range, quotes
found in their source) and staged in temporary tables, without writing to the store or
taking its write lock; then the staged rows handed to phase 2 (`publishing`) chunk by
chunk, their names turned into the store's ids."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from bot.facts.bundle import (
    Bundle,
)
from bot.facts.model import (
    SHARED_SCOPE,
    Entity,
    Fact,
    Kind,
    Metric,
    SalesBotError,
    Source,
)
from bot.facts.quantities import MAX_MAGNITUDE, check_figure
from bot.facts.store.common import (
    _in,
    fold_whitespace,
    visible_scopes,
)
from bot.facts.store.names import verbatim
from bot.facts.store.rows import (
    _check_source,
    _check_text,
)

# Facts per published transaction: small enough that a chunk commits well inside the
# busy timeout on a slow, shared machine; large enough that set-based inserts pay off.
_CHUNK = 20_000
_SOURCE_CHUNK = 500  # sources carry their whole text
_STAGE_BATCH = 5_000  # staged rows per executemany
_TEXT_CACHE_CHARS = 500_000  # source texts kept at once while checking quotes (memory flat)


class Stage:
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
                       SELECT 1 FROM facts x WHERE {SAME_STATEMENT}
                         AND x.scope IN ({_in(self.scopes)}) AND x.deleted_at IS NULL)
               {STAGED_WITH_IDS}""",
            [*self.scopes, low, high],
        )


_KIND_VALUES = {kind: kind.value for kind in Kind}
_PLAIN = (float, int)  # figures `check_figure` needs to look at no further than their range
# Staged facts LOW..HIGH (the two parameters) as `f`, with their names' ids as e, m and s.
STAGED_WITH_IDS = """
    FROM temp.import_facts f
    JOIN temp.import_names e ON e.kind = 'entity' AND e.name = f.entity
    JOIN temp.import_names m ON m.kind = 'metric' AND m.name = f.metric
    JOIN temp.import_names s ON s.kind = 'source' AND s.name = f.source
    WHERE f.seq BETWEEN ? AND ?"""
# A stored fact `x` makes the same statement as the staged fact `f` (of ids e and m).
SAME_STATEMENT = """x.entity_id = e.id AND x.metric_id = m.id AND x.kind = f.kind
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
