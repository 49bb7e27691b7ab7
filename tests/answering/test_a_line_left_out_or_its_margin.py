"""A line left out with chat's words, a line's margin, and initials joined by "&", over a
building-materials group invented here (Carrowkeel Materials; calendar years; group and
cement-division adjusted EBITDA and revenue, a group margin stated):

- "adj ebitda 2024 w/o the cement division", "… without cement": the group's less the
  division's, as "excluding" is;
- "NA revenue w/o hollis ready mix": the figure whose name leaves Hollis out, as
  "excluding" asks it;
- "cement ebitda margin 2024": the division's EBITDA over its revenue, never the group's
  stated margin;
- "f&i per unit": initials joined by "&" name something the store lacks, never the one
  per-unit figure it holds.

On the engine of 2026-12-06 the first two gave the division's EBITDA, the third the
group's margin, the last the gross profit per unit (wrong answers of development sets).
Guards: the group margin asked is the one stated; "excluding" as before.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

C = "Carrowkeel Materials"
Y24 = "2024-01-01/2024-12-31"
SAID = "2025-03-04"
FACTS = [
    fact(C, "adjusted EBITDA", "actual", Y24, 912e6, "EUR", SAID),
    fact(C, "revenue", "actual", Y24, 4_851e6, "EUR", SAID),
    fact(C, "adjusted EBITDA margin", "actual", Y24, 18.8, "percent", SAID),
    fact(C, "Cement adjusted EBITDA", "actual", Y24, 371e6, "EUR", SAID),
    fact(C, "Cement revenue", "actual", Y24, 1_386e6, "EUR", SAID),
    fact(C, "new vehicle gross profit per unit", "actual", Y24, 3_340, "EUR", SAID),
    fact(C, "North America revenue", "actual", Y24, 671e6, "EUR", SAID),
    fact(C, "North America revenue excluding Hollis Ready-Mix", "actual", Y24, 607e6, "EUR", SAID),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, C, "Carrowkeel", FACTS, SAID)


@pytest.mark.parametrize(
    "question",
    [
        "carrowkeel adj ebitda 2024 w/o the cement division",
        "carrowkeel adj ebitda 2024 without cement",
        "carrowkeel adj ebitda 2024 excluding cement",
    ],
)
def test_a_line_left_out_is_the_whole_less_it(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "€541 million" in answer.text, answer.text


def test_a_lines_margin_is_its_own(engine) -> None:
    answer = engine.ask("carrowkeel cement ebitda margin 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert "26.8%" in answer.text, answer.text
    assert {v.fact.value for v in answer.facts} == {371e6, 1_386e6}


def test_the_group_margin_is_the_one_stated(engine) -> None:
    answer = engine.ask("carrowkeel ebitda margin 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 18.8


def test_initials_joined_by_an_ampersand_name_something(engine) -> None:
    answer = engine.ask("carrowkeel f&i per unit 2024")
    assert answer.status is Status.UNKNOWN, answer.text


def test_a_figure_named_without_a_part_is_asked_w_o_it(engine) -> None:
    answer = engine.ask("carrowkeel north america revenue 2024 w/o hollis ready mix")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 607e6, answer.text
