"""'Taa Mwanga systems sold in Q3' of a company whose lines are brands named with its own
word ("Mwanga Home systems sold", "Mwanga Lite systems sold") beside its whole ("solar home
systems sold"): the company's name said is no brand said, so the whole answers. A
brand's name is the whole run of capitals it is written with ("Mwanga Home"), though
"home" is a word reports use too. Over a company invented here (fiscal year to March,
named by its start year).

On the engine before this change the brand's line answered ("Taa Mwanga sold 45,000
Mwanga Home systems"): two wrong answers in a development set. A brand named answers
for itself (guard)."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import fact, one_company, values

C = "Taa Mwanga Energy"
Q3 = "2025-10-01/2025-12-31"
SAID = "2026-02-12"
FACTS = [
    fact(C, "solar home systems sold", "actual", Q3, 121_300, "units", SAID),
    fact(C, "Mwanga Home systems sold", "actual", Q3, 45_000, "units", SAID),
    fact(C, "Mwanga Lite systems sold", "actual", Q3, 58_000, "units", SAID),
    fact(C, "Mwanga Plus TV systems sold", "actual", Q3, 18_300, "units", SAID),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, C, "Taa Mwanga", FACTS, SAID, "03-31", "start")


@pytest.mark.parametrize(
    "question",
    ["taa mwanga systems sold q3 fy25", "how many systems did taa mwanga sell in q3 fy2025"],
)
def test_the_company_said_is_no_brand_said(engine, question) -> None:
    assert values(engine, question) == [121_300]


def test_a_brand_named_answers_for_itself(engine) -> None:  # (guard)
    assert values(engine, "mwanga home systems sold q3 fy25") == [45_000]
