"""A series read for one period (`FactStore.facts_for(period=...)`): the very views the
whole read holds of that period, in its order, each with its whole history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.facts.bundle import parse_bundle
from bot.facts.model import SHARED_SCOPE, Period
from bot.facts.store import FactStore
from tests.answering.invented import world_bundle

PRIVATE = "111"  # a server's own scope, which sees the shared figures too
LONG_AGO = Period(date(1900, 1, 1), date(1900, 12, 31))


@pytest.fixture
def world(seed) -> FactStore:
    """The seed and the invented guidance world (figures stated and restated, of every
    kind, years and their parts), and one private restatement of a shared figure."""
    store = FactStore.in_memory(seed=seed)
    data = world_bundle()
    store.import_bundle(parse_bundle(data), actor="test", scope=SHARED_SCOPE)
    first = data["facts"][0]
    private = dict(data, facts=[first | {"value": first["value"] + 1, "as_of": "2026-12-30"}])
    store.import_bundle(parse_bundle(private), actor="test", scope=PRIVATE)
    yield store
    store.close()


def _series(store: FactStore) -> list[tuple[int, int]]:
    return store.conn.execute(
        "SELECT DISTINCT entity_id, metric_id FROM facts ORDER BY entity_id, metric_id"
    ).fetchall()


def _same(part, whole, period: Period) -> None:
    expected = [v for v in whole if v.fact.period == period]
    assert part == expected
    assert [v.history for v in part] == [v.history for v in expected]
    assert [(v.revision, v.revisions) for v in part] == [
        (v.revision, v.revisions) for v in expected
    ]


@pytest.mark.parametrize("scope", [SHARED_SCOPE, PRIVATE])
def test_a_period_read_holds_the_whole_reads_views_of_that_period(world, scope) -> None:
    checked = 0
    for entity_id, metric_id in _series(world):
        where = {"entity_ids": [entity_id], "metric_ids": [metric_id]}
        whole = world.facts_for(scope, keep=False, **where)
        for period in dict.fromkeys(v.fact.period for v in whole):
            _same(world.facts_for(scope, keep=False, period=period, **where), whole, period)
            _same(world.facts_for(scope, period=period, **where), whole, period)  # (kept)
            checked += 1
        # a period the series does not hold: nothing
        assert world.facts_for(scope, period=LONG_AGO, **where) == []
    assert checked > 100


def test_a_period_read_of_several_companies_and_metrics(world) -> None:
    series = _series(world)
    shared = max({m for _, m in series}, key=lambda m: sum(s[1] == m for s in series))
    where = {"entity_ids": sorted({e for e, _ in series}), "metric_ids": [shared, series[0][1]]}
    whole = world.facts_for(PRIVATE, keep=False, **where)
    assert len({v.fact.entity for v in whole}) > 1
    for period in dict.fromkeys(v.fact.period for v in whole):
        _same(world.facts_for(PRIVATE, keep=False, period=period, **where), whole, period)


def test_a_period_read_of_a_series_longer_than_its_limit_is_of_the_newest_statements(
    world,
) -> None:
    # the whole read keeps the newest LIMIT statements: a period's older ones are not read
    entity_id, metric_id = max(
        _series(world),
        key=lambda s: len(world.facts_for(SHARED_SCOPE, entity_ids=[s[0]], metric_ids=[s[1]])),
    )
    where = {"entity_ids": [entity_id], "metric_ids": [metric_id]}
    every = world.facts_for(SHARED_SCOPE, **where)
    for limit in (1, 3, len(every) - 1, len(every)):
        whole = world.facts_for(SHARED_SCOPE, limit=limit, **where)
        assert len(whole) == min(limit, len(every))
        for period in dict.fromkeys(v.fact.period for v in every):
            part = world.facts_for(SHARED_SCOPE, limit=limit, period=period, **where)
            _same(part, whole, period)


def test_a_period_read_sees_every_write(world) -> None:
    entity_id, metric_id = _series(world)[0]
    where = {"entity_ids": [entity_id], "metric_ids": [metric_id]}
    view = world.facts_for(SHARED_SCOPE, **where)[0]
    period = view.fact.period
    for _ in range(2):  # read twice: kept from then on
        before = world.facts_for(SHARED_SCOPE, period=period, **where)
    restated = replace(view.fact, id=None, value=view.fact.value * 2, as_of=view.fact.as_of)
    world.remove_fact(view.fact.id, scope=SHARED_SCOPE, actor="test")  # type: ignore[arg-type]
    world.add_fact(restated, actor="test")
    after = world.facts_for(SHARED_SCOPE, period=period, **where)
    assert after != before
    _same(after, world.facts_for(SHARED_SCOPE, **where), period)
