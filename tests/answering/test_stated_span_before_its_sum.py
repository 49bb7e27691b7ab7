"""'Trading volume April and May 2026 together' where the company states the two months'
volume as well as each month's: the figure stated for the whole span, as stated, before
the months added up (a sum may differ from it by rounding). Over a company invented here
(Fenwick Digital, calendar months).

On the engine this session started from (6c5a4a2) the months were added up and the
first month's figure led the answer, where the stated span's was due. Months apart, and
a span stated by no one, are still added up (guards)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

F = "Fenwick Digital"
FACTS = [
    fact(F, "trading volume", "actual", "2026-04-01/2026-04-30", 29.8e9, "EUR", "2026-06-10"),
    fact(F, "trading volume", "actual", "2026-05-01/2026-05-31", 31.4e9, "EUR", "2026-06-10"),
    fact(F, "trading volume", "actual", "2026-06-01/2026-06-30", 30.1e9, "EUR", "2026-07-10"),
    fact(F, "trading volume", "actual", "2026-04-01/2026-05-31", 61.3e9, "EUR", "2026-06-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": F, "aliases": ["Fenwick"]}], FACTS, "2026-07-10"))


def test_the_span_as_stated(engine) -> None:
    answer = engine.ask("fenwick trading volume april and may 2026 together")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [61.3e9], answer.text


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("fenwick trading volume april and june 2026 together", [29.8e9, 30.1e9]),
        ("fenwick trading volume may and june 2026 combined", [31.4e9, 30.1e9]),
    ],
)
def test_months_added_up(engine, question, values) -> None:  # (guards)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == sorted(values), answer.text
