"""One figure asked of two companies, set against each other: who sold more and by how
much, their combined total, who grew faster, which of the two met its goal, asked with
both named, one named and "both", or neither named and "who". Over two rival flour
millers invented here (Bugesera Mills, Nyabarongo Flour). On the engine of 2026-12-06
such questions got "Several figures fit" (the two figures offered as a choice) or "I
couldn't tell which company you mean"; the guards (a company named with no such figure,
two measures that differ, a word naming something else) passed before.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

BUGESERA = "Bugesera Mills"
NYABARONGO = "Nyabarongo Flour"
Y24 = "2024-01-01/2024-12-31"
Y23 = "2023-01-01/2023-12-31"


@pytest.fixture(scope="module")
def millers(seed) -> Engine:
    facts = [
        fact(BUGESERA, "flour sold (tonnes)", "actual", Y24, 212_000, "units", "2025-03-10"),
        fact(BUGESERA, "flour sold (tonnes)", "actual", Y23, 200_000, "units", "2025-03-10"),
        fact(BUGESERA, "flour sold (tonnes)", "target", Y24, 210_000, "units", "2024-03-01"),
        fact(BUGESERA, "revenue", "actual", Y24, 96_400_000_000, "RWF", "2025-03-10"),
        fact(BUGESERA, "bakeries supplied", "actual", Y24, 1_450, "units", "2025-03-10"),
        fact(NYABARONGO, "flour sold (tonnes)", "actual", Y24, 180_000, "units", "2025-03-12"),
        fact(NYABARONGO, "flour sold (tonnes)", "actual", Y23, 150_000, "units", "2025-03-12"),
        fact(NYABARONGO, "flour sold (tonnes)", "target", Y24, 190_000, "units", "2024-03-05"),
        fact(NYABARONGO, "net sales", "actual", Y24, 81_000_000_000, "RWF", "2025-03-12"),
    ]
    entities = [
        {"name": BUGESERA, "aliases": ["Bugesera"]},
        {"name": NYABARONGO, "aliases": ["Nyabarongo"]},
    ]
    return engine_over(seed, bundle(entities, facts, "2025-03-12"))


def _values(answer) -> list[float]:
    assert answer.status is Status.ANSWERED, answer.text
    return sorted(v.fact.value for v in answer.facts)


@pytest.mark.parametrize(
    "question",
    [
        "who sold more flour in 2024, bugesera or nyabarongo, and by how much",
        "how many more tonnes of flour did bugesera sell than nyabarongo in 2024",
        "flour sold 2024: nyabarongo vs bugesera, gap",
    ],
)
def test_the_gap_names_the_larger_and_cites_both(millers, question) -> None:
    answer = millers.ask(question)
    assert _values(answer) == [180_000, 212_000]
    assert "32,000" in answer.text, answer.text
    assert answer.text.startswith(BUGESERA), answer.text  # the larger leads


def test_both_named_by_a_word_of_theirs_are_summed(millers) -> None:
    answer = millers.ask("combined flour sold by both millers in 2024")
    assert _values(answer) == [180_000, 212_000]
    assert "392,000" in answer.text, answer.text


def test_who_grew_faster_works_out_each_growth(millers) -> None:
    answer = millers.ask("who grew flour volume faster in 2024, bugesera or nyabarongo")
    assert _values(answer) == [150_000, 180_000, 200_000, 212_000]
    assert answer.text.startswith(f"{NYABARONGO} grew"), answer.text  # +20% against +6%
    assert "+20.0%" in answer.text and "+6.0%" in answer.text


def test_which_met_its_goal_answers_each(millers) -> None:
    answer = millers.ask("which of the two hit their 2024 flour targets")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith(f"Of the two, only {BUGESERA} met its goal"), answer.text
    assert {210_000, 190_000} <= {v.fact.value for v in answer.facts}


def test_a_company_named_without_the_figure_is_no_comparison(millers) -> None:
    """Nyabarongo states no bakeries supplied: never Bugesera's count alone as the gap."""
    answer = millers.ask("who supplied more bakeries in 2024, bugesera or nyabarongo")
    assert answer.status is not Status.ANSWERED or "more than" not in answer.text, answer.text


def test_two_measures_that_differ_are_never_set_against_each_other(millers) -> None:
    """Bugesera's "revenue" and Nyabarongo's "net sales" are not one measure."""
    answer = millers.ask("who had higher revenue in 2024, bugesera or nyabarongo")
    assert "more than" not in answer.text, answer.text


def test_a_word_naming_something_else_is_no_comparison_of_the_whole(millers) -> None:
    answer = millers.ask("who sold more flour in kigali in 2024, bugesera or nyabarongo")
    assert "more than" not in answer.text, answer.text


def test_one_company_asked_alone_is_answered_as_before(millers) -> None:
    assert _values(millers.ask("bugesera flour sold 2024")) == [212_000]


@pytest.mark.parametrize(
    "question",
    ["bugesera flour sold in both halves of 2024", "bugesera flour sold each quarter of 2024"],
)
def test_both_parts_of_one_companys_year_are_no_two_companies(millers, question) -> None:
    """ "both halves", "each quarter": parts of a period, never Nyabarongo beside Bugesera."""
    answer = millers.ask(question)
    assert NYABARONGO not in answer.text, answer.text
