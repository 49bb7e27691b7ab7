"""One measure, one scale: a report's "pump output (MW)" beside the store's "pump output
(GW)" is converted into the larger unit the store keeps it in, so that the two never answer
for each other as two metrics; a figure already in the larger unit stays in it."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind, Period
from bot.ingest.model import KnownMetric, Proposal
from bot.ingest.naming import name_proposals

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


def _proposal(metric: str, value: float, high: float | None = None) -> Proposal:
    return Proposal(
        entity="Brennholt Hydro",
        metric=metric,
        kind=Kind.ACTUAL,
        period=MARCH,
        value=value,
        value_high=high,
        unit="units",
        as_of=date(2026, 4, 9),
        quote="a monthly operating table",
        start=0,
    )


def test_a_smaller_unit_is_put_in_the_stores_larger_one():
    known = [KnownMetric("turbine deliveries (GW)", (), "units")]
    (named,) = name_proposals(
        [_proposal("turbine deliveries (MW)", 2_140, 2_400)], metrics=known, entities=[]
    )
    assert named.metric == "turbine deliveries (GW)"
    assert (named.value, named.value_high) == (2.14, 2.4)


def test_a_larger_unit_is_never_put_in_a_smaller_one():
    known = [KnownMetric("battery shipments (MWh)", (), "units")]
    (named,) = name_proposals(
        [_proposal("battery shipments (GWh)", 1.9)], metrics=known, entities=[]
    )
    assert named.metric == "battery shipments (GWh)" and named.value == 1.9


def test_another_measure_keeps_its_own_unit():
    known = [KnownMetric("turbine deliveries (GW)", (), "units")]
    (named,) = name_proposals([_proposal("installations (MW)", 2_610)], metrics=known, entities=[])
    assert named.metric == "installations (MW)" and named.value == 2_610
