"""Sources: the reports facts quote, with their full text."""

from __future__ import annotations

from collections.abc import Sequence

from bot.facts.model import (
    SHARED_SCOPE,
    NotFoundError,
    PermissionDeniedError,
    SalesBotError,
    Source,
)
from bot.facts.store.common import _in, _locked, _now, fold_whitespace, visible_scopes
from bot.facts.store.rows import _check_source, _source_from_row


class SourcesMixin:
    """Sources: the reports facts quote, with their full text."""

    def _source_row(self, key: str, scopes: Sequence[str]) -> dict | None:
        rows = list(
            self.db.query(
                f"SELECT * FROM sources WHERE key = ? AND scope IN ({_in(scopes)})",
                [key, *scopes],
            )
        )
        # A server's own source of the same key shadows the shared one.
        rows.sort(key=lambda r: r["scope"] == SHARED_SCOPE)
        return rows[0] if rows else None

    def _source_by_id(self, source_id: int) -> Source:
        cached = self._sources.get(source_id)
        if cached is None:
            if len(self._sources) >= 10_000:  # a bound: source texts can be large
                self._sources.clear()
            cached = _source_from_row(self.db["sources"].get(source_id))
            self._sources[source_id] = cached
        return cached

    @_locked
    def source(self, key: str, scope: str = SHARED_SCOPE) -> Source:
        row = self._source_row(key, visible_scopes(scope))
        if row is None:
            raise NotFoundError(f"no source with key {key!r}")
        return _source_from_row(row)

    @_locked
    def sources(self, scope: str = SHARED_SCOPE) -> list[Source]:
        scopes = visible_scopes(scope)
        return [
            _source_from_row(row)
            for row in self.db.query(
                f"SELECT * FROM sources WHERE scope IN ({_in(scopes)}) ORDER BY id", scopes
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
        record = {
            "title": source.title,
            "publisher": source.publisher,
            "url": source.url,
            "published": source.published.isoformat() if source.published else None,
            "text": source.text,
        }
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
        for fact_id, quote in self.db.execute(
            "SELECT id, quote FROM facts WHERE source_id = ? AND deleted_at IS NULL", [source_id]
        ):
            if fold_whitespace(quote) not in folded:
                raise SalesBotError(
                    f"the new text drops the quote of fact #{fact_id}; "
                    "fix or remove that fact first"
                )
