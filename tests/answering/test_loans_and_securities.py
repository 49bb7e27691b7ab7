"""Reporting words of banks and trusts, over two companies invented here (Periyar Bank,
fiscal years to March named by their end; Wombat Self Storage, fiscal years to June named
by their end).

A bank's "advances" are its loans: "loan growth" and "the loan book" ask its advances
growth and its gross advances. A trust's "earnings per security" is its EPS. A company
holding no loans is never answered with another figure for "loans".

On the engine this session started from (5c67d98) both questions of loans were refused
(the trust's "eps" was read already, its "earnings per security" now by the vocabulary
too); the company without loans is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

B, W = "Periyar Bank", "Wombat Self Storage"
FY26 = "2025-04-01/2026-03-31"
FACTS = [
    fact(B, "gross advances", "actual", "2026-03-31/2026-03-31", 3.9e12, "INR", "2026-04-25"),
    fact(B, "advances growth", "actual", FY26, 14.2, "percent", "2026-04-25"),
    fact(B, "deposits", "actual", "2026-03-31/2026-03-31", 4.6e12, "INR", "2026-04-25"),
    fact(
        W,
        "underlying earnings per security",
        "actual",
        "2025-07-01/2025-12-31",
        0.121,
        "AUD",
        "2026-02-20",
    ),
    fact(W, "revenue", "actual", "2025-07-01/2025-12-31", 1.1e8, "AUD", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": B,
            "aliases": ["Periyar"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "end",
        },
        {
            "name": W,
            "aliases": ["Wombat"],
            "fiscal_year_end": "06-30",
            "fiscal_year_named_by": "end",
        },
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-04-25"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("periyar loan growth fy26", 14.2),
        ("periyar's loan book at the end of march 2026", 3.9e12),
        ("wombat underlying eps h1 fy26", 0.121),
    ],
)
def test_words_of_banks_and_trusts(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_loans_of_a_company_holding_none(engine) -> None:
    answer = engine.ask("wombat loan book at december 2025")
    assert answer.status is not Status.ANSWERED, answer.text
