"""Codes typed apart, as chat and dictation leave them: a quarter's or a half's code ("q 3",
"h 1") and a region's initials ("u s", "u k"). Over a company invented here (Borealis
Syrup, a maple co-op, fiscal years to August named by their end year).

Before 2026-12-07 "q 3 fy25 revenue" was the year's revenue and "u s sales" the whole
company's: the letters apart named nothing. Guard: the year asked plainly.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import bundle, engine_over, fact, values

B = "Borealis Syrup"
FY25, H1, Q3 = "2024-09-01/2025-08-31", "2024-09-01/2025-02-28", "2025-03-01/2025-05-31"
FACTS = [
    fact(B, "revenue", "actual", FY25, 417.8e6, "CAD", "2025-11-14"),
    fact(B, "revenue", "actual", H1, 184.6e6, "CAD", "2025-11-14"),
    fact(B, "revenue", "actual", Q3, 104.9e6, "CAD", "2025-11-14"),
    fact(B, "United States sales", "actual", FY25, 171.3e6, "CAD", "2025-11-14"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": B, "aliases": ["Borealis"], "fiscal_year_end": "08-31"}
    return engine_over(
        seed, bundle([entity | {"fiscal_year_named_by": "end"}], FACTS, "2025-11-14")
    )


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("borealis q 3 fy25 revenue", 104.9e6),
        ("borealis h 1 fy25 revenue", 184.6e6),
        ("borealis u s sales fiscal 2025", 171.3e6),
        ("borealis revenue fy25", 417.8e6),
    ],
)
def test_codes_typed_apart_are_read(engine: Engine, question: str, value: float):
    assert values(engine, question)[0] == value
