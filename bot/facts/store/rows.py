"""Rows to model values: facts, sources, audit entries and candidates, built fast
(an answer at a million facts converts a few hundred rows)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from operator import itemgetter
from typing import Any

from bot.facts.model import (
    AuditEntry,
    Fact,
    FactView,
    Kind,
    Period,
    SalesBotError,
    Source,
)
from bot.facts.store.common import Candidate

# -- row conversion ------------------------------------------------------------------------


def _dict_rows(cursor: sqlite3.Cursor) -> Iterator[dict]:
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


_KINDS = {k.value: k for k in Kind}
# Rows repeat the same few thousand periods and dates: parse each once. Bounded, in case a
# long-running process meets many distinct values (they are cleared, not evicted one by one).
_PERIODS: dict[tuple[str, str], Period] = {}
_DATES: dict[str, date] = {}
_CACHE_LIMIT = 50_000


def _period(start: str, end: str) -> Period:
    key = (start, end)
    found = _PERIODS.get(key)
    if found is None:
        if len(_PERIODS) >= _CACHE_LIMIT:
            _PERIODS.clear()
        found = _PERIODS[key] = Period(date.fromisoformat(start), date.fromisoformat(end))
    return found


def _date(text: str) -> date:
    found = _DATES.get(text)
    if found is None:
        if len(_DATES) >= _CACHE_LIMIT:
            _DATES.clear()
        found = _DATES[text] = date.fromisoformat(text)
    return found


# A row's (as_of, id), the order of statements: C-level, as sorting calls it once a row.
_as_of_and_id = itemgetter(7, 0)


# Answers read a few hundred facts each: building the frozen dataclasses through their
# generated __init__ (one object.__setattr__ per field) was a third of an answer's time at
# scale. These build the very same objects in a twin class of the same slots, whose fields
# are set by plain assignment, then made the real class (`__class__` assignment, allowed
# between classes of one layout); anything that cannot is refused here at import.
class _FactShell:
    __slots__ = Fact.__slots__


class _ViewShell:
    __slots__ = FactView.__slots__


def _check_shells() -> None:
    for shell, real in ((_FactShell, Fact), (_ViewShell, FactView)):
        probe = object.__new__(shell)
        probe.__class__ = real  # TypeError at import if the layouts ever differ
        assert not hasattr(real, "__post_init__"), f"{real.__name__} is built without __init__"


_check_shells()
_new = object.__new__


def _fact_from_tuple(t: tuple) -> Fact:
    """A Fact from a FACT_COLUMNS row (a tuple, in that column order)."""
    shared = (t[17], t[20], _KINDS[t[2]], _period(t[3], t[4]))
    return _series_fact(t, shared, t[21], t[22])


def _series_fact(t: tuple, shared: tuple, source_key: str, value_high: float | None) -> Fact:
    """A Fact from a row whose first 17 columns are FACT_COLUMNS' (the facts table's own,
    as `reading.facts_for` reads them), with what its group of revisions shares: (entity,
    metric, Kind, Period)."""
    fact = _new(_FactShell)
    fact.entity, fact.metric, fact.kind, fact.period = shared
    fact.value = t[5]
    fact.unit = t[6]
    fact.as_of = _date(t[7])
    fact.source = source_key
    fact.quote = t[8]
    fact.scope = t[1]
    fact.id = t[0]
    fact.deleted = t[13] is not None
    fact.value_high = value_high
    fact.created_by = t[9]
    fact.created_at = t[10]
    fact.updated_by = t[11]
    fact.updated_at = t[12]
    fact.__class__ = Fact
    return fact  # type: ignore[return-value]


# -- a series read for answering: the wide fields of its facts read on first use ----------

# The fields `facts_for` leaves out of its query. An answer reads a whole series (~90
# statements of one company's figure at a million facts) to cite one or two of them, and
# SQLite building these columns of every row (text, most of them) was a third of the
# series' query on a question asked for the first time; reading the ~16 sources a series
# cites (`source` is a source's key) was a fifth more. Each is read from the store the
# first time it is asked for (`_Deferred`), one fact's row at first, the rest of the
# series at once when a caller reads more (`_Pending.fill`); a view's source likewise
# (`_SourceRef`), through the store's cache of sources.
LAZY_FIELDS = ("quote", "created_by", "created_at", "updated_by", "updated_at", "source")
# What a fact read lazily is checked against (and its source's id): unchanged since it
# was read, or refused.
CHECKED_FIELDS = ("value", "value_high", "unit", "as_of")
# Facts of one series read one row each before the whole series is read at once.
SINGLE_READS = 3
_SLOTS = {name: Fact.__dict__[name] for name in LAZY_FIELDS}
_FIELD_NAMES = tuple(f for f in Fact.__dataclass_fields__)


class StaleFactError(SalesBotError):
    """A fact read earlier was changed in the store before its quote was read."""


class _Pending:
    """What the LAZY_FIELDS of a series' facts hold until one of them is read: the
    store's reader of those fields, the series' fact ids and the store's generation when
    it was read; rows read for facts not filled yet."""

    __slots__ = (
        "__weakref__",
        "generation",
        "ids",
        "misses",
        "read",
        "refs",
        "rows",
        "source_of",
    )

    def __init__(self, read: Callable, source_of: dict[int, int], generation: int | None) -> None:
        # read: (ids) -> {id: (generation, LAZY_FIELDS..., CHECKED_FIELDS..., source id)}
        self.read = read
        self.source_of = source_of  # fact id -> its source's id, as read
        self.ids = list(source_of)
        self.generation = generation
        self.rows: dict[int, tuple] = {}
        self.misses = 0
        self.refs: list[_SourceRef] = []  # the views' sources, read on first use

    def fill(self, fact: Fact) -> None:
        """Set FACT's LAZY_FIELDS from its row, as it was when the series was read."""
        row = self.rows.pop(fact.id, None)  # type: ignore[arg-type]
        if row is None:
            self.misses += 1
            wanted = [fact.id] if self.misses <= SINGLE_READS else self.ids
            self.rows.update(self.read(wanted))
            row = self.rows.pop(fact.id, None)  # type: ignore[arg-type]
        lazy = len(LAZY_FIELDS)
        # The same generation: nothing was written since the series was read. Another
        # one: still right if the figure as held is the figure as stored (its quote and
        # bookkeeping then are the row's as they are now); else the fact held is out of
        # date, and a quote of another figure must never be shown with it.
        if row is None or (
            row[0] != self.generation
            and row[1 + lazy :]
            != (*(getattr(fact, name) for name in CHECKED_FIELDS), self.source_of[fact.id])  # type: ignore[index]
        ):
            raise StaleFactError(
                f"fact #{fact.id} changed in the store after it was read: ask again"
            )
        for name, value in zip(LAZY_FIELDS, row[1 : 1 + lazy], strict=True):
            _SLOTS[name].__set__(fact, value)


