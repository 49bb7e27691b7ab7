"""A metric named by its head noun, units written with superscripts, "value" asking for
money, a part of a goal's year measured against the goal, and a bracket that says how a
figure is worked out, over a company invented here (Tessaly Builders, fiscal year to 31
October, named by its end year: FY2027 = Nov 2026 – Oct 2027).

"how many neighbourhoods" names "active selling neighbourhoods" (the rest of the name only
describes); "showroom floor m2" is the metric written "showroom floor (m²)"; "the order
book value" is the amount of money, never the count of homes in it; "how far is 6M
output from the bottom of its FY27 guidance" is the first six months of FY27 against the
low end of the FY27 range; "H2 FY26 sales (full year less the first half)" is H2 worked
out, the bracket naming no period asked."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tessaly Builders"
AT = "2027-04-30/2027-04-30"
FY27, FY26 = "2026-11-01/2027-10-31", "2025-11-01/2026-10-31"
H1_FY27, H1_FY26 = "2026-11-01/2027-04-30", "2025-11-01/2026-04-30"
FACTS = [
    fact(T, "active selling neighbourhoods", "actual", AT, 218, "units", "2027-05-20"),
    fact(
        T, "active selling neighbourhoods growth", "actual", H1_FY27, 4.2, "percent", "2027-05-20"
    ),
    fact(T, "showroom floor (m²)", "actual", AT, 48_300, "units", "2027-05-20"),
    fact(T, "showroom floor growth", "actual", H1_FY27, 2.9, "percent", "2027-05-20"),
    fact(T, "order book", "actual", AT, 3_914, "units", "2027-05-20"),
    fact(T, "order book value", "actual", AT, 1.722e9, "USD", "2027-05-20"),
    fact(T, "homes handed over", "actual", H1_FY27, 2_655, "units", "2027-05-20"),
    fact(T, "homes handed over (low end)", "forecast", FY27, 5_900, "units", "2027-02-11"),
    fact(T, "homes handed over (high end)", "forecast", FY27, 6_300, "units", "2027-02-11"),
    fact(T, "net sales", "actual", FY26, 2.96e9, "USD", "2026-12-09"),
    fact(T, "net sales", "actual", H1_FY26, 1.31e9, "USD", "2026-05-21"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {
        "name": T,
        "aliases": ["Tessaly"],
        "fiscal_year_end": "10-31",
        "fiscal_year_named_by": "end",
    }
    return engine_over(seed, bundle([entity], FACTS, published="2027-05-20"))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("how many neighbourhoods did tessaly have at 30 april 2027", [218]),
        ("tessaly neighbourhood count end of april 2027", [218]),
        ("tessaly showroom floor m2 at 30 april 2027", [48_300]),
        ("tessaly order book value at 30 april 2027", [1.722e9]),
        ("what was the value of tessaly's order book at 30 april 2027", [1.722e9]),
        ("tessaly order book units at 30 april 2027", [3_914]),
    ],
)
def test_the_figure_named(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == values, answer.text


def test_a_name_with_another_noun_needs_more_of_its_words(engine) -> None:
    # "growth" names its own figure; "neighbourhoods" alone never reads it as the count's
    answer = engine.ask("tessaly neighbourhoods growth in h1 fy27")
    assert [v.fact.value for v in answer.facts] == [4.2], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how far is tessaly's 6m handovers from the bottom of its fy27 guidance",
        "how far is tessaly's h1 homes handed over from the low end of the fy27 range",
        "how far are tessaly's ytd homes handed over from the bottom of the fy27 guidance",
    ],
)
def test_a_part_of_the_goals_year_against_the_goal(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [2_655, 5_900], answer.text
    assert "3,245" in answer.text  # still to go


def test_a_bracket_saying_how_names_no_period(engine) -> None:
    answer = engine.ask("tessaly h2 fy26 net sales (the year minus h1)")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [1.31e9, 2.96e9], answer.text
    assert "1.65 billion" in answer.text
