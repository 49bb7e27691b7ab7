"""Name -> id lookups for one write."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.facts.model import (
    Entity,
    Metric,
    SalesBotError,
)
from bot.facts.store.common import fold_whitespace, visible_scopes
from bot.facts.store.rows import _short

if TYPE_CHECKING:
    from bot.facts.store import FactStore


class _Names:
    """Name -> id lookups within one write, cached: an import resolves the same few names
    (and folds the same source text) for every one of its facts."""

    def __init__(self, store: FactStore, scope: str) -> None:
        self.store, self.scope = store, scope
        self.scopes = visible_scopes(scope)
        self._sources: dict[str, tuple[int, str, str]] = {}
        self._entities: dict[str, int] = {}
        self._metrics: dict[tuple[str, int], int] = {}

    def source(self, key: str) -> tuple[int, str, str]:
        """(id, text with whitespace folded, text as stored) of the source KEY."""
        if key not in self._sources:
            if len(self._sources) >= 4096:  # folded texts add up over a large import
                self._sources.clear()
            row = self.store._source_row(key, self.scopes)
            if row is None:
                raise SalesBotError(f"unknown source {key!r}: add the source first")
            self._sources[key] = (row["id"], fold_whitespace(row["text"]), row["text"])
        return self._sources[key]

    def verbatim(self, key: str, quote: str) -> str:
        """QUOTE as the source KEY writes it: a quote that differs from the source only in
        whitespace is replaced by the source's own span, so answers cite the real text.
        Refuses a quote that is not in the source at all."""
        _, folded, text = self.source(key)
        return verbatim(quote, text, folded, key)

    def entity_id(self, name: str) -> int:
        folded = name.casefold()
        if folded not in self._entities:
            found = self.store._entity_id(name, self.scopes)
            if found is None:
                found, _ = self.store._ensure_entity(Entity(name=name), self.scope, "system")
            self._entities[folded] = found
        return self._entities[folded]

    def metric_id(self, name: str, unit: str, entity_id: int) -> int:
        """The metric NAME means for a figure about ENTITY_ID (see `_metric_of`), created
        when the store has none."""
        folded = (name.casefold(), entity_id)
        if folded not in self._metrics:
            found = self.store._metric_of(name, self.scopes, [entity_id])
            if found is None:
                found, _ = self.store._ensure_metric(
                    Metric(name=name, unit=unit), self.scope, "system", by_synonym=False
                )
            self._metrics[folded] = found
        return self._metrics[folded]


def verbatim(quote: str, text: str, folded: str, key: str) -> str:
    """QUOTE as TEXT (the source KEY; FOLDED: its whitespace folded) writes it."""
    if quote in text:
        return quote
    words = quote.split()
    if not words or " ".join(words) not in folded:
        raise SalesBotError(f"the quote {_short(quote)!r} is not in the text of source {key!r}")
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    return found[0] if found else quote
