"""A running total asked "up to" a day, over a company invented here (Dudh Kosi Power;
calendar years): "cumulative generation up to 31 December 2024" is the running total to
the end of 2025 less 2025's own generation. On the engine of 2026-12-05 (25b09efa) only
"at the end of" and "as of" asked a running total at a day; "up to" was answered with the
year ending that day (a development answer read as wrong)."""

from __future__ import annotations

import pytest

from tests.answering.invented import fact, one_company, values

D = "Dudh Kosi Power"
FACTS = [
    fact(D, "generation", "actual", "2018-01-01/2025-12-31", 1_412.0, "units", "2026-02-01"),
    fact(D, "generation", "actual", "2025-01-01/2025-12-31", 196.85, "units", "2026-02-01"),
    fact(D, "generation", "actual", "2024-01-01/2024-12-31", 221.4, "units", "2026-02-01"),
]


@pytest.fixture(scope="module")
def engine(seed):
    return one_company(seed, D, "Dudh Kosi", FACTS, "2026-02-01")


def test_a_running_total_up_to_a_day(engine) -> None:
    answer = engine.ask("cumulative dudh kosi generation up to 31 december 2024")
    assert sorted(v.fact.value for v in answer.facts) == [196.85, 1_412.0], answer.text
    assert "1,215.15" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("dudh kosi generation 2024", 221.4),  # (guards: a year's own figure)
        ("cumulative dudh kosi generation up to 31 december 2025", 1_412.0),
    ],
)
def test_a_years_own_figure(engine, question, value) -> None:
    assert values(engine, question) == [value]
