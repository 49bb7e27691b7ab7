"""Units of one dimension at another scale: the extractor keeps the text's unit, the
benchmark compares a candidate with its gold fact after converting between them."""

from bench.ingest_eval import _matches
from bot.facts.unit_scales import converted, metric_unit, short_unit

PERIOD = "2025-01-01/2025-12-31"


def _fact(metric: str, value: float, high: float | None = None) -> dict:
    return {
        "metric": metric,
        "kind": "actual",
        "period": PERIOD,
        "value": value,
        "value_high": high,
        "unit": "units",
    }


def test_units_written_out_or_short_read_as_one():
    assert short_unit("gigawatts") == "GW"
    assert short_unit("megawatt-hours") == "MWh"
    assert short_unit("gwh") == "GWh"
    assert short_unit("mt") is None  # never a mass folded from small letters
    assert metric_unit("rotor deliveries (GW)") == "GW"
    assert metric_unit("rotor deliveries") is None


def test_conversion_within_a_dimension_only():
    assert converted(3400, "MW", "GW") == 3.4
    assert converted(2.5, "Mt", "kt") == 2500
    assert converted(1, "GW", "GWh") is None


def test_a_candidate_in_megawatts_is_the_gold_fact_in_gigawatts():
    assert _matches(_fact("rotor deliveries (MW)", 3400), _fact("rotor deliveries (GW)", 3.4))
    assert not _matches(_fact("rotor deliveries (MW)", 3400), _fact("rotor deliveries", 3.4))
    assert not _matches(_fact("battery output (MWh)", 3400), _fact("rotor deliveries (GW)", 3.4))


def test_a_range_converts_both_ends():
    gold = {**_fact("rotor deliveries (GW) (low end)", 2.0, 2.5)}
    assert _matches(_fact("rotor deliveries (MW)", 2000, 2500), gold)
