"""An actual set against one end of a range stated as two end metrics, where the question
names the range but not the figure, over a company invented here (Wendling Pharmacy;
fiscal years to August named by end, prescription items dispensed with a forecast range
stated as "(low end)" and "(high end)" metrics):

- "how far short of the bottom of the April range were FY25 items", with or without the
  company's name: the actual of the metric the ends bound ("prescription items
  dispensed"), though no word of the question names it in full;
- "did they beat the top of the range": the same actual against the other end.

On the engine this session started from (29f5342) both said no actual was held (found in
development sets); a question naming the figure in full is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

W = "Wendling Pharmacy"
FY25 = "2024-09-01/2025-08-31"
FACTS = [
    fact(W, "prescription items dispensed", "actual", FY25, 120_600_000, "units", "2025-11-04"),
    fact(
        W, "prescription items dispensed (low end)", "forecast", FY25, 121e6, "units", "2025-04-15"
    ),
    fact(
        W, "prescription items dispensed (high end)", "forecast", FY25, 124e6, "units", "2025-04-15"
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {
        "name": W,
        "aliases": ["Wendling"],
        "fiscal_year_end": "08-31",
        "fiscal_year_named_by": "end",
    }
    return engine_over(seed, bundle([entity], FACTS, "2025-11-04"))


@pytest.mark.parametrize(
    "question",
    [
        "how far short of the bottom of the april range were fy25 items",
        "how far short of the bottom of its april range did wendling finish fy25",
        "how far short of the bottom of the april range were wendling's fy25 prescription items",
    ],
)
def test_the_actual_the_ends_bound(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[:2]] == [120_600_000, 121e6], answer.text
    assert "400,000" in answer.text, answer.text


def test_the_other_end(engine) -> None:
    answer = engine.ask("how far below the top of its april range did wendling finish fy25")
    assert answer.status is Status.ANSWERED, answer.text
    assert "3.4 million" in answer.text, answer.text
