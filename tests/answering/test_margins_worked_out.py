"""A margin the company does not state, worked out from the figures it does: its profit at
the level asked over its revenue for the same period, each cited; a line's margin over
that line's revenue, never the group's; a margin the company states is given as stated,
and nothing is worked out where a figure is missing.

Each failed on the engine this session started from (abfcaa4), except the guards: the
stated margin, and the margin of a period with no revenue.

A margin stated under another name of its level is given as stated too: "EBIT margin",
"operating profit margin" of a company stating its "operating margin" (added on 768d1894,
where it was worked out again from operating profit and net sales, citing neither the
stated figure nor the name asked: a wrong answer in a development set); a year with no
stated margin is still worked out (a guard). Adding that company, which states its net
sales in CHF where Corvell's are in EUR, made Corvell's net margin refused: the metric's
usual unit (its first company's) was compared, not the company's own figures' units."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Corvell Agri"  # fiscal year to 31 August, named by its end year
FY25, FY24 = "2024-09-01/2025-08-31", "2023-09-01/2024-08-31"
L = "Lindqvist Shipping"
Q3 = "2025-07-01/2025-09-30"
H = "Halden Instruments"
Y24, Y23 = "2024-01-01/2024-12-31", "2023-01-01/2023-12-31"

FACTS = [
    fact(C, "net sales", "actual", FY25, 1_200_000_000, "EUR", "2025-10-30"),
    fact(C, "net income", "actual", FY25, 150_000_000, "EUR", "2025-10-30"),
    fact(C, "underlying EBITDA", "actual", FY25, 300_000_000, "EUR", "2025-10-30"),
    fact(C, "EBITDA margin", "actual", FY25, 24.5, "percent", "2025-10-30"),
    fact(C, "net income", "actual", FY24, 140_000_000, "EUR", "2024-10-30"),
    fact(L, "revenue", "actual", Q3, 5_000_000_000, "USD", "2025-11-06"),
    fact(L, "Terminals revenue", "actual", Q3, 1_250_000_000, "USD", "2025-11-06"),
    fact(L, "Terminals EBIT", "actual", Q3, 300_000_000, "USD", "2025-11-06"),
    fact(H, "net sales", "actual", Y24, 2_000_000_000, "CHF", "2025-03-05"),
    fact(H, "operating profit", "actual", Y24, 381_000_000, "CHF", "2025-03-05"),
    fact(H, "operating margin", "actual", Y24, 19.1, "percent", "2025-03-05"),
    fact(H, "net sales", "actual", Y23, 1_800_000_000, "CHF", "2025-03-05"),
    fact(H, "operating profit", "actual", Y23, 324_000_000, "CHF", "2025-03-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": C,
            "aliases": ["Corvell"],
            "fiscal_year_end": "08-31",
            "fiscal_year_named_by": "end",
        },
        {"name": L, "aliases": ["Lindqvist"]},
        {"name": H, "aliases": ["Halden"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2025-11-06"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("corvell net profit margin for fiscal 2025", "12.5%"),
        ("corvell's net margin, fy2025?", "12.5%"),
        ("what was lindqvist's terminals ebit margin in the september quarter of 2025", "24.0%"),
    ],
)
def test_a_margin_worked_out_from_its_levels(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text
    assert len(answer.facts) == 2, answer.text  # (the profit and the revenue, each cited)


def test_a_stated_margin_is_given_as_stated(engine) -> None:
    answer = engine.ask("corvell's fiscal 2025 ebitda margin")
    assert [v.fact.value for v in answer.facts] == [24.5], answer.text


def test_no_margin_without_the_revenue_of_its_period(engine) -> None:
    answer = engine.ask("corvell net profit margin for fiscal 2024")
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "question", ["corvell net margin target", "lindqvist terminals ebit margin goal for q3 2025"]
)
def test_a_margin_goal_is_never_worked_out_from_actuals(engine, question) -> None:
    # (added on 8c847878, where the actuals' margin answered "the EBITDA margin target": a
    # wrong answer in a development set written that day)
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert not answer.facts


@pytest.mark.parametrize(
    "question", ["halden ebit margin 2024", "halden's operating profit margin in 2024"]
)
def test_a_margin_stated_under_another_name_of_its_level(engine, question) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [19.1], answer.text


def test_a_year_with_no_stated_margin_is_still_worked_out(engine) -> None:
    answer = engine.ask("halden ebit margin 2023")
    assert sorted(v.fact.value for v in answer.facts) == [324e6, 1_800e6], answer.text
    assert "18.0%" in answer.text, answer.text


def test_a_level_asked_from_the_margin_is_no_margin(engine) -> None:
    # ("implied operating profit from the margin": the amount asked, never the margin)
    answer = engine.ask("implied halden operating profit for 2024 from the margin")
    assert [v.fact.value for v in answer.facts][:1] != [19.1], answer.text
