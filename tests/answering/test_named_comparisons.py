"""Two figures the question names set against each other, over a company invented here
(Tlaloc Cement, calendar year): "by how much did US sales exceed Mexico's" is the one less
the other, both cited, the one named before the verb first; a region names a figure by
any of its names ("the us" for "United States net sales"); a metric stated in two
currencies compares in the currency both figures share."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

T, Q2 = "Tlaloc Cement", "2025-04-01/2025-06-30"
FACTS = [
    fact(T, "United States net sales", "actual", Q2, 1462e6, "USD", "2025-07-24"),
    fact(T, "Mexico net sales", "actual", Q2, 1318e6, "USD", "2025-07-24"),
    fact(T, "Mexico net sales", "actual", "2024-01-01/2024-12-31", 98e9, "MXN", "2025-02-06"),
    fact(T, "Europe net sales", "actual", Q2, 862e6, "USD", "2025-07-24"),
    fact(T, "Arrecife cement sales", "actual", Q2, 410e6, "USD", "2025-07-24"),
    fact(T, "Costa cement sales", "actual", Q2, 250e6, "USD", "2025-07-24"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, T, "Tlaloc", FACTS, "2025-07-24")


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("by how much did tlaloc's US net sales exceed mexico's in q2 2025", 1462e6, 1318e6),
        ("how much more did the us sell than europe for tlaloc in q2 2025", 1462e6, 862e6),
        ("by how much did tlaloc arrecife cement sales beat costa in q2 2025", 410e6, 250e6),
        ("tlaloc: by how much did costa cement sales trail arrecife in q2 2025", 250e6, 410e6),
    ],
)
def test_one_named_figure_against_another(engine, question, first, second) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [first, second], answer.text


def test_a_region_names_its_figure_by_any_of_its_names(engine) -> None:
    answer = engine.ask("how much did tlaloc sell in the us in q2 2025")
    assert [v.fact.metric for v in answer.facts] == ["United States net sales"], answer.text
