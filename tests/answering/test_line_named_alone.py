"""A line named alone, its measure unsaid: "hydro 9m", "tarawhiti growth". Where the words
said name one line and the store holds one figure of it, that figure is meant; where they
reach two figures, or a measure the line lacks is said, or the word is a thing counted
(plural, or read as another word), nothing is answered. On e8d20fc
every question below was refused ("I don't have anything about 'hydro'"); the guards
were refused then too and stay so."""

from __future__ import annotations

import pytest

from bot.answering import Status
from tests.answering.invented import fact, one_company

Y23, Y24 = "2023-01-01/2023-12-31", "2024-01-01/2024-12-31"
END26 = "2026-12-31/2026-12-31"


@pytest.fixture(scope="module")
def orvisto(seed):
    o = "Orvisto Power"
    facts = [
        fact(o, "electricity generated", "actual", Y24, 9_400, "units", "2025-02-01"),
        fact(o, "hydro electricity generated", "actual", Y24, 3_350, "units", "2025-02-01"),
        fact(o, "solar electricity generated", "actual", Y24, 1_120, "units", "2025-02-01"),
        fact(o, "premium tariff customers", "actual", Y24, 41_000, "units", "2025-02-01"),
        fact(o, "premium tariff revenue", "actual", Y24, 88e6, "EUR", "2025-02-01"),
        fact(o, "Kelvane Estate cases shipped", "actual", Y23, 550_000, "units", "2024-02-01"),
        fact(o, "Kelvane Estate cases shipped", "actual", Y24, 610_000, "units", "2025-02-01"),
        fact(o, "Unlimited Wash Club members", "target", END26, 270_000, "units", "2025-02-01"),
        fact(o, "average employees on payroll", "actual", Y24, 3_100, "units", "2025-02-01"),
    ]
    return one_company(seed, o, "Orvisto", facts, "2025-02-01")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("orvisto hydro 2024?", 3_350),
        ("solar for orvisto in 2024", 1_120),
        ("hydro 2024", 3_350),  # the line implies its company, as a metric's words do
        ("orvisto kelvane 2024", 610_000),
    ],
)
def test_a_line_said_alone_is_its_one_figure(orvisto, question, value) -> None:
    answer = orvisto.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


def test_a_change_of_the_line_is_worked_out_from_its_figure(orvisto) -> None:
    answer = orvisto.ask("kelvane growth 2024, %")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[:2]] == [610_000, 550_000], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "orvisto premium 2024",  # premium customers or premium revenue: two figures
        "orvisto hydro revenue 2024",  # a measure said that the line has no figure of
        "orvisto 2026 washes guidance",  # things counted, never the "Wash Club" members
        "how many staff does orvisto have",  # a word read as "employees": a thing counted
    ],
)
def test_a_line_of_two_figures_or_with_a_measure_it_lacks_is_not_answered(orvisto, question):
    answer = orvisto.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
