"""Staff costs by the names people give them, over a football club invented here
(Ashbury Rovers; FY to June named by its end; revenue, wages and salaries, and the
wages-to-revenue ratio):

- "wage bill", "staff costs", "personnel expenses", "payroll costs" are its wages and
  salaries: the reporting vocabulary has a family for them (before, "wage" alone reached
  the ratio as well as the level, and the ratio was taken: a wrong answer in a
  development set written on 8c847878, "bill" aside);
- the ratio asked as one ("wage ratio", "wages to revenue") is still the ratio.

The first four were refused or answered with the ratio on 8c847878; the last two are
guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

A = "Ashbury Rovers"
FY25 = "2024-07-01/2025-06-30"
FACTS = [
    fact(A, "revenue", "actual", FY25, 312.4e6, "GBP", "2025-10-16"),
    fact(A, "wages and salaries", "actual", FY25, 201.6e6, "GBP", "2025-10-16"),
    fact(A, "wages-to-revenue ratio", "actual", FY25, 64.5, "percent", "2025-10-16"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": A,
            "aliases": ["Ashbury"],
            "fiscal_year_end": "06-30",
            "fiscal_year_named_by": "end",
        }
    ]
    return engine_over(seed, bundle(entities, FACTS, "2025-10-16"))


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("ashbury wage bill 2024/25", "wages and salaries"),
        ("ashbury staff costs fy25", "wages and salaries"),
        ("what were ashbury's personnel expenses in fy25", "wages and salaries"),
        ("ashbury payroll costs fy25", "wages and salaries"),
        ("ashbury wage ratio fy25", "wages-to-revenue ratio"),
        ("ashbury wages to revenue ratio 2024/25", "wages-to-revenue ratio"),
    ],
)
def test_staff_costs_and_their_ratio(engine, question, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric]
