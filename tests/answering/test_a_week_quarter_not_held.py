"""A quarter or half no figure is held for, of a chain whose 52/53-week year runs in 16-,
12-, 12- and 12-week quarters (Cottonwood Biscuit, invented here: fiscal 2025 is 30 Dec
2024 – 28 Dec 2025): "Q3 FY25 revenues" is the year less the quarters held either side
of it (its weeks, 14 Jul – 5 Oct, are the gap they leave), and "H2 FY25" the year less
the 28-week first half. On the engine of 2026-12-05 both were "I don't have that": the
months of a calendar quarter (Jul – Sep) were looked for, which no week-counted figure
stands for (a development set written that day). Guards: a held quarter is answered as
held, and a quarter whose neighbours are not held is still not worked out."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

C = "Cottonwood Biscuit"
FY25, FY24 = "2024-12-30/2025-12-28", "2024-01-01/2024-12-29"
Q1, Q2, Q4 = "2024-12-30/2025-04-20", "2025-04-21/2025-07-13", "2025-10-06/2025-12-28"
H1 = "2024-12-30/2025-07-13"
FACTS = [
    fact(C, "total revenues", "actual", FY25, 1_352_600_000, "USD", "2026-02-24"),
    fact(C, "total revenues", "actual", Q1, 412_700_000, "USD", "2025-05-06"),
    fact(C, "total revenues", "actual", Q2, 309_800_000, "USD", "2025-07-29"),
    fact(C, "total revenues", "actual", Q4, 318_000_000, "USD", "2026-02-24"),
    fact(C, "system-wide sales", "actual", FY25, 3_135_200_000, "USD", "2026-02-24"),
    fact(C, "system-wide sales", "actual", H1, 1_675_000_000, "USD", "2025-07-29"),
    fact(C, "system-wide sales", "actual", FY24, 2_987_400_000, "USD", "2026-02-24"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, C, "Cottonwood", FACTS, "2026-02-24")


@pytest.mark.parametrize(
    ("question", "operands", "said"),
    [
        (
            "cottonwood q3 fy25 total revenues",
            [1_352_600_000, 412_700_000, 309_800_000, 318_000_000],
            "$312.1 million",
        ),
        ("cottonwood h2 fy25 system-wide sales", [3_135_200_000, 1_675_000_000], "1,460.2 million"),
    ],
)
def test_a_part_the_held_figures_leave(engine, question, operands, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == operands, answer.text
    assert said in answer.text and "14 Jul 2025" in answer.text, answer.text


def test_a_held_quarter_is_answered_as_held(engine) -> None:
    answer = engine.ask("cottonwood q2 fy25 total revenues")
    assert [v.fact.value for v in answer.facts] == [309_800_000], answer.text


def test_no_quarter_where_its_neighbours_are_not_held(engine) -> None:
    answer = engine.ask("cottonwood q3 fy25 system-wide sales")
    assert answer.status is not Status.ANSWERED, answer.text
