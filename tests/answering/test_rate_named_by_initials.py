"""A rate named by the initials of what it is per, and the guidance of a measure given only
as its change, over a company invented here (Tamsin Line, a cruise operator on calendar
years).

"Net yield per pcd" is its "net yield per passenger cruise day"; that rate is never divided
again by the passenger cruise days. "The 2026 yield guidance" of a company guiding only its
yields' change is that change's range, named as such.

On the engine this session started from (734c82a) four cases failed: the initials (answered
"$0", the rate over the days: a wrong figure), the rate's change between quarters, and both
guidance questions. The rate named in full words, and a measure's guidance where two of its
changes are guided, are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tamsin Line"
Q2, Q3, Y26 = "2025-04-01/2025-06-30", "2025-07-01/2025-09-30", "2026-01-01/2026-12-31"
FACTS = [
    fact(T, "net yield per passenger cruise day", "actual", Q2, 187.4, "USD", "2025-08-01"),
    fact(T, "net yield per passenger cruise day", "actual", Q3, 214.6, "USD", "2025-11-01"),
    fact(T, "passenger cruise days", "actual", Q3, 10_620_000, "units", "2025-11-01"),
    fact(T, "net yields change (low end)", "forecast", Y26, 2.5, "percent", "2026-01-27"),
    fact(T, "net yields change (high end)", "forecast", Y26, 3.5, "percent", "2026-01-27"),
]
ENTITY = {"name": T, "aliases": ["Tamsin"]}


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([ENTITY], FACTS, published="2026-01-27"))


@pytest.mark.parametrize(
    "question",
    ["tamsin net yield per pcd q3 2025", "tamsin net yield per passenger cruise day q3 2025"],
)
def test_a_rate_named_by_the_initials_of_its_unit(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    # (never the rate over the days it is per: "$0" on 734c82a)
    assert [v.fact.value for v in answer.facts] == [214.6], answer.text


def test_a_rates_change_between_quarters(engine) -> None:
    answer = engine.ask("tamsin net yield per pcd q2 to q3 2025 change")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [214.6, 187.4], answer.text
    assert "27.2" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["tamsin 2026 yield guidance", "tamsin fy26 yield guidance midpoint"]
)
def test_a_measures_guidance_given_as_its_change(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [2.5, 3.5], answer.text
    assert "net yields change" in answer.text, answer.text


def test_two_changes_guided_leave_the_guidance_unclear(seed) -> None:
    cc = "net yields change (constant currency)"
    both = [
        *FACTS,
        fact(T, f"{cc} (low end)", "forecast", Y26, 2, "percent", "2026-01-27"),
        fact(T, f"{cc} (high end)", "forecast", Y26, 3, "percent", "2026-01-27"),
    ]
    engine = engine_over(seed, bundle([ENTITY], both, published="2026-01-27"))
    answer = engine.ask("tamsin 2026 yield guidance")
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_rate_named_only_by_its_initials_asked_in_full_words(seed) -> None:
    """'total revenue per available seat mile' is a store's "TRASM" (its initials, passing
    over "per"), though its words are a figure's own: the stated rate, never the revenue
    over the seat miles worked out again (which cited the revenue first, scored as that
    figure: a wrong answer in a development set). Words that spell no initials held are
    still the revenue."""
    c = "Corvane Air"
    facts = [
        fact(c, "TRASM", "actual", Q3, 0.1102, "USD", "2025-10-28"),
        fact(c, "total operating revenue", "actual", Q3, 1_145_300_000, "USD", "2025-10-28"),
        fact(c, "available seat miles", "actual", Q3, 10_391_000_000, "units", "2025-10-28"),
    ]
    engine = engine_over(seed, bundle([{"name": c, "aliases": ["Corvane"]}], facts, "2025-10-28"))
    answer = engine.ask("what was corvane's total revenue per available seat mile in q3 2025")
    assert [v.fact.metric for v in answer.facts] == ["TRASM"], answer.text
    answer = engine.ask("corvane total revenue q3 2025")
    assert [v.fact.value for v in answer.facts] == [1_145_300_000], answer.text