class _Deferred:
    """A LAZY_FIELD of a `_StoredFact`: its slot, filled from the store on first read."""

    __slots__ = ("slot",)

    def __init__(self, name: str) -> None:
        self.slot = _SLOTS[name]

    def __get__(self, fact: Fact | None, owner: type | None = None) -> Any:
        if fact is None:
            return self
        value = self.slot.__get__(fact, owner)
        if value.__class__ is _Pending:
            value.fill(fact)
            value = self.slot.__get__(fact, owner)
        return value

    def __set__(self, fact: Fact, value: Any) -> None:
        self.slot.__set__(fact, value)  # the dataclass __init__ (dataclasses.replace)


class _StoredFact(Fact):
    """A Fact of a series read for answering: the same value as the stored Fact (equal
    to it, hashed and pickled as one), whose LAZY_FIELDS are read when first asked for."""

    __slots__ = ()
    quote = _Deferred("quote")  # type: ignore[assignment]
    created_by = _Deferred("created_by")  # type: ignore[assignment]
    created_at = _Deferred("created_at")  # type: ignore[assignment]
    updated_by = _Deferred("updated_by")  # type: ignore[assignment]
    updated_at = _Deferred("updated_at")  # type: ignore[assignment]
    source = _Deferred("source")  # type: ignore[assignment]

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in _FIELD_NAMES)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fact):
            return NotImplemented
        return self._values() == tuple(getattr(other, name) for name in _FIELD_NAMES)

    def __hash__(self) -> int:
        return hash(self._values())  # as Fact's: the hash of its fields in order

    def __reduce__(self) -> tuple:
        return (Fact, self._values())

    def __repr__(self) -> str:
        return repr(Fact(*self._values()))


def _check_stored_shell() -> None:
    probe = object.__new__(_FactShell)
    probe.__class__ = _StoredFact  # TypeError at import if the layouts ever differ


_check_stored_shell()

_VIEW_SOURCE = FactView.__dict__["source"]
_VIEW_FIELDS = tuple(FactView.__dataclass_fields__)
_VIEW_COMPARED = tuple(n for n, f in FactView.__dataclass_fields__.items() if f.compare)


