"""Reading facts: by entity and metric, one with its revisions, lists with filters."""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import Any

from bot.facts.model import (
    SHARED_SCOPE,
    FactView,
    Kind,
    NotFoundError,
    Period,
    Source,
)
from bot.facts.store.common import (
    AUDIT_SELECT,
    FACT_COLUMNS,
    FACT_JOINS,
    FactHistory,
    _in,
    _locked,
    published,
    visible_scopes,
)
from bot.facts.store.rows import (
    LAZY_FIELDS,
    SINGLE_READS,
    _as_of_and_id,
    _audit_from_row,
    _date,
    _dict_rows,
    _fact_from_row,
    _fact_from_tuple,
    _fact_view,
    _Pending,
    _SourceRef,
    _stored_series,
)

# `rows._fact_from_tuple` reads the joined names of a FACT_COLUMNS row by position.
_COLUMNS = [c.strip() for c in FACT_COLUMNS.split(",")]
assert [c.split()[0] for c in _COLUMNS[17:22]] == [
    "e.name",
    "e.fiscal_year_end",
    "e.fiscal_year_named_by",
    "m.name",
    "s.key",
], "FACT_COLUMNS holds the names in this order"

# What `facts_for` reads of each fact (positions: rows.ID ... rows.SCOPE); the rest of a
# fact (rows.LAZY_FIELDS) is read when first asked for. SERIES_ONE: one company's one
# metric seen from one scope, which the rows need not repeat.
SERIES_ONE = (
    "f.id, f.kind, f.period_start, f.period_end, f.value, f.unit, f.as_of, f.source_id,"
    " f.value_high"
)
SERIES_COLUMNS = f"{SERIES_ONE}, f.entity_id, f.metric_id, f.scope"
_series_order = itemgetter(6, 0)  # (as_of, id) of a SERIES_COLUMNS row
_KINDS = [k.value for k in Kind]  # (every kind named, so the index is sought per kind)


# How much the series cache holds at most, in fact views: ~28 MB, as when it was sized at
# 20,000 views of 1.4 kB; slotted facts and views now take ~0.67 kB a view (measured at
# 1M, the cache holding 22,212 views of the benchmark's 531 questions: 14.8 MB). A small
# answer (`metrics_having`, `entities_having`) counts as one.
SERIES_CACHE_VIEWS = 40_000


# How many read keys the series cache remembers having seen once (a tuple each).
SEEN_KEYS = 20_000


class _SeriesCache:
    """What `facts_for`, `metrics_having` and `entities_having` returned during one store
    generation, by their arguments; the least recently used go first once they hold more
    than SERIES_CACHE_VIEWS views. A new generation (any write, by any process) empties it.
    FactViews are frozen: shared; callers get a list or set of their own.

    A series is kept from its second read on: most companies are asked about once, and
    keeping every series read once made the garbage collector traverse a few hundred more
    lasting objects per first-time question (at 1M, 2.5x the young passes, and a full pass
    over the grown cache every few hundred questions) for reads nobody repeats. Keeping
    only the rows SQLite gave for a first read (tuples the collector soon stops tracking;
    the second read converted them without a query, 0.45 ms less) was tried and measured:
    it cost every first-time question ~0.13 ms CPU at 1M (2.29-2.35 against 2.18-2.21 ms,
    p50 of 200 never-asked questions, alternating processes; likely the series' memory no
    longer reused while still in the CPU's caches), for reads most companies never get."""

    def __init__(self) -> None:
        self.generation: int | None = None
        self.held: OrderedDict[tuple, Any] = OrderedDict()
        self.size = 0
        self.seen: OrderedDict[tuple, None] = OrderedDict()  # read once (any generation)

    def get(self, generation: int | None, key: tuple) -> Any:
        if generation is None or generation != self.generation:
            return None
        found = self.held.get(key)
        if found is not None:
            self.held.move_to_end(key)
        return found

    def put(self, generation: int | None, key: tuple, value: Any, *, first: bool = True) -> None:
        """Keep VALUE, read at GENERATION; unless FIRST, only if KEY was read before."""
        if generation is None or len(value) > SERIES_CACHE_VIEWS:
            return
        if not first and key not in self.seen:
            self.seen[key] = None
            if len(self.seen) > SEEN_KEYS:
                self.seen.popitem(last=False)
            return
        if generation != self.generation:
            self.generation, self.held, self.size = generation, OrderedDict(), 0
        if key in self.held:
            return
        self.held[key] = value
        self.size += max(1, len(value))
        while self.size > SERIES_CACHE_VIEWS:
            _, dropped = self.held.popitem(last=False)
            self.size -= max(1, len(dropped))


