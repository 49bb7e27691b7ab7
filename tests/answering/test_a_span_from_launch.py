"""A span counted from a product's launch, over a company invented here (Dabrowa Games: a
title launched 14 May 2025, its copies sold in its first week and since launch to three
later days): "first week sales" is the first week's figure, "its first 3 days" a span the
store lacks, said so. On the engine of 2026-12-05 both were answered with the total since
launch to the latest day, a wrong answer (a development set written that day). Guards:
the copies sold asked with no span are the latest total; "14-20 May 2025", days of one
month said once, is the first week too (read as 20 May alone before)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

D = "Dabrowa Games"
WEEK, TO_JUNE, TO_MARCH = "2025-05-14/2025-05-20", "2025-05-14/2025-06-30", "2025-05-14/2026-03-15"
FACTS = [
    fact(D, "Iron Marsh copies sold", "actual", WEEK, 610_000, "units", "2025-05-22"),
    fact(D, "Iron Marsh copies sold", "actual", TO_JUNE, 1_350_000, "units", "2025-09-10"),
    fact(D, "Iron Marsh copies sold", "actual", TO_MARCH, 2_200_000, "units", "2026-03-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, D, "Dabrowa", FACTS, "2026-03-20")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("iron marsh first week sales", 610_000),
        ("how many copies did iron marsh sell in its first week", 610_000),
        ("how many copies did iron marsh sell in its first 7 days", 610_000),
        ("how many copies did iron marsh sell 14-20 may 2025", 610_000),
        ("iron marsh copies sold", 2_200_000),
    ],
)
def test_the_span_from_launch(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


def test_a_span_from_launch_not_held(engine) -> None:
    answer = engine.ask("how many copies did iron marsh sell in its first 3 days")
    assert answer.status is not Status.ANSWERED, answer.text
