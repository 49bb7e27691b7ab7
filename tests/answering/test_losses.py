"""A profit below zero is said as a loss, and a change from or into a loss has no
percentage (a percentage of a loss says nothing)."""

from __future__ import annotations

import pytest

from tests.answering.invented import bundle, engine_over, fact

NAME = "Tallgrass Turbines"
Q2, Q3, Q3_BEFORE = "2025-04-01/2025-06-30", "2025-07-01/2025-09-30", "2024-07-01/2024-09-30"


@pytest.fixture(scope="module")
def tallgrass(seed):
    facts = [
        fact(NAME, "net profit", "actual", Q2, 60e6, "EUR", "2025-08-14"),
        fact(NAME, "net profit", "actual", Q3, -85e6, "EUR", "2025-11-05"),
        fact(NAME, "operating profit", "actual", Q3, 210e6, "EUR", "2025-11-05"),
        fact(NAME, "operating profit", "actual", Q3_BEFORE, -40e6, "EUR", "2025-11-05"),
        fact(NAME, "revenue", "actual", Q3, 4.2e9, "EUR", "2025-11-05"),
        fact(NAME, "revenue", "actual", Q2, 3.8e9, "EUR", "2025-08-14"),
    ]
    entities = [{"name": NAME, "aliases": ["Tallgrass"]}]
    return engine_over(seed, bundle(entities, facts, published="2025-11-05"))


def test_a_profit_below_zero_is_said_as_a_loss(tallgrass) -> None:
    answer = tallgrass.ask("tallgrass net profit q3 2025")
    assert answer.facts[0].fact.value == -85e6
    assert "a loss of €85 million" in answer.text and "-€" not in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "how much did tallgrass net profit change from q2 to q3 2025",
            "down €145 million from €60 million",
        ),
        (
            "tallgrass operating profit q3 2025 vs a year earlier",
            "up €250 million from a loss of €40 million",
        ),
    ],
)
def test_a_change_from_or_into_a_loss_has_no_percentage(tallgrass, question, said) -> None:
    answer = tallgrass.ask(question)
    assert said in answer.text
    assert "%" not in answer.text


def test_a_change_between_two_profits_keeps_its_percentage(tallgrass) -> None:
    answer = tallgrass.ask("tallgrass revenue q3 2025 vs q2 2025")
    assert "up €400 million (+10.5%) from €3.8 billion" in answer.text