class ReadingMixin:
    """Reading facts: by entity and metric, one with its revisions, lists with filters."""

    def _kept(self, key: tuple, read: Callable[[], Any], *, first: bool = True) -> Any:
        """READ's value, from the series cache while the store is unchanged since it was
        read (the caller holds the store's lock); kept from its first read, or (not FIRST:
        a series, many objects) from its second."""
        cache = self.__dict__.get("_series_cache")
        if cache is None:
            cache = self.__dict__["_series_cache"] = _SeriesCache()
        # inside a transaction the rows read may yet be rolled back without a new generation
        generation = None if self.conn.in_transaction else self.generation()  # type: ignore[attr-defined]
        found = cache.get(generation, key)
        if found is None:
            found = read()
            cache.put(generation, key, found, first=first)
        return found

    @_locked
    def facts_for(
        self,
        scope: str,
        *,
        entity_ids: Sequence[int] | None = None,
        metric_ids: Sequence[int] | None = None,
        limit: int = 5000,
        keep: bool = True,
        period: Period | None = None,
    ) -> list[FactView]:
        """Every live fact of these entities and metrics, each with its revision history.
        Newest statements first, so a LIMIT never drops the figures answers need most.

        PERIOD: only the figures of that very period (every kind), the same views in the
        same order as the whole read's of that period, a few rows where the whole series
        is ~90 at a million facts (a question about one period of a company asked for the
        first time reads no more). Views of one figure are all of one period, so each
        keeps its whole history.

        KEEP (the default): the read is kept per store generation (`_SeriesCache`): asked
        again before the store changes, it costs no query and no conversion, so a question
        asked again pays the store only for what it cites. KEEP=False reads the rows anew."""
        if not keep:
            return self._read_facts(scope, entity_ids, metric_ids, limit, period)
        key = (
            "facts",
            scope,
            None if entity_ids is None else tuple(entity_ids),
            None if metric_ids is None else tuple(metric_ids),
            limit,
            period,
        )
        found = self._kept(
            key,
            lambda: self._read_facts(scope, entity_ids, metric_ids, limit, period),
            first=False,
        )
        return list(found)  # the caller's own list: the cached one is never changed

    def _read_facts(
        self,
        scope: str,
        entity_ids: Sequence[int] | None,
        metric_ids: Sequence[int] | None,
        limit: int,
        period: Period | None = None,
    ) -> list[FactView]:
        scopes = visible_scopes(scope)
        where = [f"f.scope IN ({_in(scopes)})", "f.deleted_at IS NULL", published("f.")]
        params: list[Any] = list(scopes)
        if entity_ids is not None:
            where.append(f"f.entity_id IN ({_in(entity_ids)})")
            params.extend(entity_ids)
        if metric_ids is not None:
            where.append(f"f.metric_id IN ({_in(metric_ids)})")
            params.extend(metric_ids)
        if period is not None:
            rows = self._period_rows(where, params, limit, period)
            if rows is None:  # a series longer than LIMIT: its newest statements, then
                return [  # the period's among them (the whole read's, by definition)
                    v
                    for v in self._read_facts(scope, entity_ids, metric_ids, limit)
                    if v.fact.period == period
                ]
            return self._series_views(scope, entity_ids, metric_ids, scopes, rows)
        # One company's one figure seen from one scope (most reads): the rows need not
        # say which, and every column costs SQLite and Python a value per row.
        one = (
            entity_ids is not None
            and len(entity_ids) == 1
            and metric_ids is not None
            and len(metric_ids) == 1
            and len(scopes) == 1
        )
        columns = SERIES_ONE if one else SERIES_COLUMNS
        sql = f"SELECT {columns} FROM facts f WHERE {' AND '.join(where)}"
        # Sorting in SQL cost a third of the query; only a series longer than LIMIT needs it
        # (to keep its newest statements), so the rest are sorted here, the same way.
        rows = self.conn.execute(f"{sql} LIMIT ?", [*params, limit + 1]).fetchall()
        if len(rows) > limit:
            rows = self.conn.execute(
                f"{sql} ORDER BY f.as_of DESC, f.id DESC LIMIT ?", [*params, limit]
            ).fetchall()
        else:
            rows.sort(key=_series_order, reverse=True)
        return self._series_views(scope, entity_ids, metric_ids, scopes, rows)

    def _period_rows(
        self, where: list[str], params: list[Any], limit: int, period: Period
    ) -> list[tuple] | None:
        """The rows (SERIES_COLUMNS, newest first) of WHERE's series stated for PERIOD,
        or None when the series holds more than LIMIT statements (its oldest, left out of
        the whole read, might be of PERIOD). Every kind is named so that the index
        (entity, metric, kind, period_end, period_start, ...) is sought, a few entries a
        kind, instead of read through the whole series; the series is counted (up to
        LIMIT + 1) in the index alone."""
        kinds = _KINDS
        sql = f"""SELECT {SERIES_COLUMNS}, (SELECT count(*) FROM (
                      SELECT 1 FROM facts f INDEXED BY facts_statement
                      WHERE {" AND ".join(where)} LIMIT ?))
                  FROM facts f WHERE {" AND ".join(where)} AND f.kind IN ({_in(kinds)})
                    AND f.period_end = ? AND f.period_start = ?"""
        rows = self.conn.execute(
            sql,
            [*params, limit + 1, *params, *kinds, period.end.isoformat(), period.start.isoformat()],
        ).fetchall()
        if rows and rows[0][-1] > limit:
            return None
        rows.sort(key=_series_order, reverse=True)
        return rows

    def _series_views(
        self,
        scope: str,
        entity_ids: Sequence[int] | None,
        metric_ids: Sequence[int] | None,
        scopes: tuple[str, ...],
        rows: list[tuple],
    ) -> list[FactView]:
        """The views of ROWS (the first columns SERIES_COLUMNS', or SERIES_ONE's when one
        company's one metric is read from one scope), newest first."""
        if not rows:
            return []
        one = (
            entity_ids is not None
            and len(entity_ids) == 1
            and metric_ids is not None
            and len(metric_ids) == 1
            and len(scopes) == 1
        )
        # rows newest first: grouped by the figure they state, as `_views` groups them
        groups: dict[tuple, list[tuple]] = {}
        one_id = (entity_ids[0], metric_ids[0]) if one else None  # type: ignore[index]
        for row in rows:
            ids = one_id or (row[9], row[10])
            key = (*ids, row[1], row[2], row[3])
            group = groups.get(key)
            if group is None:
                groups[key] = [row]
            else:
                group.append(row)
        entities, metrics = self._series_names(
            scope, {k[0] for k in groups}, {k[1] for k in groups}
        )
        pending = _Pending(
            self._lazy_fields,
            {r[0]: r[7] for r in rows},
            None if self.conn.in_transaction else self.generation(),  # type: ignore[attr-defined]
        )
        self._pending_facts().append(weakref.ref(pending))
        return _stored_series(
            groups, entities, metrics, scopes[0] if one else None, self._cited_source, pending
        )

    def _pending_facts(self) -> list[weakref.ref]:
        """The series read whose facts may still have LAZY_FIELDS to read (`_Pending`),
        by weak reference; read before the store closes (`_settle_facts`)."""
        found = self.__dict__.get("_pending_series")
        if found is None:
            found = self.__dict__["_pending_series"] = []
        if len(found) > self.__dict__.get("_pending_bound", 1024):
            # drop the dead, and let the live grow as much again before the next time
            found[:] = [r for r in found if r() is not None]
            self.__dict__["_pending_bound"] = max(2 * len(found), 1024)
        return found

    @_locked
    def _lazy_fields(self, ids: Sequence[int]) -> dict[int, tuple]:
        """Fact id -> (the store's generation, LAZY_FIELDS, CHECKED_FIELDS) of these
        facts, as they are now; in one statement, so the generation is the rows'."""
        if self.__dict__.get("_closed"):
            return {}
        found: dict[int, tuple] = {}
        for start in range(0, len(ids), 500):  # under SQLite's parameter limit
            chunk = list(ids[start : start + 500])
            rows = self.conn.execute(
                f"""SELECT f.id, (SELECT CAST(value AS INTEGER) FROM meta
                                  WHERE key = 'generation'),
                           {", ".join(f"f.{name}" for name in LAZY_FIELDS[:-1])}, s.key,
                           f.value, f.value_high, f.unit, f.as_of, f.source_id
                    FROM facts f JOIN sources s ON s.id = f.source_id
                    WHERE f.id IN ({_in(chunk)})""",
                chunk,
            )
            for row in rows:
                found[row[0]] = (*row[1:-2], _date(row[-2]), row[-1])
        return found

    @_locked
    def _cited_source(self, source_id: int) -> Source:
        """The source of this id (a view's, asked for after its series was read)."""
        return self._source_by_id(source_id)  # type: ignore[attr-defined]

    def _settle_facts(self) -> None:
        """Read the LAZY_FIELDS and the sources of every series still held somewhere, so
        that the facts and views the store returned stay complete values once it is
        closed."""
        unread: list[_SourceRef] = []
        for ref in self._pending_facts():
            pending = ref()
            if pending is not None:
                pending.rows.update(self._lazy_fields(pending.ids))
                pending.misses = SINGLE_READS  # every row is there now
                unread += [r for r in pending.refs if r.source is None]
        sources = self._sources_by_id(r.id for r in unread)  # type: ignore[attr-defined]
        for source_ref in unread:
            source_ref.source = sources[source_ref.id]
        self._pending_facts().clear()

    def _series_names(
        self, scope: str, entity_ids: set[int], metric_ids: set[int]
    ) -> tuple[dict[int, tuple], dict[int, str]]:
        """Entity id -> (name, fiscal year end, named by); metric id -> name: from the
        scope's names as the vocabulary last read them (`VocabularyMixin._name_cache`)
        when that was at the store's generation, else by one small query."""
        store: Any = self
        generation = None if self.conn.in_transaction else store.generation()
        held = [store._names.get((what, scope)) for what in ("entities", "metrics")]
        if generation is not None and all(
            c is not None and c.generation == generation for c in held
        ):
            entity_rows, metric_rows = held[0].rows, held[1].rows  # type: ignore[union-attr]
            if all(i in entity_rows for i in entity_ids) and all(
                i in metric_rows for i in metric_ids
            ):
                return (
                    {i: entity_rows[i][1:4] for i in entity_ids},
                    {i: metric_rows[i][1] for i in metric_ids},
                )
        entities: dict[int, tuple] = {}
        metrics: dict[int, str] = {}
        sql = f"""SELECT 'e', id, name, fiscal_year_end, fiscal_year_named_by
                  FROM entities WHERE id IN ({_in(entity_ids)})
                  UNION ALL SELECT 'm', id, name, NULL, NULL FROM metrics
                  WHERE id IN ({_in(metric_ids)})"""
        for row in self.conn.execute(sql, [*entity_ids, *metric_ids]):
            if row[0] == "e":
                entities[row[1]] = (row[2], row[3], row[4])
            else:
                metrics[row[1]] = row[2]
        return entities, metrics

    @_locked
    def metrics_having(
        self,
        scope: str,
        entity_ids: Sequence[int],
        metric_ids: Sequence[int],
        kinds: Sequence[Kind] = (),
    ) -> set[int]:
        """Which of METRIC_IDS these entities have live facts for (of KINDS, when given):
        one indexed probe per metric, however long their series are. The probe reads only
        the live statements' index (it holds entity, metric, kind and scope), never a
        fact's row: left to itself, SQLite took facts_by_metric and read a row per probe,
        twice the time on a company asked about for the first time."""
        names = tuple(k.value for k in kinds)
        key = ("metrics_having", scope, tuple(entity_ids), tuple(metric_ids), names)
        return set(
            self._kept(key, lambda: self._metrics_having(scope, entity_ids, metric_ids, names))
        )

    def _metrics_having(
        self,
        scope: str,
        entity_ids: Sequence[int],
        metric_ids: Sequence[int],
        kinds: tuple[str, ...],
    ) -> frozenset[int]:
        scopes = visible_scopes(scope)
        of_kinds = f"AND f.kind IN ({_in(kinds)})" if kinds else ""
        rows = self.conn.execute(
            f"""SELECT m.id FROM metrics m WHERE m.id IN ({_in(metric_ids)}) AND EXISTS (
                    SELECT 1 FROM facts f INDEXED BY facts_statement WHERE f.metric_id = m.id
                      AND f.entity_id IN ({_in(entity_ids)}) AND f.scope IN ({_in(scopes)})
                      {of_kinds} AND f.deleted_at IS NULL)""",
            [*metric_ids, *entity_ids, *scopes, *kinds],
        )
        return frozenset(r[0] for r in rows)

    @_locked
    def actual_periods(self, scope: str, entity_ids: Sequence[int]) -> frozenset[Period]:
        """Every period these entities state an actual figure for, of any metric: what
        "last quarter" is for the company as a whole (its index holds the entity first)."""
        key = ("actual_periods", scope, tuple(entity_ids))
        return self._kept(key, lambda: self._actual_periods(scope, entity_ids))

    def _actual_periods(self, scope: str, entity_ids: Sequence[int]) -> frozenset[Period]:
        scopes = visible_scopes(scope)
        rows = self.conn.execute(
            f"""SELECT DISTINCT f.period_start, f.period_end FROM facts f
                INDEXED BY facts_statement
                WHERE f.entity_id IN ({_in(entity_ids)}) AND f.scope IN ({_in(scopes)})
                  AND f.kind = ? AND f.deleted_at IS NULL""",
            [*entity_ids, *scopes, Kind.ACTUAL.value],
        )
        return frozenset(Period(_date(a), _date(b)) for a, b in rows)

    @_locked
    def units_having(
        self, scope: str, entity_ids: Sequence[int], metric_ids: Sequence[int]
    ) -> dict[int, frozenset[str]]:
        """The units these entities state each of METRIC_IDS in. A metric is shared by name
        across companies and keeps the unit of its first figure, so one company's "net
        sales" in CHF and another's in INR are one metric: a question "in rupees" is
        checked against the units of the company asked about, never the metric's."""
        key = ("units_having", scope, tuple(entity_ids), tuple(metric_ids))
        return self._kept(key, lambda: self._units_having(scope, entity_ids, metric_ids))

    def _units_having(
        self, scope: str, entity_ids: Sequence[int], metric_ids: Sequence[int]
    ) -> dict[int, frozenset[str]]:
        scopes = visible_scopes(scope)
        rows = self.conn.execute(
            f"""SELECT DISTINCT metric_id, unit FROM facts
                WHERE metric_id IN ({_in(metric_ids)}) AND entity_id IN ({_in(entity_ids)})
                  AND scope IN ({_in(scopes)}) AND deleted_at IS NULL""",
            [*metric_ids, *entity_ids, *scopes],
        )
        units: dict[int, set[str]] = {}
        for metric_id, unit in rows:
            units.setdefault(metric_id, set()).add(unit)
        return {i: frozenset(u) for i, u in units.items()}

    @_locked
    def entities_having(self, scope: str, metric_ids: Sequence[int], limit: int = 10) -> list[int]:
        """Ids of up to LIMIT entities with live facts for any of these metrics."""
        key = ("entities_having", scope, tuple(metric_ids), limit)
        return list(self._kept(key, lambda: self._entities_having(scope, metric_ids, limit)))

    def _entities_having(self, scope: str, metric_ids: Sequence[int], limit: int) -> list[int]:
        scopes = visible_scopes(scope)
        rows = self.conn.execute(
            f"""SELECT DISTINCT entity_id FROM facts
                WHERE metric_id IN ({_in(metric_ids)}) AND scope IN ({_in(scopes)})
                  AND deleted_at IS NULL AND {published()} LIMIT ?""",
            [*metric_ids, *scopes, limit],
        )
        return [r[0] for r in rows]

    @_locked
    def fact(self, fact_id: int, scope: str = SHARED_SCOPE) -> FactView:
        """One fact (removed ones too, so they can be shown and restored)."""
        row = self._fact_row(fact_id, scope)
        scopes = visible_scopes(scope)
        siblings = self.conn.execute(
            f"""SELECT {FACT_COLUMNS} {FACT_JOINS}
                WHERE f.entity_id = ? AND f.metric_id = ? AND f.kind = ?
                  AND f.period_start = ? AND f.period_end = ? AND f.scope IN ({_in(scopes)})
                  AND (f.deleted_at IS NULL OR f.id = ?) AND {published("f.")}
                ORDER BY f.as_of, f.id""",
            [
                row["entity_id"],
                row["metric_id"],
                row["kind"],
                row["period_start"],
                row["period_end"],
                *visible_scopes(scope),
                fact_id,
            ],
        )
        return next(v for v in self._views(siblings) if v.fact.id == fact_id)

    def _fact_row(self, fact_id: int, scope: str) -> dict:
        if not 0 < fact_id < 2**63:  # beyond SQLite's integers no fact can exist
            raise NotFoundError(f"there is no fact #{fact_id}")
        rows = list(
            _dict_rows(
                self.conn.execute(
                    f"SELECT {FACT_COLUMNS} {FACT_JOINS} WHERE f.id = ? AND f.scope IN "
                    f"({_in(visible_scopes(scope))}) AND {published('f.')}",
                    [fact_id, *visible_scopes(scope)],
                )
            )
        )
        if not rows:
            raise NotFoundError(f"there is no fact #{fact_id}")
        return rows[0]

    @_locked
    def history(self, fact_id: int, scope: str = SHARED_SCOPE) -> FactHistory:
        view = self.fact(fact_id, scope)
        ids = [f.id for f in view.history if f.id is not None] or [fact_id]
        audit = [
            _audit_from_row(row)
            for row in _dict_rows(
                self.conn.execute(
                    f"{AUDIT_SELECT} WHERE table_name = 'facts' AND row_id IN ({_in(ids)}) "
                    "ORDER BY id",
                    ids,
                )
            )
        ]
        return FactHistory(view=view, audit=tuple(audit))

    @_locked
    def list_facts(
        self,
        scope: str = SHARED_SCOPE,
        *,
        entity: str | None = None,
        metric: str | None = None,
        kind: Kind | None = None,
        period: Period | None = None,
        include_removed: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> list[FactView]:
        scopes = visible_scopes(scope)
        where = [f"f.scope IN ({_in(scopes)})", published("f.")]
        params: list[Any] = list(scopes)
        if not include_removed:
            where.append("f.deleted_at IS NULL")
        for name, lookup, column in (
            (entity, self._entity_id, "f.entity_id"),
            (metric, self._metric_id, "f.metric_id"),
        ):
            if name:
                found = lookup(name, scopes)
                if found is None:
                    return []
                where.append(f"{column} = ?")
                params.append(found)
        if kind:
            where.append("f.kind = ?")
            params.append(kind.value)
        if period:
            where.append("f.period_start = ? AND f.period_end = ?")
            params.extend([period.start.isoformat(), period.end.isoformat()])
        rows = self.conn.execute(
            f"SELECT {FACT_COLUMNS} {FACT_JOINS} WHERE {' AND '.join(where)} "
            "ORDER BY f.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [self._view(row) for row in _dict_rows(rows)]

    def _view(self, row: dict) -> FactView:
        """A single fact's view, without its revisions (listings)."""
        fact = _fact_from_row(row)
        return FactView(
            fact=fact,
            source=self._source_by_id(row["source_id"]),
            fiscal_year_end=row["fiscal_year_end"],
            fiscal_year_named_by=row["fiscal_year_named_by"],
            history=(fact,),
        )

    @_locked
    def count_facts(self, scope: str = SHARED_SCOPE) -> int:
        scopes = visible_scopes(scope)
        return self.conn.execute(
            f"SELECT count(*) FROM facts WHERE scope IN ({_in(scopes)}) AND deleted_at IS NULL "
            f"AND {published()}",
            scopes,
        ).fetchone()[0]

    def _views(self, rows: Iterable[tuple]) -> list[FactView]:
        """Group rows (FACT_COLUMNS tuples) into revisions of one figure, oldest first, and
        number them. Each row becomes one Fact, shared by its view and its group's history."""
        groups = _revision_groups(rows)
        views = []
        # every source these facts cite, without its text, in one query
        sources = self._sources_by_id(row[16] for group in groups.values() for row in group)
        for group in groups.values():
            group.sort(key=_as_of_and_id)
            history = tuple(_fact_from_tuple(r) for r in group)
            n = len(history)
            first = group[0]
            fiscal_year_end, named_by = first[18], first[19]
            for i, (row, fact) in enumerate(zip(group, history, strict=True)):
                views.append(
                    _fact_view(fact, sources[row[16]], fiscal_year_end, named_by, i + 1, n, history)
                )
        return views


def _revision_groups(rows: Iterable[tuple]) -> dict[tuple, list[tuple]]:
    """Rows (FACT_COLUMNS) by the figure they state: entity_id, metric_id, kind,
    period_start, period_end; in the rows' order."""
    groups: dict[tuple, list[tuple]] = {}
    for row in rows:
        key = (row[14], row[15], row[2], row[3], row[4])
        group = groups.get(key)
        if group is None:
            groups[key] = [row]
        else:
            group.append(row)
    return groups
