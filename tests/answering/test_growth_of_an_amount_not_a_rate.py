"""'Revenue growth' is the amount's change, never a stated growth of a rate of it
("revenue per bay growth"), over a company invented here.

Dunmere Parking states its revenue, its revenue per bay, and that rate's growth. On the
engine this session started from (0d89f48) "revenue growth 2025" answered the rate's
growth, 4.1% (a wrong figure: revenue grew 6.9%), and "the 2026 revenue guidance midpoint
vs 2025 actual, growth" was refused ("no range for that figure"): the rate's name took
in the word "growth", so it seemed to fit more of the question than revenue. The rate's
growth asked by its own words is a guard. Calloway Waste states its revenue growth beside its
revenue, and guides revenue: "the 2026 revenue guidance midpoint growth vs 2025 actual"
was refused, the stated growth's name having taken the word "growth" (this session)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

D, C = "Dunmere Parking", "Calloway Waste"
Y25, Y24, Y26 = "2025-01-01/2025-12-31", "2024-01-01/2024-12-31", "2026-01-01/2026-12-31"
FACTS = [
    fact(D, "revenue", "actual", Y25, 1171.5e6, "EUR", "2026-02-26"),
    fact(D, "revenue", "actual", Y24, 1096.2e6, "EUR", "2026-02-26"),
    fact(D, "revenue per leased bay", "actual", Y25, 2148, "EUR", "2026-02-26"),
    fact(D, "revenue per leased bay growth", "actual", Y25, 4.1, "percent", "2026-02-26"),
    fact(D, "revenue", "forecast", Y26, 1.22e9, "EUR", "2026-02-26", high=1.26e9),
    fact(C, "revenue", "actual", Y25, 5.87e9, "USD", "2026-02-25"),
    fact(C, "revenue growth", "actual", Y25, 4.2, "percent", "2026-02-25"),
    fact(C, "revenue (low end)", "forecast", Y26, 6.15e9, "USD", "2026-02-25"),
    fact(C, "revenue (high end)", "forecast", Y26, 6.25e9, "USD", "2026-02-25"),
]
ENTITIES = [{"name": D, "aliases": ["Dunmere"]}, {"name": C, "aliases": ["Calloway"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-02-26"))


def test_revenue_growth_is_the_amounts_change(engine) -> None:
    answer = engine.ask("dunmere revenue growth 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [1096.2e6, 1171.5e6], answer.text
    assert "6.9%" in answer.text, answer.text


def test_guidance_midpoint_against_the_amount(engine) -> None:
    answer = engine.ask("dunmere 2026 revenue guidance midpoint vs 2025 actual, growth")
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.metric for v in answer.facts} == {"revenue"}, answer.text
    assert "68.5 million" in answer.text, answer.text


def test_the_rates_growth_asked_by_its_words(engine) -> None:
    answer = engine.ask("dunmere revenue per leased bay growth 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [4.1], answer.text


def test_a_stated_growth_never_stands_for_a_growth_worked_out(engine) -> None:
    # Calloway states its 2025 revenue growth: "growth" fit that rate first, which has no
    # range, and the guidance's midpoint against the 2025 actual was refused
    answer = engine.ask("calloway 2026 revenue guidance midpoint growth vs 2025 actual %")
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.metric for v in answer.facts} <= {
        "revenue",
        "revenue (low end)",
        "revenue (high end)",
    }
    assert "330 million" in answer.text, answer.text
    # a growth guidance, one period named, is never the revenue guidance
    assert engine.ask("calloway 2026 revenue growth guidance").status is Status.UNKNOWN
