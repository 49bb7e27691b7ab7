""" "How much has the guide been raised since March": the statement made in the month named
against the latest one, never only the revision made that month (nor the whole history
from the first statement).

On the engine this session started from (d37e2102), "since September" answered the
raise made in September (a wrong answer), and "since March", the month of the first
statement, said it could not tell the size of the change made then (a miss). The raise
made "in September" is a guard: it stays the revision made that month."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tollgate Analytics"
FY = "2025-04-01/2026-03-31"
FACTS = [
    fact(T, "revenue (low end)", "forecast", FY, 820_000_000, "USD", "2025-03-12"),
    fact(T, "revenue (high end)", "forecast", FY, 840_000_000, "USD", "2025-03-12"),
    fact(T, "revenue (low end)", "forecast", FY, 850_000_000, "USD", "2025-09-10"),
    fact(T, "revenue (high end)", "forecast", FY, 865_000_000, "USD", "2025-09-10"),
    fact(T, "revenue (low end)", "forecast", FY, 875_000_000, "USD", "2025-12-09"),
    fact(T, "revenue (high end)", "forecast", FY, 885_000_000, "USD", "2025-12-09"),
    fact(T, "operating margin", "target", FY, 18.0, "percent", "2025-03-12"),
    fact(T, "operating margin", "target", FY, 19.5, "percent", "2025-09-10"),
    fact(T, "operating margin", "target", FY, 20.0, "percent", "2025-12-09"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": T, "aliases": ["Tollgate"]}
    entity |= {"fiscal_year_end": "03-31", "fiscal_year_named_by": "end"}
    return engine_over(seed, bundle([entity], FACTS, "2025-12-09"))


def test_since_a_middle_statement(engine) -> None:
    answer = engine.ask("how much has tollgate raised the fy26 revenue guide since september")
    assert answer.status is Status.ANSWERED, answer.text
    # from $850–865 million (September) to $875–885 million (December)
    assert "$25 million at the low end and $20 million at the high end" in answer.text
    assert "$22.5 million at the midpoint" in answer.text, answer.text


def test_since_the_first_statement_is_the_whole_move(engine) -> None:
    answer = engine.ask(
        "how much did tollgate raise its fy26 revenue guidance midpoint in total since march"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "$50 million at the midpoint" in answer.text, answer.text


def test_one_figure_since_a_month(engine) -> None:
    answer = engine.ask("by how much has tollgate's fy26 margin target gone up since september?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "0.5 percentage points" in answer.text, answer.text
    assert "19.5%" in answer.text and "20%" in answer.text, answer.text


def test_the_raise_made_in_a_month_stays_that_raise(engine) -> None:
    # (guard: "in September" is the revision made then, March to September)
    answer = engine.ask("how much did tollgate raise the fy26 revenue guide in september")
    assert answer.status is Status.ANSWERED, answer.text
    assert "$30 million at the low end and $25 million at the high end" in answer.text
