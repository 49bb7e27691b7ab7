"""facts_for's answers are kept between questions, and never outlive a write: the store's
own, or another process's on the same file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.facts.model import SHARED_SCOPE, Fact, Kind, Period
from bot.facts.store import FactStore


def _new_year(value: float) -> Fact:
    return Fact(
        entity="Sony",
        metric="smartphones sold",
        kind=Kind.ACTUAL,
        period=Period(date(2030, 4, 1), date(2031, 3, 31)),
        value=value,
        unit="units",
        as_of=date(2031, 5, 1),
        source="sony-fy2013-results",
        quote="Sony said it sold 39 million smartphones last year",
    )


def _series(store: FactStore) -> list:
    sony = store.entity("Sony").id
    phones = next(m.id for m in store.metrics() if m.name == "smartphones sold")
    return store.facts_for(SHARED_SCOPE, entity_ids=[sony], metric_ids=[phones])


def test_a_series_read_again_is_the_same_and_a_write_shows_at_once(store: FactStore) -> None:
    first = _series(store)
    again = _series(store)
    assert again == first and again is not first  # a list of its own: callers may change it
    again.clear()
    assert _series(store) == first
    store.add_fact(_new_year(41e6), actor="t")
    assert {v.fact.value for v in _series(store)} - {v.fact.value for v in first} == {41e6}


def test_a_write_through_another_connection_is_seen(seed, tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    reader = FactStore.open(path, seed=seed)
    writer = FactStore.open(path)
    try:
        before = _series(reader)
        view = writer.add_fact(_new_year(42e6), actor="t")
        assert len(_series(reader)) == len(before) + 1
        writer.remove_fact(view.fact.id, scope=SHARED_SCOPE, actor="t")  # type: ignore[arg-type]
        assert _series(reader) == before
    finally:
        writer.close()
        reader.close()
