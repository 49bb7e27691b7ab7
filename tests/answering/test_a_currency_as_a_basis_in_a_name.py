"""A currency said before "based" in a figure's name, over a company invented here
(Tamsin Identity; fiscal years to January, named by their end).

"Dollar-based net revenue retention" is a percentage measured on dollars: no figure in
dollars. "Revenue growth in dollars" asks the change of revenue as an amount, never the
retention rate whose name holds "dollar"; and the rate is still found by its own name.

On the engine this session started from (3f25a2a) "revenue growth fy2025 in dollars"
answered the retention rate (a wrong answer); "in $" and the rate asked by its name passed
before too: guards. "Revenue dollar growth %" asks the stated percentage of the dollars:
before 2026-12-05 the currency read as an amount asked, and the answer led with the
levels (a wrong answer in the development sets)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tamsin Identity"
FY24, FY25 = "2023-02-01/2024-01-31", "2024-02-01/2025-01-31"
FACTS = [
    fact(T, "revenue", "actual", FY24, 281_900_000, "USD", "2025-03-11"),
    fact(T, "revenue", "actual", FY25, 352_700_000, "USD", "2025-03-11"),
    fact(T, "revenue growth", "actual", FY25, 25, "percent", "2025-03-11"),
    fact(T, "dollar-based net revenue retention rate", "actual", "2024-01-31/2024-01-31", 121,
         "percent", "2025-03-11"),
    fact(T, "dollar-based net revenue retention rate", "actual", "2025-01-31/2025-01-31", 118,
         "percent", "2025-03-11"),
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": T, "aliases": ["Tamsin"], "fiscal_year_end": "01-31",
                 "fiscal_year_named_by": "end"}]  # fmt: skip
    return engine_over(seed, bundle(entities, FACTS, "2025-03-11"))


@pytest.mark.parametrize(
    "question",
    ["tamsin revenue growth fy2025 in dollars", "how much did tamsin's revenue grow in fy25, in $"],
)
def test_growth_in_dollars_is_the_change_of_revenue(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [281_900_000, 352_700_000], answer.text
    assert "$70.8 million" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "tamsin dollar-based net retention at end of fy25",
        "tamsin dollar-based net revenue retention rate at end of fy25",
    ],
)
def test_the_rate_by_its_own_name(engine, question) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [118], answer.text


@pytest.mark.parametrize(
    "question",
    ["tamsin revenue dollar growth % fy2025", "tamsin fy25 revenue growth in percent, $"],
)
def test_a_percentage_of_dollars_is_the_stated_rate(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [25], answer.text


def test_growth_in_the_reporting_currency_beside_growth_in_local_currencies(seed) -> None:
    """'premium growth in francs' of a company stating its premiums' growth and their
    growth in local currencies: the currency contrasts the two bases, so the rate as
    reported, not the francs the premiums grew by (before 2026-12-05 the answer led with
    the level: a wrong answer in a development set), nor the local-currency rate. "How
    much did premiums grow, in francs" still asks the francs."""
    c = "Tamsin Re"
    h1, h1_before = "2025-01-01/2025-06-30", "2024-01-01/2024-06-30"
    facts = [
        fact(c, "gross written premiums", "actual", h1, 13_086e6, "CHF", "2025-08-14"),
        fact(c, "gross written premiums", "actual", h1_before, 12_690e6, "CHF", "2025-08-14"),
        fact(c, "gross written premiums growth", "actual", h1, 3.1, "percent", "2025-08-14"),
        fact(c, "gross written premiums growth in local currencies", "actual", h1, 4.8,
             "percent", "2025-08-14"),
    ]  # fmt: skip
    engine = engine_over(seed, bundle([{"name": c, "aliases": ["Tamsin"]}], facts, "2025-08-14"))
    answer = engine.ask("tamsin premium growth in francs h1 2025")
    assert [v.fact.value for v in answer.facts] == [3.1], answer.text
    answer = engine.ask("tamsin premium growth in local currencies h1 2025")
    assert [v.fact.value for v in answer.facts] == [4.8], answer.text
    answer = engine.ask("how much did tamsin's premiums grow in francs in h1 2025")
    assert "396 million" in answer.text, answer.text
