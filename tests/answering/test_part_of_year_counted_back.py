"""A quarter or half named without its year, then "a year earlier" / "the year before":
that part of the year before the latest one held, over a company invented here.

Quillmoor Grain's fiscal year ends in August, named by its end year. On the engine this
session started from (0d89f48) "q3 volume a year earlier" and "h1 volume the year before"
were refused ("I don't have ... for a year earlier"): the relative year was counted from a
quarter that has no year, which names no period. "q3 last year" counts from today, not
from the latest Q3, and stays refused here; the latest Q3 alone is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Quillmoor Grain"
FACTS = [
    fact(T, "sales volume", "actual", "2025-03-01/2025-05-31", 412_000, "units", "2025-07-09"),
    fact(T, "sales volume", "actual", "2024-03-01/2024-05-31", 398_500, "units", "2025-07-09"),
    fact(T, "sales volume", "actual", "2024-09-01/2025-02-28", 861_000, "units", "2025-04-08"),
    fact(T, "sales volume", "actual", "2023-09-01/2024-02-29", 840_200, "units", "2025-04-08"),
    fact(T, "revenue", "actual", "2025-03-01/2025-05-31", 1.9e9, "CHF", "2025-07-09"),
]
ENTITIES = [
    {
        "name": T,
        "aliases": ["Quillmoor"],
        "fiscal_year_end": "08-31",
        "fiscal_year_named_by": "end",
    }
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2025-07-09"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("quillmoor q3 volume a year earlier", 398_500),
        ("what was quillmoor's h1 sales volume the year before?", 840_200),
        ("quillmoor q3 sales volume the prior year", 398_500),
        ("quillmoor q3 volume", 412_000),
    ],
)
def test_undated_part_counted_back_from_the_latest(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_no_figure_a_year_before_is_no_answer(engine) -> None:
    # the latest Q3 revenue has no Q3 a year before it in the store
    answer = engine.ask("quillmoor q3 revenue a year earlier")
    assert answer.status is Status.UNKNOWN, answer.text
    assert not answer.facts, answer.text