class _SourceRef:
    """The source of a series' views until one of them is asked for it: its id, and the
    store's reader of a source by id (its cache of sources first)."""

    __slots__ = ("id", "read", "source")

    def __init__(self, read: Callable[[int], Source], source_id: int) -> None:
        self.read = read
        self.id = source_id
        self.source: Source | None = None

    def get(self) -> Source:
        if self.source is None:
            self.source = self.read(self.id)
        return self.source


class _DeferredSource:
    """`FactView.source` of a `_StoredView`: its slot, the source read on first use."""

    __slots__ = ()

    def __get__(self, view: FactView | None, owner: type | None = None) -> Any:
        if view is None:
            return self
        value = _VIEW_SOURCE.__get__(view, owner)
        if value.__class__ is _SourceRef:
            value = value.get()
            _VIEW_SOURCE.__set__(view, value)
        return value

    def __set__(self, view: FactView, value: Any) -> None:
        _VIEW_SOURCE.__set__(view, value)  # the dataclass __init__ (dataclasses.replace)


class _StoredView(FactView):
    """A FactView of a series read for answering: the same value as the stored view
    (equal to it, hashed and pickled as one), whose source is read when first asked for."""

    __slots__ = ()
    source = _DeferredSource()  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FactView):
            return NotImplemented
        return tuple(getattr(self, n) for n in _VIEW_COMPARED) == tuple(
            getattr(other, n) for n in _VIEW_COMPARED
        )

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in _VIEW_COMPARED))  # as FactView's

    def __reduce__(self) -> tuple:
        return (FactView, tuple(getattr(self, n) for n in _VIEW_FIELDS))

    def __repr__(self) -> str:
        return repr(FactView(*(getattr(self, n) for n in _VIEW_FIELDS)))


def _check_view_shell() -> None:
    probe = object.__new__(_ViewShell)
    probe.__class__ = _StoredView  # TypeError at import if the layouts ever differ


_check_view_shell()

# Positions in a row of `reading.SERIES_COLUMNS`.
ID, KIND, START, END, VALUE, UNIT, AS_OF, SOURCE, HIGH, ENTITY, METRIC, SCOPE = range(12)


def _stored_series(
    groups: dict[tuple, list[tuple]],
    entities: dict[int, tuple],
    metrics: dict[int, str],
    scope: str | None,
    read_source: Callable[[int], Source],
    pending: _Pending,
) -> list[FactView]:
    """FactViews of revision groups (rows of SERIES_COLUMNS by (entity id, metric id,
    kind, period start, period end), each group newest first): for each group, oldest
    first and numbered in that order, sharing one history; their facts `_StoredFact`s
    whose LAZY_FIELDS hold PENDING; of SCOPE, or (None) each row's own; each view's source
    read through READ_SOURCE when first asked for (one `_SourceRef` a source). Built in plain
    loops (two calls and a generator per row were a quarter of the conversion); most
    figures are stated once (94% of the groups of a series at 1M facts): such a group is
    built without the lists and the second loop."""
    views: list[FactView] = []
    dates, periods, kinds = _DATES, _PERIODS, _KINDS
    refs: dict[int, _SourceRef] = {}
    for (entity_id, metric_id, kind_value, start, end), group in groups.items():
        name, fiscal_year_end, named_by = entities[entity_id]
        metric, kind = metrics[metric_id], kinds[kind_value]
        period = periods.get((start, end)) or _period(start, end)
        n = len(group)
        if n > 1:
            group.reverse()  # oldest first, as `_as_of_and_id` sorts
        facts, shells = [], []
        for i, t in enumerate(group, 1):
            fact = _new(_FactShell)
            fact.entity = name
            fact.metric = metric
            fact.kind = kind
            fact.period = period
            fact.value = t[VALUE]
            fact.unit = t[UNIT]
            fact.as_of = dates.get(t[AS_OF]) or _date(t[AS_OF])
            fact.quote = fact.created_by = fact.created_at = pending
            fact.updated_by = fact.updated_at = fact.source = pending
            fact.scope = scope or t[SCOPE]
            fact.id = t[ID]
            fact.deleted = False  # (a series holds live statements only)
            fact.value_high = t[HIGH]
            fact.__class__ = _StoredFact
            ref = refs.get(t[SOURCE])
            if ref is None:
                ref = refs[t[SOURCE]] = _SourceRef(read_source, t[SOURCE])
            view = _new(_ViewShell)  # the fields of `_fact_view`
            view.fact = fact
            view.source = ref
            view.fiscal_year_end = fiscal_year_end
            view.fiscal_year_named_by = named_by
            view.revision = i
            view.revisions = n
            if n == 1:  # the group's one statement: its own history
                view.history = (fact,)
                view.__class__ = _StoredView
                views.append(view)  # type: ignore[arg-type]
                break
            facts.append(fact)
            shells.append(view)
        else:
            history = tuple(facts)
            for view in shells:
                view.history = history
                view.__class__ = _StoredView
            views += shells  # type: ignore[arg-type]
    pending.refs = list(refs.values())
    return views


