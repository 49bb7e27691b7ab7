"""The trimestre, semestre and twelve months of Spanish and Portuguese reports, as their
readers write them in chat, over a company invented here (Olivares Envases, calendar year,
EUR): "net sales 2t25" is Q2 2025, "ebitda 1s24" H1 2024, "sales 12m25" the year 2025.

On the engine this session started from (768d1894) each code was a word nobody explained,
and every such question was refused ("nothing about “1s25”"; 28 development questions over
three companies). Guards: the English codes still read the same, and a code whose
period the store does not hold is still refused, never answered by another period."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

OE = "Olivares Envases"
FACTS = [
    fact(OE, "net sales", "actual", "2025-04-01/2025-06-30", 88.4, "EUR", "2025-07-30"),
    fact(OE, "net sales", "actual", "2025-01-01/2025-06-30", 171.2, "EUR", "2025-07-30"),
    fact(OE, "net sales", "actual", "2024-01-01/2024-06-30", 160.5, "EUR", "2025-07-30"),
    fact(OE, "EBITDA", "actual", "2024-01-01/2024-06-30", 21.7, "EUR", "2025-07-30"),
    fact(OE, "net sales", "actual", "2025-01-01/2025-12-31", 349.0, "EUR", "2026-02-26"),
    fact(OE, "net sales", "actual", "2024-01-01/2024-12-31", 331.9, "EUR", "2026-02-26"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, OE, "Olivares", FACTS, "2026-02-26")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("olivares net sales 2t25", 88.4),
        ("olivares net sales 2q25", 88.4),
        ("olivares ebitda 1s24", 21.7),
        ("net sales 1S25 olivares", 171.2),
        ("olivares sales 12m25", 349.0),
        ("olivares net sales for 12M2024", 331.9),
    ],
)
def test_the_code_names_its_period(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_two_codes_compare_their_periods(engine) -> None:
    answer = engine.ask("olivares net sales growth 1s25 vs 1s24, %")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [160.5, 171.2]
    assert "6.7%" in answer.text


@pytest.mark.parametrize("question", ["olivares net sales 3t25", "olivares ebitda 2s24"])
def test_a_period_not_held_is_refused(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
