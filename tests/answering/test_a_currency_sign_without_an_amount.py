"""A currency sign that states no amount asks for that currency, as its name does: "how
many $ of season passes" is the passes' sales in dollars, never the count of passes, over
a company invented here (Larchmere Resorts, CAD; season passes counted and in money).

On the engine this session started from (768d1894) the sign was no word at all, "how
many" asked a count and the pass units were given: a wrong answer (in a development set
written this session). Guards: the sign before an amount is still the amount's ("passes
above $300m"), and the question without a sign still asks the count."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from bot.answering.reading.currencies import signs_said
from tests.answering.invented import fact, one_company

L = "Larchmere Resorts"
SEASON = "2025-02-25/2025-09-21"
FACTS = [
    fact(L, "season pass units sold", "actual", SEASON, 352_800, "units", "2025-09-24"),
    fact(L, "season pass sales", "actual", SEASON, 287_500_000, "CAD", "2025-09-24"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, L, "Larchmere", FACTS, "2025-09-24", "07-31")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many $ of season passes had larchmere sold through sept 21 2025", 287_500_000),
        ("larchmere season pass sales in $ through sept 21 2025", 287_500_000),
        ("how many season passes had larchmere sold through sept 21 2025", 352_800),
        # (a currency asked says the measure: money, though "sell" counts things too)
        ("what did larchmere sell through sept 21 2025, in $", 287_500_000),
    ],
)
def test_the_sign_asks_its_currency(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("how many $ of passes", "how many dollars of passes"),
        ("sales in €?", "sales in euros?"),
        ("revenue (£)", "revenue (pounds)"),
        ("sales of $5bn", "sales of $5bn"),  # (an amount's sign stays)
        ("US$ revenue", "US$ revenue"),  # (a prefix's, read where it is)
        ("£m revenue", "£m revenue"),
    ],
)
def test_only_a_sign_with_no_amount_is_said(text, said) -> None:
    assert signs_said(text) == said