def _fact_view(
    fact: Fact,
    source: Source,
    fiscal_year_end: str | None,
    named_by: str | None,
    revision: int,
    revisions: int,
    history: tuple[Fact, ...],
) -> FactView:
    view = _new(_ViewShell)
    view.fact = fact
    view.source = source
    view.fiscal_year_end = fiscal_year_end
    view.fiscal_year_named_by = named_by
    view.revision = revision
    view.revisions = revisions
    view.history = history
    view.__class__ = FactView
    return view  # type: ignore[return-value]


def _fact_from_row(row: dict) -> Fact:
    return Fact(
        id=row["id"],
        scope=row["scope"],
        entity=row["entity_name"],
        metric=row["metric_name"],
        kind=Kind(row["kind"]),
        period=Period(
            date.fromisoformat(row["period_start"]), date.fromisoformat(row["period_end"])
        ),
        value=row["value"],
        unit=row["unit"],
        as_of=date.fromisoformat(row["as_of"]),
        source=row["source_key"],
        quote=row["quote"],
        deleted=row["deleted_at"] is not None,
        created_by=row["created_by"],
        created_at=row["created_at"],
        updated_by=row["updated_by"],
        updated_at=row["updated_at"],
        value_high=row.get("value_high"),
    )


def _source_from_row(row: dict) -> Source:
    return Source(
        id=row["id"],
        scope=row["scope"],
        key=row["key"],
        title=row["title"],
        publisher=row["publisher"],
        url=row["url"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        text=row["text"],
    )


def _audit_from_row(row: dict) -> AuditEntry:
    return AuditEntry(
        id=row["id"],
        at=row["at"],
        actor=row["actor"],
        scope=row["scope"],
        action=row["action"],
        table=row["table_name"],
        row_id=row["row_id"],
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
        undone_by=row["undone_by"],
    )


def _candidate_from_row(row: dict) -> Candidate:
    return Candidate(
        id=row["id"],
        scope=row["scope"],
        source_key=row["source_key"],
        fields=json.loads(row["payload"]),
        status=row["status"],
        fact_id=row["fact_id"],
        created_at=row["created_at"],
    )


def _trim(row: dict) -> dict:
    """The audit's copy of a fact row: its content, without bookkeeping columns."""
    skip = ("created_at", "updated_at", "updated_by", "import_id")
    return {k: v for k, v in row.items() if k not in skip}


def _merge_ranges(ranges: Sequence[list[int]]) -> list[list[int]]:
    """[[1,3],[4,6],[9,9]] -> [[1,6],[9,9]]: what `_ranges` gives for all those ids."""
    out: list[list[int]] = []
    for low, high in ranges:
        if out and out[-1][1] == low - 1:
            out[-1][1] = high
        else:
            out.append([low, high])
    return out


def _ranges(ids: Sequence[int]) -> list[list[int]]:
    """[1,2,3,7,8] -> [[1,3],[7,8]]: an import of a million rows stays a small audit entry."""
    out: list[list[int]] = []
    for i in ids:
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def _check_text(text: str | None, what: str) -> None:
    """Refuse text SQLite cannot store as UTF-8: a lone surrogate (from a JSON escape like
    \\ud800, or bytes a terminal could not decode) would fail deep inside a write."""
    if text is None:
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise SalesBotError(
            f"the {what} contains a character that is not valid Unicode (a lone surrogate)"
        ) from None


def _check_source(source: Source) -> None:
    """What every stored source needs: a key that is not blank, and storable text."""
    if not source.key or not source.key.strip():
        raise SalesBotError("a source needs a key that is not blank")
    if source.key != source.key.strip() or len(source.key) > 200:
        raise SalesBotError(
            f"source key {_short(source.key)!r} must not start or end with spaces "
            "and is at most 200 characters"
        )
    for what in ("key", "title", "publisher", "url", "text"):
        _check_text(getattr(source, what), f"source's {what}")


def _clean_name(text: str, what: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise SalesBotError(f"the {what} is empty")
    if len(text) > 100:
        raise SalesBotError(f"the {what} is too long (at most 100 characters)")
    return text


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
