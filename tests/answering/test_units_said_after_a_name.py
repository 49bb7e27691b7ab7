"""Metric names that say their unit after "in" ("wind turbine deliveries in MW", "cannabis
sold in kg") are read as names tagged with a unit in brackets are: the unit says how the
figure is measured, never which figure; and a measure said alone ("deliveries") names the
one thing a company counts so, its narrower lines' figures ("offshore wind turbine
deliveries") aside. Over companies invented here (calendar years).

On the engine this session started from (6c5a4a2) "deliveries", "delivery guidance" and
"volume guidance" were refused for such names, and "kilos" was no unit. A company
counting two things by one measure is a guard (never one of them for the measure
alone)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.vocabulary.name_forms import metric_unit_tag, unit_untagged, without_unit_tag
from tests.answering.invented import bundle, engine_over, fact

S, N, C = "Storvik Vind", "Nettlecombe Cannabis", "Cathmor Metals"
Y25, Q3 = "2025-01-01/2025-12-31", "2025-07-01/2025-09-30"
FACTS = [
    fact(S, "wind turbine deliveries in MW", "actual", Q3, 2_480, "units", "2025-11-05"),
    fact(S, "offshore wind turbine deliveries in MW", "actual", Q3, 610, "units", "2025-11-05"),
    fact(S, "onshore wind turbine deliveries in MW", "actual", Q3, 1_870, "units", "2025-11-05"),
    fact(
        N, "cannabis sold in kg", "actual", "2024-01-01/2024-12-31", 41_200, "units", "2025-02-07"
    ),
    fact(N, "cannabis sold in kg (low end)", "forecast", Y25, 45_500, "units", "2025-05-07"),
    fact(N, "cannabis sold in kg (high end)", "forecast", Y25, 47_000, "units", "2025-05-07"),
    fact(C, "copper cathode produced", "actual", Y25, 91_000, "units", "2026-02-01"),
    fact(C, "copper concentrate produced", "actual", Y25, 240_000, "units", "2026-02-01"),
]


@pytest.mark.parametrize(
    ("name", "untagged", "bare", "unit"),
    [
        (
            "wind turbine deliveries in MW",
            "wind turbine deliveries",
            "wind turbine deliveries",
            "mw",
        ),
        ("cannabis sold in kg (low end)", "cannabis sold (low end)", "cannabis sold", "kg"),
        ("revenue growth in CHF", "revenue growth in CHF", "revenue growth in CHF", None),
        ("sales in Europe", "sales in Europe", "sales in Europe", None),  # (a place)
    ],
)
def test_a_unit_said_after_a_name(name, untagged, bare, unit) -> None:
    assert (unit_untagged(name), without_unit_tag(name), metric_unit_tag(name)) == (
        untagged,
        bare,
        unit,
    )


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": S, "aliases": ["Storvik"]},
        {"name": N, "aliases": ["Nettlecombe"]},
        {"name": C, "aliases": ["Cathmor"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-01"))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("storvik q3 2025 deliveries", [2_480]),
        ("nettlecombe 2025 volume guidance", [45_500, 47_000]),
        ("how many kilos did nettlecombe sell in 2024", [41_200]),
    ],
)
def test_the_measure_of_the_one_thing_counted(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts)[: len(values)] == values, answer.text


def test_two_things_counted_by_one_measure(engine) -> None:  # (a guard)
    answer = engine.ask("cathmor production 2025")
    assert answer.status is not Status.ANSWERED, answer.text
