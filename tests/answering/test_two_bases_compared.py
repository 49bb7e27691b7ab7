"""Two bases of one measure set against each other ("the gap between adjusted and GAAP
EPS", "adjusted and reported net income"), over a company invented here.

Orrin Leisure reports net income and diluted EPS both as reported and adjusted. On the
engine this session started from (0d89f48) the net income question answered the reported
figure's change from the year before (a wrong figure) and the EPS question abstained: the
basis said first ("adjusted") qualifies the words after "and", so both metrics seemed
named by the same words and no pair was made. The single figures are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.reading.intent import Intent
from tests.answering.invented import bundle, engine_over, fact

ORRIN = "Orrin Leisure"
Q3, Q3_BEFORE = "2025-07-01/2025-09-30", "2024-07-01/2024-09-30"
FACTS = [
    fact(ORRIN, "net income", "actual", Q3, 44e6, "USD", "2025-10-30"),
    fact(ORRIN, "net income", "actual", Q3_BEFORE, 40e6, "USD", "2025-10-30"),
    fact(ORRIN, "adjusted net income", "actual", Q3, 52e6, "USD", "2025-10-30"),
    fact(ORRIN, "adjusted net income", "actual", Q3_BEFORE, 47e6, "USD", "2025-10-30"),
    fact(ORRIN, "diluted EPS", "actual", Q3, 1.12, "USD", "2025-10-30"),
    fact(ORRIN, "adjusted diluted EPS", "actual", Q3, 1.31, "USD", "2025-10-30"),
]
ENTITIES = [{"name": ORRIN, "aliases": ["Orrin"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2025-10-30"))


@pytest.mark.parametrize(
    ("question", "values", "gap"),
    [
        (
            "difference between orrin's adjusted and reported net income in q3 2025",
            [44e6, 52e6],
            "8 million",
        ),
        ("gap between orrin's adjusted and GAAP eps in q3 2025", [1.12, 1.31], "0.19"),
    ],
)
def test_two_bases_of_one_measure_set_apart(engine, question, values, gap) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.intent == Intent.DIFFERENCE.value, answer.text
    assert sorted(v.fact.value for v in answer.facts) == values, answer.text
    assert gap in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [("orrin adjusted net income q3 2025", 52e6), ("orrin reported net income q3 2025", 44e6)],
)
def test_one_basis_asked_is_its_own_figure(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
