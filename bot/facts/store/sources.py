"""Sources: the reports facts quote, with their full text.

Answers cite sources by title, publisher, date and link, never by their text (a report can
run to hundreds of kilobytes), so the sources of facts read for an answer come without it:
`_StoredSource.text` reads the text from the store the first time it is asked for.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
import weakref
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from bot.facts.model import (
    SHARED_SCOPE,
    NotFoundError,
    PermissionDeniedError,
    SalesBotError,
    Source,
)
from bot.facts.store.common import (
    _in,
    _locked,
    _now,
    fold_whitespace,
    published,
    visible_scopes,
)
from bot.facts.store.rows import _check_source, _dict_rows, _source_from_row

# The columns a citation needs: everything but the text.
CITATION_COLUMNS = "id, scope, key, title, publisher, url, published"
# How many text-less sources a store keeps between writes (a few hundred bytes each).
SOURCE_CACHE_LIMIT = 20_000


class _DeferredText:
    """`Source.text` of a `_StoredSource`: read through the store's loader on first use."""

    def __get__(self, source: _StoredSource | None, owner: type | None = None) -> str:
        if source is None:
            return self  # type: ignore[return-value]
        state = source.__dict__
        text = state.get("_text")
        if text is None:
            text = state["_text"] = state["_load_text"](source.id)
        return text

    def __set__(self, source: _StoredSource, value: str) -> None:
        source.__dict__["_text"] = value  # the dataclass __init__ (dataclasses.replace)


class _StoredSource(Source):
    """A Source read for a citation: the same value as the stored Source (equal to it, and
    pickled as one), but its text is read only when asked for."""

    text = _DeferredText()  # type: ignore[assignment]

    def _values(self) -> tuple:
        return tuple(getattr(self, f.name) for f in dataclasses.fields(Source) if f.compare)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Source):
            return NotImplemented
        return self._values() == tuple(
            getattr(other, f.name) for f in dataclasses.fields(Source) if f.compare
        )

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple:
        return (Source, tuple(getattr(self, f.name) for f in dataclasses.fields(Source)))


def _stored_source(row: Sequence, load_text: Callable[[int], str]) -> Source:
    """A `_StoredSource` from a CITATION_COLUMNS row, built without the dataclass __init__
    (frozen: one object.__setattr__ per field) since an answer may cite dozens."""
    source = object.__new__(_StoredSource)
    source.__dict__.update(
        id=row[0],
        scope=row[1],
        key=row[2],
        title=row[3],
        publisher=row[4],
        url=row[5],
        published=date.fromisoformat(row[6]) if row[6] else None,
        _load_text=load_text,
    )
    return source


def _source_fields(source: Source) -> dict:
    """A source's stored fields (and its audit entries' before and after)."""
    return {
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "published": source.published.isoformat() if source.published else None,
        "text": source.text,
    }


def send_without_text(path: str | Path) -> None:
    """From now on this process sends the sources it read from the store at PATH to
    other processes without their text (a report can run to hundreds of kilobytes, and
    answers cite by title): the receiving process reads a text from PATH if it is ever
    asked for. For a process that answers questions for another one, over one store
    (bot/discord_bot/answerers.py). `multiprocessing` pickles with ForkingPickler, so
    plain `pickle` is unchanged."""
    from multiprocessing.reduction import ForkingPickler

    ForkingPickler.register(_StoredSource, functools.partial(_reduce_without_text, str(path)))


_CITED = ("id", "scope", "key", "title", "publisher", "url", "published")


def _reduce_without_text(path: str, source: _StoredSource) -> tuple:
    return _SourceInFile.rebuild, (path, tuple(vars(source)[name] for name in _CITED))


class _SourceInFile(_StoredSource):
    """A cited source received from another process: its text is read from the store's
    file when asked for, and it travels on (to the chart process) without it too."""

    @classmethod
    def rebuild(cls, path: str, values: tuple) -> _SourceInFile:
        source = object.__new__(cls)
        source.__dict__.update(zip(_CITED, values, strict=True))
        source.__dict__.update(_path=path, _load_text=functools.partial(_text_in_file, path))
        return source

    def __reduce__(self) -> tuple:
        return _reduce_without_text(vars(self)["_path"], self)


