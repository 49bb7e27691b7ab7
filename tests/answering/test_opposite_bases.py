"""A question that names one side of a figure's basis (profit before tax, gross) is never
answered with the figure of the other side (profit after tax, net), though the small word
also names a time or a sum. Over a company invented here (Songhac Digital, calendar years:
profit before tax for 2024 only, profit after tax and its change for both years).

Before 2026-12-07 "profit before tax growth 2024 vs 2023" was answered with the growth of
profit after tax (the stated change explained more of the question's words). Guards: the
after-tax growth asked, and profit before tax asked alone.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.reading.opposite_bases import other_side_named
from tests.answering.invented import bundle, engine_over, fact, values

S = "Songhac Digital"
Y24, Y23 = "2024-01-01/2024-12-31", "2023-01-01/2023-12-31"
FACTS = [
    fact(S, "profit before tax", "actual", Y24, 905e9, "VND", "2025-03-01"),
    fact(S, "profit after tax", "actual", Y24, 718e9, "VND", "2025-03-01"),
    fact(S, "profit after tax", "actual", Y23, 402e9, "VND", "2025-03-01"),
    fact(S, "profit after tax change", "actual", Y24, 78.6, "percent", "2025-03-01"),
    fact(S, "EBITA", "actual", Y24, 1_020e9, "VND", "2025-03-01"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": S, "aliases": ["Songhac"]}], FACTS, "2025-03-01"))


def test_before_tax_growth_is_never_after_tax_growth(engine: Engine):
    answer = engine.ask("songhac profit before tax 2024 growth vs 2023")
    assert answer.status is not Status.ANSWERED, answer.text


def test_after_tax_growth_is_still_answered(engine: Engine):
    answer = engine.ask("songhac profit after tax 2024 growth vs 2023")
    assert answer.status is Status.ANSWERED, answer.text
    assert "718" in answer.text


def test_before_tax_alone_is_its_figure(engine: Engine):
    assert values(engine, "songhac profit before tax 2024")[0] == 905e9


def test_one_earnings_measure_is_never_another(engine: Engine):
    # (before 2026-12-07 "ebit" was answered with the EBITA: vattern-industri, development)
    assert engine.ask("songhac ebit 2024").status is not Status.ANSWERED
    assert values(engine, "songhac ebita 2024")[0] == 1_020e9


def test_the_other_side_of_a_basis():
    assert other_side_named("profit after tax", ["profit", "before", "tax"]) == "after"
    assert other_side_named("net sales", ["gross", "sale"]) == "net"
    assert other_side_named("profit after tax", ["profit", "after", "tax"]) is None
    assert other_side_named("EBITA", ["ebit", "q3"]) == "ebita"
    assert other_side_named("EBITDA margin", ["ebitda", "margin"]) is None
