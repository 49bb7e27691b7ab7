"""A word typed in capitals that a figure's name is read from whole names that figure,
whatever else the dictionary says it is: "PAT margin" asks a margin of profit after tax
("pat" is also an English verb), worked out of net profit and revenue, never the EBITDA
margin the company states. Over a motorcycle maker invented here (Kaveri Motors). On the
engine of 2026-12-06 the EBITDA margin was given: a wrong answer of a development set.
The EBITDA margin asked as such and PAT alone are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

K = "Kaveri Motors"
Q3 = "2025-10-01/2025-12-31"
FACTS = [
    fact(K, "revenue", "actual", Q3, 50_000_000_000, "INR", "2026-01-30"),
    fact(K, "net profit", "actual", Q3, 6_000_000_000, "INR", "2026-01-30"),
    fact(K, "EBITDA margin", "actual", Q3, 15.2, "percent", "2026-01-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, K, "Kaveri", FACTS, "2026-01-30", year_end="03-31", named_by="end")


def test_a_margin_of_the_figure_the_initials_name(engine) -> None:
    answer = engine.ask("kaveri PAT margin q3fy26")
    assert answer.status is Status.ANSWERED, answer.text
    assert "12.0%" in answer.text, answer.text
    assert 15.2 not in [v.fact.value for v in answer.facts], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kaveri ebitda margin q3fy26", 15.2),
        ("kaveri PAT q3fy26", 6_000_000_000),
        ("kaveri revenue INR q3fy26", 50_000_000_000),
    ],
)
def test_each_figure_as_named(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text
