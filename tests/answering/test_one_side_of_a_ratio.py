"""A ratio named by one of its sides, over a company invented here (Orsina Asset
Management, calendar years).

"Net profit" is never the "cost/income ratio" whose "income" it reads as; a ratio is asked
by its word or by both its sides. A figure whose name says "to" without being a ratio
("sales to dealers") is still named by its own words.

On the engine this session started from (5c67d98) the net profit question was answered
with the ratio (70.2%, a wrong figure); the ratio asked three ways, the figure "to"
someone, a unit tag with a slash and a "like-to-like" basis are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Orsina Asset Management"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(C, "cost/income ratio", "actual", Y25, 70.2, "percent", "2026-02-20"),
    fact(
        C, "assets under management", "actual", "2025-12-31/2025-12-31", 9e10, "CHF", "2026-02-20"
    ),
    fact(C, "fund sales to wholesale clients", "actual", Y25, 4e9, "CHF", "2026-02-20"),
    fact(C, "fee margin (CHF/bp)", "actual", Y25, 0.5, "percent", "2026-02-20"),
    fact(C, "like-to-like fee growth", "actual", Y25, 3.1, "percent", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Orsina"]}], FACTS, "2026-02-20"))


def test_a_ratio_is_not_named_by_one_side(engine) -> None:
    answer = engine.ask("orsina net profit 2025")
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "orsina cost/income ratio 2025",
        "orsina cost income ratio 2025",
        "orsina cost to income 2025",
    ],
)
def test_a_ratio_by_its_word_or_both_sides(engine, question) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [70.2], answer.text


def test_a_figure_to_someone_is_no_ratio(engine) -> None:
    answer = engine.ask("orsina fund sales to wholesale clients in 2025")
    assert [v.fact.value for v in answer.facts] == [4e9], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [("orsina fee margin 2025", 0.5), ("orsina l-t-l fee growth 2025", 3.1)],
)
def test_a_unit_tag_or_a_basis_is_no_ratio(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text
