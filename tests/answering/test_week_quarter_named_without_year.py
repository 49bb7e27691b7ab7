"""A quarter or half named with no year ("q3 net orders", "q2 sales growth yoy", "h1") of a company
whose quarters are counted in weeks (4-4-5, the year ending on the last Saturday of
December): its own nth quarter of the latest year holding one, as a calendar company's
bare "Q3" is. Before, no week-counted quarter ever matched a quarter named without its
year, so each answer was "I don't have it for q3; I have it for Q3 2025".

Each failed on the engine this session started from (2de7fc9), except the guards: the
quarter asked with its year, and a quarter no year holds."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tarrant Joinery"
Q2_24, Q2_25 = "2024-03-31/2024-06-29", "2025-03-30/2025-06-28"
Q3_24, Q3_25 = "2024-06-30/2024-09-28", "2025-06-29/2025-09-27"
H1_24, H1_25 = "2023-12-31/2024-06-29", "2024-12-29/2025-06-28"

FACTS = [
    fact(T, "net orders", "actual", Q3_24, 401_000_000, "USD", "2024-10-30"),
    fact(T, "net orders", "actual", Q3_25, 441_600_000, "USD", "2025-10-29"),
    fact(T, "net orders", "actual", Q2_25, 472_000_000, "USD", "2025-07-30"),
    fact(T, "net sales", "actual", Q2_24, 82_900_000, "USD", "2024-07-31"),
    fact(T, "net sales", "actual", Q2_25, 87_700_000, "USD", "2025-07-30"),
    fact(T, "net sales", "actual", H1_24, 160_000_000, "USD", "2024-07-31"),
    fact(T, "net sales", "actual", H1_25, 168_000_000, "USD", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": T, "aliases": ["Tarrant"], "fiscal_year_end": "12-27"}]
    return engine_over(seed, bundle(entities, FACTS, "2025-10-29"))


def test_the_latest_own_quarter_of_that_number(engine) -> None:
    answer = engine.ask("tarrant q3 net orders")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.period.iso() for v in answer.facts] == [Q3_25], answer.text


def test_a_bare_quarter_against_the_year_before(engine) -> None:
    answer = engine.ask("tarrant q2 net sales growth yoy")
    assert answer.status is Status.ANSWERED, answer.text
    assert "+5.8%" in answer.text, answer.text
    assert {v.fact.period.iso() for v in answer.facts} == {Q2_24, Q2_25}, answer.text


def test_two_bare_quarters_compared(engine) -> None:
    answer = engine.ask("tarrant q3 orders vs q2 orders")
    assert answer.status is Status.ANSWERED, answer.text
    assert "30.4 million" in answer.text, answer.text


def test_the_quarter_with_its_year_and_one_none_holds(engine) -> None:
    with_year = engine.ask("tarrant q3 2024 net orders")
    assert [v.fact.period.iso() for v in with_year.facts] == [Q3_24], with_year.text
    assert engine.ask("tarrant q4 net orders").status is not Status.ANSWERED


def test_a_half_named_without_its_year(engine) -> None:
    answer = engine.ask("how much did tarrant's h1 net sales grow yoy")
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.period.iso() for v in answer.facts} == {H1_24, H1_25}, answer.text
    assert "+5.0%" in answer.text, answer.text
