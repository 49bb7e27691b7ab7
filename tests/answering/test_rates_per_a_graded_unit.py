"""A rate per a unit a grade's code leads ("unit cost per 4E ounce", "basket price per 6E
ounce"), asked the way chat asks it: "per ounce", "per oz". Over Tlhabane Platinum,
invented here.

Before 2026-12-04 the name's divisor was not read past the code ("4E" is no word), so
"unit cost per ounce" found no rate per ounce and refused ("nothing about 'cost'"), and
"per oz" matched no unit spelt out after the code. Guard: a rate per another unit
("per tonne") is never this one.

A rate per tonne asked "EBITDA/t" (Narmada Cement): a bare "t" after a slash is a tonne.
Before, the slash went unread and the EBITDA itself was given (a wrong answer); the
EBITDA asked alone is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import bundle, engine_over, fact, values

T = "Tlhabane Platinum"
FY25, FY24 = "2024-07-01/2025-06-30", "2023-07-01/2024-06-30"
Q2 = "2025-07-01/2025-09-30"
FACTS = [
    fact(T, "unit cost per 4E ounce", "actual", FY25, 22_410, "ZAR", "2025-08-28"),
    fact(T, "unit cost per 4E ounce", "actual", FY24, 20_730, "ZAR", "2024-08-29"),
    fact(T, "4E ounces produced", "actual", FY25, 1_020_000, "units", "2025-08-28"),
    fact(T, "revenue", "actual", FY25, 31_200_000_000, "ZAR", "2025-08-28"),
    fact("Narmada Cement", "EBITDA", "actual", Q2, 8_120_000_000, "INR", "2025-10-28"),
    fact("Narmada Cement", "EBITDA per tonne", "actual", Q2, 1_094, "INR", "2025-10-28"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": T, "aliases": ["Tlhabane"], "fiscal_year_end": "06-30",
                 "fiscal_year_named_by": "end"},
                {"name": "Narmada Cement", "aliases": ["Narmada"]}]  # fmt: skip
    return engine_over(seed, bundle(entities, FACTS, "2025-08-28"))


@pytest.mark.parametrize(
    "question",
    ["tlhabane unit cost per ounce fy25", "unit cost per oz f2025 tlhabane"],
)
def test_a_rate_per_a_graded_unit(engine, question) -> None:
    assert values(engine, question) == [22_410]


def test_its_change(engine) -> None:
    answer = engine.ask("how much did tlhabane's unit cost per oz go up in f2025 vs f2024")
    assert sorted(v.fact.value for v in answer.facts) == [20_730, 22_410], answer.text
    assert "1,680" in answer.text, answer.text


def test_a_rate_per_another_unit_is_not_it(engine) -> None:
    answer = engine.ask("tlhabane unit cost per tonne fy25")
    assert 22_410 not in [v.fact.value for v in answer.facts], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [("narmada ebitda/t q3 2025", 1_094), ("narmada ebitda q3 2025", 8_120_000_000)],
)
def test_a_rate_per_tonne_after_a_slash(engine, question, value) -> None:
    assert values(engine, question) == [value]
