"""Two lines set against each other where one is a region the vocabulary knows and the
other a line of the company's own ("Ontario revenue vs Western Canada revenue", "the gap
between Ontario and Western Canada revenue"), and things asked by another word for them:
a bank's loans by its own word ("advances"), refrigerators as fridges, an airline's
capacity as its available seat miles; over four companies invented here.

Before 2026-12-05 the region said ("Canada") ruled out every figure of no region, so
"Ontario" went unexplained and both comparisons were refused; "loan growth" and "the
loan book" were refused at a bank that says "advances", and "fridges" where the store
says "refrigerators", and an airline's "capacity growth" where it states its ASMs
(development misses). The region's
own figure is the guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C, B, A, T = "Keewatin Cranes", "Periyar Bank", "Wolin AGD", "Tamarack Air"
FY25 = "2025-04-01/2026-03-31"
END24 = "2024-03-31/2024-03-31"

FACTS = [
    fact(C, "Ontario revenue", "actual", FY25, 248_100_000, "CAD", "2026-05-20"),
    fact(C, "Western Canada revenue", "actual", FY25, 201_600_000, "CAD", "2026-05-20"),
    fact(C, "revenue", "actual", FY25, 610_000_000, "CAD", "2026-05-20"),
    fact(B, "advances growth", "actual", FY25, 14.2, "percent", "2026-04-25"),
    fact(B, "gross advances", "actual", END24, 2_984_200_000_000, "INR", "2024-04-25"),
    fact(B, "deposits", "actual", END24, 3_512_000_000_000, "INR", "2024-04-25"),
    fact(A, "refrigerators sold", "actual", FY25, 1_940_000, "units", "2026-05-20"),
    fact(A, "dishwashers sold", "actual", FY25, 1_180_000, "units", "2026-05-20"),
    fact(
        T,
        "available seat miles",
        "actual",
        "2025-07-01/2025-09-30",
        10_391e6,
        "units",
        "2025-10-23",
    ),
    fact(
        T,
        "available seat miles",
        "actual",
        "2024-07-01/2024-09-30",
        10_226e6,
        "units",
        "2025-10-23",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": C, "aliases": ["Keewatin"], "fiscal_year_end": "03-31",
         "fiscal_year_named_by": "start"},
        {"name": B, "aliases": ["Periyar"], "fiscal_year_end": "03-31",
         "fiscal_year_named_by": "end"},
        {"name": A, "aliases": ["Wolin"], "fiscal_year_end": "03-31",
         "fiscal_year_named_by": "start"},
        {"name": T, "aliases": ["Tamarack"]},
    ]  # fmt: skip
    return engine_over(seed, bundle(entities, FACTS, "2026-05-20"))


@pytest.mark.parametrize(
    "question",
    [
        "keewatin ontario revenue vs western canada revenue fy25",
        "gap between keewatin ontario and western canada revenue fy25",
    ],
)
def test_a_line_of_its_own_against_a_region(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [248_100_000, 201_600_000], answer.text
    assert "46.5 million" in answer.text, answer.text


def test_the_regions_own_figure(engine) -> None:
    answer = engine.ask("keewatin western canada revenue fy25")
    assert [v.fact.metric for v in answer.facts] == ["Western Canada revenue"], answer.text


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("periyar loan growth fy26", "advances growth"),
        ("periyar's loan book at the end of fy24", "gross advances"),
        ("how many fridges did wolin sell in fy25", "refrigerators sold"),
    ],
)
def test_a_banks_loans_by_its_word_for_them(engine, question, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.metric == metric, answer.text


def test_an_airlines_capacity_is_its_seat_miles(engine) -> None:
    answer = engine.ask("tamarack q3 2025 capacity growth yoy")
    assert answer.status is Status.ANSWERED, answer.text
    assert "+1.6%" in answer.text, answer.text
