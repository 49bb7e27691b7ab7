"""A saved index's companies, each made from its saved fields only when first read, and what
of an index is never saved with it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, MutableMapping

from bot.facts.model import Entity, Metric


class SavedEntities(MutableMapping[int, Entity]):
    """A loaded index's id -> Entity: each made from its saved fields when first read. A
    question reads the few it names; making all 4,400 of a large store cost ~6 ms of a
    new process's first question."""

    def __init__(self, fields: dict[int, tuple]) -> None:
        self._fields = fields
        self._made: dict[int, Entity] = {}

    def __getitem__(self, entity_id: int) -> Entity:
        found = self._made.get(entity_id)
        if found is None:
            found = self._made[entity_id] = Entity(*self._fields[entity_id])
        return found

    def __setitem__(self, entity_id: int, entity: Entity) -> None:
        self._made[entity_id] = entity  # (made first: a reader that finds the id finds it)
        self._fields[entity_id] = fields_of(entity)

    def __delitem__(self, entity_id: int) -> None:
        del self._fields[entity_id]
        self._made.pop(entity_id, None)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._fields

    def __iter__(self) -> Iterator[int]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)


# Memos of answers already worked out, rebuilt with the index and never saved with it.
UNSAVED_MEMOS = frozenset({"_fuzzy_memo", "_scores"})


def fields_of(item: Entity | Metric) -> tuple:
    return tuple(getattr(item, f.name) for f in dataclasses.fields(item))
