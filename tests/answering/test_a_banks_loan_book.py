"""A bank's loans and deposits in the reporting thesaurus ("loan book", "loan portfolio",
"deposit base"), and of a bank's loan figures the whole book answers a question naming
no line: "gross loans to customers" before "retail loans" (a qualifier and whom the loans
are to add no line of their own). Over a bank invented here (Karatau Bank, KZT).

On b97a921a "loan book" named no family and the retail loans answered (a wrong answer in
a development set), and "loans" alone was ambiguous between the two. Guard: "retail
loans" still answers the retail line."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import fact, one_company

K = "Karatau Bank"
END = "2025-12-31/2025-12-31"
FACTS = [
    fact(K, "gross loans to customers", "actual", END, 4.63e12, "KZT", "2026-02-20"),
    fact(K, "retail loans", "actual", END, 2.67e12, "KZT", "2026-02-20"),
    fact(K, "corporate and SME loans", "actual", END, 1.96e12, "KZT", "2026-02-20"),
    fact(K, "customer deposits", "actual", END, 5.49e12, "KZT", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, K, "Karatau", FACTS, "2026-02-20")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("karatau loan book at 31 dec 2025", 4.63e12),
        ("karatau loans at end 2025", 4.63e12),
        ("karatau loan portfolio 31 december 2025", 4.63e12),
        ("karatau retail loans 31 dec 2025", 2.67e12),
        ("karatau deposit base at 31 dec 2025", 5.49e12),
    ],
)
def test_the_figure_asked(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text
