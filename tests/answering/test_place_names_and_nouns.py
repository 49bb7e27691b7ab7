"""A line's or place's own name read as a name, never as reporting words: "Eagle Falls
generation" is the Eagle Falls plant's output, so "generation growth yoy" is the company's
(before, the plant's "Falls" read as a fall of the figure and answered for the whole); and
"sell under contract" names a contract, never a contraction of the figure (before, the
words were read as a move and the total output answered for the contracted sales); and a
participle whose lemma is a reporting word ("customers lost") is no loss, so "net profit"
never names it.

The three failed on the engine this session started from (2de7fc9), each with a wrong
figure; the guard (the plant asked by name) passed."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tarn Hydro"
Q1_25, Q1_24 = "2025-01-01/2025-03-31", "2024-01-01/2024-03-31"

FACTS = [
    fact(T, "generation", "actual", Q1_25, 3_600, "units", "2025-04-30"),
    fact(T, "generation", "actual", Q1_24, 3_400, "units", "2024-04-30"),
    fact(T, "Eagle Falls generation", "actual", Q1_25, 1_800, "units", "2025-04-30"),
    fact(T, "Eagle Falls generation", "actual", Q1_24, 1_700, "units", "2024-04-30"),
    fact(T, "Stony Creek generation", "actual", Q1_25, 1_800, "units", "2025-04-30"),
    fact(T, "contracted share of output", "actual", Q1_25, 75.0, "percent", "2025-04-30"),
    fact(T, "customers lost", "actual", Q1_25, 42, "units", "2025-04-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Tarn"]}], FACTS, "2025-04-30"))


def test_a_place_s_falls_is_no_fall(engine) -> None:
    answer = engine.ask("tarn q1 2025 generation growth yoy")
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.metric for v in answer.facts} == {"generation"}, answer.text
    assert "+5.9%" in answer.text, answer.text


def test_the_plant_by_its_name(engine) -> None:
    answer = engine.ask("eagle falls generation q1 2025")
    assert [v.fact.metric for v in answer.facts] == ["Eagle Falls generation"], answer.text


def test_under_contract_is_no_contraction(engine) -> None:
    answer = engine.ask("how much power did tarn sell under contract in q1 2025")
    assert not (answer.status is Status.ANSWERED and answer.facts[0].fact.metric == "generation"), (
        answer.text
    )


def test_a_count_lost_is_no_loss(engine) -> None:
    """'Customers lost' is a count: "net profit" (a loss's family) never names it."""
    answer = engine.ask("tarn net profit q1 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    lost = engine.ask("tarn customers lost q1 2025")
    assert [v.fact.value for v in lost.facts] == [42], lost.text