def _text_in_file(path: str, source_id: int) -> str:
    """The text of source SOURCE_ID in the store file at PATH (read-only, opened for it)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()
    finally:
        conn.close()
    if row is None:
        raise NotFoundError(f"source {source_id} is no longer in the store")
    return row[0]


class SourcesMixin:
    """Sources: the reports facts quote, with their full text."""

    def _source_row(self, key: str, scopes: Sequence[str]) -> dict | None:
        rows = list(
            _dict_rows(
                self.conn.execute(
                    f"SELECT * FROM sources WHERE key = ? AND scope IN ({_in(scopes)})",
                    [key, *scopes],
                )
            )
        )
        # A server's own source of the same key shadows the shared one.
        rows.sort(key=lambda r: r["scope"] == SHARED_SCOPE)
        return rows[0] if rows else None

    def _source_by_id(self, source_id: int) -> Source:
        return self._sources_by_id((source_id,))[source_id]

    def _sources_by_id(self, source_ids: Iterable[int]) -> dict[int, Source]:
        """The sources of these ids, without their text: those not cached yet in one query.
        The cache is emptied by every write (`_bump`), so it never serves a stale title."""
        cache = self._sources
        wanted = set(source_ids)
        missing = self._sources_missing(wanted)
        for start in range(0, len(missing), 500):  # under SQLite's parameter limit
            chunk = missing[start : start + 500]
            self._keep_sources(
                self.conn.execute(
                    f"SELECT {CITATION_COLUMNS} FROM sources WHERE id IN ({_in(chunk)})", chunk
                )
            )
        return {i: cache[i] for i in wanted}

    def _sources_missing(self, wanted: set[int]) -> list[int]:
        """Which of WANTED the source cache lacks; it is emptied first if they would not
        fit. The caller reads them (CITATION_COLUMNS rows) into `_keep_sources`."""
        cache = self._sources
        missing = [i for i in wanted if i not in cache]
        if missing and len(cache) + len(missing) > SOURCE_CACHE_LIMIT:
            cache.clear()
        return missing

    def _keep_sources(self, rows: Iterable[Sequence]) -> None:
        """Cache text-less sources of CITATION_COLUMNS rows (`_sources_missing`)."""
        cache = self._sources
        textless = self._textless()
        for row in rows:
            source = cache[row[0]] = _stored_source(row, self._source_text)
            textless.append(weakref.ref(source))
        if len(textless) > self.__dict__.get("_textless_bound", 1024):
            # drop the dead, and let the live grow as much again before the next time
            textless[:] = [r for r in textless if r() is not None]
            self.__dict__["_textless_bound"] = max(2 * len(textless), 1024)

    def _textless(self) -> list[weakref.ref]:
        """Sources handed out whose text has not been read yet (see `_settle_texts`), by
        weak reference: a plain list, since a WeakValueDictionary's insert (Python code)
        cost more than the rest of building a source on a first-time question."""
        found = self.__dict__.get("_textless_sources")
        if found is None:  # (not setdefault: that would build a list per call)
            found = self.__dict__["_textless_sources"] = []
        return found

    @_locked
    def _settle_texts(self) -> None:
        """Read the text of every source still held somewhere without it, so that what the
        store returned stays a complete value once the store is closed. The store's own
        caches go first: only what callers still hold needs its text."""
        self._sources.clear()
        self.__dict__.pop("_series_cache", None)  # reading._SeriesCache
        live = (r() for r in self._textless())
        pending = [s for s in live if s is not None and "_text" not in vars(s)]
        for start in range(0, len(pending), 500):
            chunk = pending[start : start + 500]
            ids = list({s.id for s in chunk})
            texts = dict(
                self.conn.execute(f"SELECT id, text FROM sources WHERE id IN ({_in(ids)})", ids)
            )
            for source in chunk:
                if source.id in texts:
                    vars(source)["_text"] = texts[source.id]
        self._textless().clear()

    @_locked
    def _source_text(self, source_id: int) -> str:
        row = self.conn.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise NotFoundError(f"source #{source_id} is no longer stored")
        return row[0]

    @_locked
    def source(self, key: str, scope: str = SHARED_SCOPE) -> Source:
        row = self._source_row(key, visible_scopes(scope))
        if row is None:
            raise NotFoundError(f"no source with key {key!r}")
        return _source_from_row(row)

    @_locked
    def sources_quoted_for(self, scope: str, entity_ids: Sequence[int]) -> list[Source]:
        """The sources the live facts of these entities quote, without their text: what a
        question naming a statement by its occasion ("at the investor day") is read
        against. One pass over the entities' part of the statements index."""
        scopes = visible_scopes(scope)
        ids = [
            row[0]
            for row in self.conn.execute(
                f"""SELECT DISTINCT source_id FROM facts INDEXED BY facts_statement
                    WHERE entity_id IN ({_in(entity_ids)}) AND scope IN ({_in(scopes)})
                      AND deleted_at IS NULL AND {published()}""",
                [*entity_ids, *scopes],
            )
        ]
        return list(self._sources_by_id(ids).values())

    @_locked
    def statement_dates_for(self, scope: str, entity_ids: Sequence[int]) -> list[date]:
        """The days a later report says these entities' figures were given on ("on August
        5, at the half-year results, we raised the range"), other than the days of
        the reports quoting them: events a question names ("at the Q2 results") that the
        store holds no report of."""
        scopes = visible_scopes(scope)
        return [
            date.fromisoformat(row[0])
            for row in self.conn.execute(
                f"""SELECT DISTINCT f.as_of FROM facts f INDEXED BY facts_statement
                    JOIN sources s ON s.id = f.source_id
                    WHERE f.entity_id IN ({_in(entity_ids)}) AND f.scope IN ({_in(scopes)})
                      AND f.deleted_at IS NULL AND {published("f.")}
                      AND f.as_of IS NOT s.published""",
                [*entity_ids, *scopes],
            )
            if row[0]
        ]

    @_locked
    def latest_statement_reported_on(
        self, scope: str, entity_ids: Sequence[int], day: date
    ) -> date | None:
        """The last day, up to DAY, that these entities' figures quoted from reports
        published on DAY were stated on: a news story of 12 November quotes what was
        announced on the 11th, and "before that update" is before the 11th."""
        scopes = visible_scopes(scope)
        row = self.conn.execute(
            f"""SELECT MAX(f.as_of) FROM facts f INDEXED BY facts_statement
                JOIN sources s ON s.id = f.source_id
                WHERE f.entity_id IN ({_in(entity_ids)}) AND f.scope IN ({_in(scopes)})
                  AND f.deleted_at IS NULL AND {published("f.")}
                  AND s.published = ? AND f.as_of <= s.published""",
            [*entity_ids, *scopes, day.isoformat()],
        ).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    @_locked
    def sources(self, scope: str = SHARED_SCOPE) -> list[Source]:
        scopes = visible_scopes(scope)
        return [
            _source_from_row(row)
            for row in _dict_rows(
                self.conn.execute(
                    f"SELECT * FROM sources WHERE scope IN ({_in(scopes)}) ORDER BY id", scopes
                )
            )
        ]

    @_locked
    def add_source(self, source: Source, *, actor: str) -> Source:
        with self.db.atomic():
            _, outcome = self._put_source(source, actor)
        if outcome == "skipped":
            raise SalesBotError(f"source {source.key!r} is already stored with that text")
        return self.source(source.key, source.scope)

    def _put_source(self, source: Source, actor: str) -> tuple[int, str]:
        _check_source(source)
        if not source.text.strip():
            raise SalesBotError(f"source {source.key!r} has no text")
        record = _source_fields(source)
        existing = self._source_row(source.key, visible_scopes(source.scope))
        if existing is None:
            source_id = (
                self.db["sources"]
                .insert(
                    {
                        "scope": source.scope,
                        "key": source.key,
                        **record,
                        "created_by": actor,
                        "created_at": _now(),
                    }
                )
                .last_pk
            )
            self._audit(actor, source.scope, "add", "sources", source_id, None, record)
            self._bump()
            return source_id, "added"
        if all(existing[k] == v for k, v in record.items()):
            return existing["id"], "skipped"
        if existing["scope"] != source.scope:
            raise PermissionDeniedError(
                f"source {source.key!r} is shared; add yours under another key"
            )
        if fold_whitespace(existing["text"]) != fold_whitespace(source.text):
            self._check_quotes_still_fit(existing["id"], source.text)
        before = {k: existing[k] for k in record}
        self.db["sources"].update(
            existing["id"], {**record, "updated_by": actor, "updated_at": _now()}
        )
        self._audit(actor, source.scope, "edit", "sources", existing["id"], before, record)
        self._bump()
        return existing["id"], "updated"

    def _check_quotes_still_fit(self, source_id: int, new_text: str) -> None:
        folded = fold_whitespace(new_text)
        for fact_id, quote in self.conn.execute(
            "SELECT id, quote FROM facts WHERE source_id = ? AND deleted_at IS NULL", [source_id]
        ):
            if fold_whitespace(quote) not in folded:
                raise SalesBotError(
                    f"the new text drops the quote of fact #{fact_id}; "
                    "fix or remove that fact first"
                )
