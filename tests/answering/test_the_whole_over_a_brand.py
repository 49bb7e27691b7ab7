"""A plain word the company's whole means, over a telecom invented here (Kapo Telecom:
"subscribers", "data subscribers", and its "Tumbili Money active customers" wallet): "kapo
customers" are its subscribers, "kapo data customers" its data subscribers, never the
wallet's line, which only shares the word. On the engine of 2026-12-05 (511fa94d) both
were answered with the wallet's customers (development answers read as wrong). Naming the
wallet ("kapo tumbili customers") is the guard."""

from __future__ import annotations

import pytest

from tests.answering.invented import fact, one_company, values

K = "Kapo Telecom"
END = "2025-03-31/2025-03-31"
FACTS = [
    fact(K, "subscribers", "actual", END, 17_420_000, "units", "2025-05-20"),
    fact(K, "data subscribers", "actual", END, 8_910_000, "units", "2025-05-20"),
    fact(K, "Tumbili Money active customers", "actual", END, 9_370_000, "units", "2025-05-20"),
]


@pytest.fixture(scope="module")
def engine(seed):
    return one_company(seed, K, "Kapo", FACTS, "2025-05-20", year_end="03-31", named_by="end")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kapo customers at the end of march 2025", 17_420_000),
        ("kapo data customers at end-FY25", 8_910_000),
        ("kapo tumbili customers at the end of march 2025", 9_370_000),  # (guard)
    ],
)
def test_the_whole_over_a_brand(engine, question, value) -> None:
    assert values(engine, question) == [value]
