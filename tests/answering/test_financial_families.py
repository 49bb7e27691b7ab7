"""The reporting vocabulary's financial families beyond sales and profit: free cash flow,
net debt, dividends, average selling prices, revenue per user, operating expenses and
R&D, each asked by its usual short forms and other names, and never answering another.

"net debt" of "net borrowings" and "opex" of "operating costs" failed on the engine this
session started from (ef6c3a3); the rest are guards (short forms read from a name's
initials already, a figure by its own name, a family the company does not report)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

M = "Moravec Telecom"
Y25 = "2025-01-01/2025-12-31"

FACTS = [
    fact(M, "free cash flow", "actual", Y25, 812_000_000, "EUR", "2026-02-12"),
    fact(
        M, "net borrowings", "actual", "2025-12-31/2025-12-31", 4_100_000_000, "EUR", "2026-02-12"
    ),
    fact(M, "dividend per share", "actual", Y25, 0.62, "EUR", "2026-02-12"),
    fact(M, "mobile ARPU", "actual", Y25, 14.8, "EUR", "2026-02-12"),
    fact(M, "operating costs", "actual", Y25, 3_050_000_000, "EUR", "2026-02-12"),
    fact(M, "research and development", "actual", Y25, 240_000_000, "EUR", "2026-02-12"),
    fact(M, "revenue", "actual", Y25, 6_400_000_000, "EUR", "2026-02-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": M, "aliases": ["Moravec"]}], FACTS, "2026-02-12"))


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("moravec fcf 2025", "free cash flow"),
        ("what was moravec's net debt at the end of 2025", "net borrowings"),
        ("moravec dps for 2025?", "dividend per share"),
        ("moravec opex in 2025", "operating costs"),
        ("how much did moravec spend on r&d in 2025", "research and development"),
        ("moravec free cash flow 2025", "free cash flow"),
    ],
)
def test_a_financial_figure_by_its_other_names(engine, question, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric], answer.text


@pytest.mark.parametrize("question", ["moravec average selling price 2025", "moravec capex 2025"])
def test_a_family_the_company_does_not_report(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
