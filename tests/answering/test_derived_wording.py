"""How answers word the figures they state or derive: a profit below zero as a loss, no
percentage for a change from or into a loss (a percentage of a loss says nothing), and a
quarter carved from longer figures named in its company's fiscal calendar, as a stated
quarter is."""

from __future__ import annotations

import pytest

from tests.answering.invented import bundle, engine_over, fact

NAME = "Tallgrass Turbines"
Q2, Q3, Q3_BEFORE = "2025-04-01/2025-06-30", "2025-07-01/2025-09-30", "2024-07-01/2024-09-30"


@pytest.fixture(scope="module")
def tallgrass(seed):
    facts = [
        fact(NAME, "net profit", "actual", Q2, 60e6, "EUR", "2025-08-14"),
        fact(NAME, "net profit", "actual", Q3, -85e6, "EUR", "2025-11-05"),
        fact(NAME, "operating profit", "actual", Q3, 210e6, "EUR", "2025-11-05"),
        fact(NAME, "operating profit", "actual", Q3_BEFORE, -40e6, "EUR", "2025-11-05"),
        fact(NAME, "revenue", "actual", Q3, 4.2e9, "EUR", "2025-11-05"),
        fact(NAME, "revenue", "actual", Q2, 3.8e9, "EUR", "2025-08-14"),
    ]
    entities = [{"name": NAME, "aliases": ["Tallgrass"]}]
    return engine_over(seed, bundle(entities, facts, published="2025-11-05"))


def test_a_profit_below_zero_is_said_as_a_loss(tallgrass) -> None:
    answer = tallgrass.ask("tallgrass net profit q3 2025")
    assert answer.facts[0].fact.value == -85e6
    assert "a loss of €85 million" in answer.text and "-€" not in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "how much did tallgrass net profit change from q2 to q3 2025",
            "down €145 million from €60 million",
        ),
        (
            "tallgrass operating profit q3 2025 vs a year earlier",
            "up €250 million from a loss of €40 million",
        ),
    ],
)
def test_a_change_from_or_into_a_loss_has_no_percentage(tallgrass, question, said) -> None:
    answer = tallgrass.ask(question)
    assert said in answer.text
    assert "%" not in answer.text


def test_a_change_between_two_profits_keeps_its_percentage(tallgrass) -> None:
    answer = tallgrass.ask("tallgrass revenue q3 2025 vs q2 2025")
    assert "up €400 million (+10.5%; 10.53% to 2 dp) from €3.8 billion" in answer.text


def test_a_carved_quarter_is_named_by_its_fiscal_name_first(seed) -> None:
    name = "Kasumi Lens"
    entity = {"name": name, "fiscal_year_end": "03-31", "fiscal_year_named_by": "end"}
    facts = [
        fact(name, "net sales", "actual", "2025-04-01/2025-09-30", 262e9, "JPY", "2025-11-06"),
        fact(name, "net sales", "actual", "2025-04-01/2025-12-31", 401e9, "JPY", "2026-02-10"),
    ]
    engine = engine_over(seed, bundle([entity], facts, published="2026-02-10"))
    answer = engine.ask("kasumi lens net sales q3 fy2026")
    assert [v.fact.value for v in answer.facts] == [401e9, 262e9], answer.text
    assert "net sales in fiscal Q3 FY2026 (Oct – Dec 2025) came to ¥139 billion" in answer.text


@pytest.fixture(scope="module")
def brennhof(seed):
    name, h1 = "Brennhof Chemie", "2025-01-01/2025-06-30"
    facts = [
        fact(name, "sales growth at constant currency", "actual", h1, 7, "percent", "2025-07-24"),
        fact(name, "sales growth (reported)", "actual", h1, 3, "percent", "2025-07-24"),
        fact(name, "sales", "actual", h1, 12.6e9, "EUR", "2025-07-24"),
    ]
    entities = [{"name": name, "aliases": ["Brennhof"]}]
    return engine_over(seed, bundle(entities, facts, published="2025-07-24"))


@pytest.mark.parametrize(
    "question",
    [
        "brennhof gap between constant currency and reported sales growth h1 2025",
        "how many points apart were brennhof constant currency and reported sales growth h1 2025",
    ],
)
def test_a_gap_between_two_rates_is_in_percentage_points(brennhof, question) -> None:
    answer = brennhof.ask(question)
    assert [v.fact.value for v in answer.facts] == [7, 3], answer.text
    assert "is 4 percentage points: 7% less 3%" in answer.text
