"""The things a question counts, before the money they made: "kiosks added in 2025" and
"net kiosk adds" are the change in the kiosks in operation, never the kiosks' revenue
(whose measure the question leaves unsaid) nor the revenue per kiosk per week (which
"net" and the word it is per fit only by chance).

On the engine this session started from (2de7fc9) both cases answered with an amount of
money (wrong answers); the guards passed: the revenue and the rate asked by name, and an
orderbook held in money and in kiosks."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

F = "Ferrow Kiosks"
END24, MID25, END25 = "2024-12-31/2024-12-31", "2025-06-30/2025-06-30", "2025-12-31/2025-12-31"
Y25, H2 = "2025-01-01/2025-12-31", "2025-07-01/2025-12-31"

FACTS = [
    fact(F, "kiosks in operation", "actual", END24, 4_100, "units", "2025-02-20"),
    fact(F, "kiosks in operation", "actual", MID25, 4_350, "units", "2025-08-20"),
    fact(F, "kiosks in operation", "actual", END25, 4_600, "units", "2026-02-20"),
    fact(F, "kiosk revenue", "actual", Y25, 310_000_000, "AUD", "2026-02-20"),
    fact(F, "revenue per kiosk per week", "actual", H2, 1_310, "AUD", "2026-02-20"),
    fact(F, "order backlog", "actual", END25, 96_000_000, "AUD", "2026-02-20"),
    fact(F, "order backlog (kiosks)", "actual", END25, 1_150, "units", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": F, "aliases": ["Ferrow"]}], FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("kiosks added by ferrow in 2025", "500"),
        ("ferrow net kiosk adds in h2 2025", "250"),
        # (a loss said with a particle: the level at the span's end had answered before
        # this session's change, d37e2102, a wrong answer)
        ("how many kiosks did ferrow take out of operation in 2025", "500"),
    ],
)
def test_things_added_are_a_change_of_their_count(engine, question, shown) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.metric for v in answer.facts} == {"kiosks in operation"}, answer.text
    assert shown in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("ferrow kiosk revenue 2025", "kiosk revenue"),
        ("ferrow revenue per kiosk per week in h2 2025", "revenue per kiosk per week"),
    ],
)
def test_the_money_asked_by_name(engine, question, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric], answer.text


def test_a_measure_alone_is_no_thing_counted(engine) -> None:
    """'Orderbook' names the backlog, which is held in money and in kiosks: never the count
    for the money only because no money word was said."""
    answer = engine.ask("ferrow orderbook at end of 2025")
    assert [v.fact.metric for v in answer.facts][:1] != ["order backlog (kiosks)"], answer.text
