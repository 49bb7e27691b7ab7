"""Figures picked by their value, over a company invented here (Marrow Bakeries) whose
results table is written in "USD millions": "where does the 1,846 figure come from" is
the $1,846.0 million the table states, when exactly one figure is written so; a number
no quote writes that way, or that two figures share, picks nothing."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

M, FY = "Marrow Bakeries", "2024-01-01/2024-12-31"
ROWS = {
    "Bread net sales": ("| Bread | 1,846.0 |", 1846e6),
    "Cakes net sales": ("| Cakes | 1,402.3 |", 1402.3e6),
    "Pastry net sales": ("| Pastry | 1,402.3 |", 1402.3e6),
}
FACTS = [
    fact(M, metric, "actual", FY, value, "USD", "2025-02-10") | {"quote": quote}
    for metric, (quote, value) in ROWS.items()
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = bundle([{"name": M, "aliases": ["Marrow"]}], FACTS, "2025-02-10")
    data["sources"][0]["text"] = "(USD millions)\n" + "\n".join(q for q, _ in ROWS.values())
    return engine_over(seed, data)


def test_a_number_written_in_a_tables_scale_picks_its_figure(engine) -> None:
    answer = engine.ask("where does marrow's 1,846 figure come from")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["Bread net sales"]


@pytest.mark.parametrize(
    "question",
    [
        "where does marrow's 1,402.3 figure come from",  # two figures are written so
        "where does marrow's 1,847 figure come from",  # none is
    ],
)
def test_a_number_that_picks_no_one_figure_is_not_answered(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
