"""The half and quarters of a 4-4-5 year of 52 or 53 weeks, over a company invented here.

Kilbrack Stores' year ends on the last Saturday of February (FY26: 23 Feb 2025 – 28 Feb
2026, 53 weeks). Its 26-week first half ends on 23 August, eight days before the end of
August, further than the six days a week-counted period was allowed to stray from a
month's end. On the engine this session started from (0d89f48) "h1 fy26 sales" and the
half a year before were refused ("I don't have ... for H1 FY2026 (Mar – Aug 2025)"). The
year itself is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

K = "Kilbrack Stores"
FACTS = [
    fact(K, "group sales", "actual", "2025-02-23/2026-02-28", 3402.5e6, "EUR", "2026-04-30"),
    fact(K, "group sales", "actual", "2025-02-23/2025-08-23", 1642.8e6, "EUR", "2025-10-08"),
    fact(K, "group sales", "actual", "2024-02-25/2024-08-24", 1561e6, "EUR", "2025-10-08"),
]
ENTITIES = [
    {"name": K, "aliases": ["Kilbrack"], "fiscal_year_end": "02-28", "fiscal_year_named_by": "end"}
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-04-30"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kilbrack h1 fy26 sales", 1642.8e6),
        ("kilbrack first-half sales fiscal 2025", 1561e6),
        ("kilbrack fy26 sales", 3402.5e6),
    ],
)
def test_the_weeks_answer_for_their_months(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
