"""A goal held for a day, a year's last, named by its month or its year end: "the dec
2024 headcount goal" is the goal for 31 December 2024 (never the goals as stated by
December), "after the August raise" the one that raise set, "the original" the first;
"the latest year end 2024 target" is that goal's latest statement, never the latest
year's goal.

The first two, the hyphened "year-end" and "the current year-end target for 2024" failed
on the engine of e698371c (the month read as the day the goals were stated, so the
latest statement by December answered; "latest year" and "current year" read as the
latest year held, the next year's goal, or the day's actual against the goal). "Year
end" unhyphened after a possessive, and a month asked as the day a goal was given where
no goal is for it, are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Tamarack Support Services"
END24, END25 = "2024-12-31/2024-12-31", "2025-12-31/2025-12-31"
FACTS = [
    fact(C, "headcount", "actual", "2023-12-31/2023-12-31", 9_870, "units", "2024-02-15"),
    fact(C, "headcount", "target", END24, 11_000, "units", "2024-02-15"),
    fact(C, "headcount", "target", END24, 11_600, "units", "2024-08-06"),
    fact(C, "headcount", "target", END24, 12_100, "units", "2024-11-05"),
    fact(C, "headcount", "actual", END24, 12_240, "units", "2025-02-13"),
    fact(C, "headcount", "target", END25, 13_500, "units", "2025-02-13"),
    # a goal cut in April, the figure it replaced dated the day before
    fact(C, "revenue", "target", "2025-01-01/2025-12-31", 640_000_000, "USD", "2025-04-08"),
    fact(C, "revenue", "target", "2025-01-01/2025-12-31", 610_000_000, "USD", "2025-04-09"),
    fact(C, "sites", "target", "2026-03-31/2026-03-31", 400, "units", "2025-05-14"),
    fact(C, "sites", "target", "2026-03-31/2026-03-31", 380, "units", "2026-02-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": C, "aliases": ["Tamarack"]}]
    return engine_over(seed, bundle(entities, FACTS, "2025-02-13"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("after the august raise what was the dec 2024 headcount goal for tamarack", "11,600"),
        ("what was the original dec 2024 headcount goal at tamarack", "11,000"),
        ("tamarack's latest year end 2024 headcount target", "12,100"),
        ("what is the latest year-end 2024 headcount target for tamarack", "12,100"),
        ("what's tamarack's current year-end headcount target for 2024", "12,100"),
    ],
)
def test_a_goal_for_a_year_end_day(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    lead = answer.facts[0].fact
    assert (lead.kind.value, str(lead.period.end)) == ("target", "2024-12-31"), answer.text
    assert f"was {said} units" in answer.text


def test_a_month_a_goal_was_given_in_is_its_statement_day(engine: Engine) -> None:
    answer = engine.ask("what headcount goal did tamarack give in february 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "13,500" in answer.text and "31 Dec 2025" in answer.text


def test_the_first_statement_set_before_a_raise(engine: Engine) -> None:
    # (failed on e698371c: "before they raised it" asked the statement before February's,
    # the first, so none was given)
    answer = engine.ask(
        "what was the tamarack headcount target they set back in feb before they raised it"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "was 11,000 units (stated 15 Feb 2024)" in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what was the tamarack headcount target before they raised it in november", "11,600"),
        ("what was tamarack's 2025 revenue target before they cut it in april", "$640 million"),
    ],
)
def test_a_goal_before_the_revision_of_a_month(engine: Engine, question: str, said: str) -> None:
    # (guards: the statement a month's revision replaced, dated that month or before it)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert f"was {said}" in answer.text


def test_by_how_many_a_goal_for_a_month_end_was_revised(engine: Engine) -> None:
    # (guard: "how many sites did they cut its March 2026 target": a goal's revision,
    # never a count acted over the month, where "march" reads as a verb; the first draft
    # of this session's month-end reading refused it)
    answer = engine.ask("by how many sites did tamarack cut its march 2026 site target")
    assert answer.status is Status.ANSWERED, answer.text
    assert "lowered by 20" in answer.text and "380" in answer.text
