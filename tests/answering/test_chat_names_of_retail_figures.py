"""Chat's names of a retailer's figures: "gm" is its gross margin by initials, never its
operating margin offered beside it. Over a company invented here (Thornbury Living). On
the engine of 2026-12-06 "gm" offered both margins (a development-set failure; the
figures asked by their full names are guards). "comps" of a "comparable brand revenue
growth" is not read (a first version made two other companies' comps ambiguous).
"""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import fact, one_company, values

T = "Thornbury Living"
Q3 = "2025-08-03/2025-11-01"
SAID = "2025-12-04"


@pytest.fixture(scope="module")
def retailer(seed) -> Engine:
    facts = [
        fact(T, "comparable brand revenue growth", "actual", Q3, 7.8, "percent", SAID),
        fact(T, "net revenues", "actual", Q3, 438_500_000, "USD", SAID),
        fact(T, "gross margin", "actual", Q3, 42.3, "percent", SAID),
        fact(T, "operating margin", "actual", Q3, 11.6, "percent", SAID),
    ]
    return one_company(seed, T, "Thornbury", facts, SAID, "01-31", "start")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("thornbury comparable brand revenue growth q3 fy25", 7.8),
        ("thornbury gm q3 fy25", 42.3),
        ("thornbury gross margin q3 fy25", 42.3),
        ("thornbury operating margin q3 fy25", 11.6),
    ],
)
def test_the_figure_chat_names(retailer, question, value) -> None:
    assert values(retailer, question) == [value]
