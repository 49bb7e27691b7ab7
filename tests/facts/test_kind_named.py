"""A metric named with its own kind ("net sales forecast" for forecasts) beside the
figure's own name ("net sales") is stored by the figure's name, so the forecast and the
actual it is set against are one series. On
e8d20fc a bundle naming its forecasts so kept two series: "did front-of-shop hit the
£625m they guided" gave the forecast with no verdict, and "how many more pharmacies to
reach the goal" the goal alone."""

from __future__ import annotations

import pytest

from bot.answering import Status
from bot.facts.bundle import parse_bundle
from bot.facts.fields import fact_from_fields
from bot.facts.kind_named import casefolded, named_for_kind
from bot.facts.model import SHARED_SCOPE, Kind
from tests.answering.invented import bundle, engine_over, fact

HELD = ["front-of-shop sales", "shipment (MW)", "pharmacies", "revenue"]


@pytest.mark.parametrize(
    ("metric", "kind", "named"),
    [
        ("front-of-shop sales forecast", Kind.FORECAST, "front-of-shop sales"),
        ("shipment guidance (MW) (high end)", Kind.FORECAST, "shipment (MW) (high end)"),
        ("pharmacies target", Kind.TARGET, "pharmacies"),
        ("pharmacies goal", Kind.TARGET, "pharmacies"),
        # the figure's name not held beside it, another kind's word, a word of the name
        # itself: kept
        ("doors target", Kind.TARGET, "doors target"),
        ("new order target achievement", Kind.ACTUAL, "new order target achievement"),
        ("pharmacies target", Kind.ACTUAL, "pharmacies target"),
        ("revenue forecast", Kind.TARGET, "revenue forecast"),
        ("forecast", Kind.FORECAST, "forecast"),
    ],
)
def test_a_name_less_its_own_kind(metric, kind, named) -> None:
    assert named_for_kind(metric, kind, casefolded(HELD)) == named


H = "Harlow Chemists"
FY = "2024-09-01/2025-08-30"
FACTS = [
    fact(H, "front-of-shop sales", "actual", FY, 612.5e6, "GBP", "2025-10-20"),
    fact(H, "front-of-shop sales forecast", "forecast", FY, 625e6, "GBP", "2025-04-15"),
]


def test_a_bundle_stores_a_forecast_by_its_figures_name() -> None:
    data = parse_bundle(bundle([{"name": H}], FACTS, published="2025-10-20"))
    assert {f.metric for f in data.facts} == {"front-of-shop sales"}


def test_the_forecast_named_so_is_set_against_its_actual(seed) -> None:
    engine = engine_over(seed, bundle([{"name": H, "aliases": ["Harlow"]}], FACTS, "2025-10-20"))
    answer = engine.ask(
        "did harlow's front-of-shop sales hit the forecast for the year to august 2025?"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("No"), answer.text
    assert [v.fact.value for v in answer.facts[:2]] == [612.5e6, 625e6], answer.text


def test_a_fact_typed_by_an_admin_is_named_alike(store) -> None:
    fields = {
        "entity": "Sony",
        "metric": "smartphones sold target",
        "kind": "target",
        "period": "FY2015",
        "value": "40M",
        "source": "sony-fy2013-results",
        "quote": "typed",
    }
    typed = fact_from_fields(fields, store=store, scope=SHARED_SCOPE)
    assert typed.metric == "smartphones sold"  # (a metric the store holds)
