"""'How far did orders move': a figure that moved is the subject's change, never a figure
sold ("did they move" still sells); a share of the whole is of the whole, never of the
line a "non-" line is named against.

Each failed on the engine this session started from (ef6c3a3), except the guards: the
plain "how many did they move", and the share of the line asked by its own name."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R = "Ruvena Paints"
W = "Wexcombe Water"
Q1 = "2025-01-01/2025-03-31"
H1 = "2025-04-01/2025-09-30"

FACTS = [
    fact(R, "net sales", "actual", Q1, 1_284_000_000, "CHF", "2025-04-16"),
    fact(R, "volume growth", "actual", Q1, -0.8, "percent", "2025-04-16"),
    fact(R, "litres sold", "actual", Q1, 61_000_000, "units", "2025-04-16"),
    fact(W, "volume billed", "actual", H1, 179_260, "units", "2025-11-20"),
    fact(W, "household volume billed", "actual", H1, 128_540, "units", "2025-11-20"),
    fact(W, "non-household volume billed", "actual", H1, 50_720, "units", "2025-11-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": R, "aliases": ["Ruvena"]},
        {
            "name": W,
            "aliases": ["Wexcombe"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "end",
        },
    ]
    return engine_over(seed, bundle(entities, FACTS, "2025-11-20"))


def test_volumes_that_moved_changed(engine) -> None:
    answer = engine.ask("how far did ruvena's volumes move in jan-mar 2025?")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["volume growth"], answer.text


def test_what_they_moved_was_sold(engine) -> None:
    answer = engine.ask("how many litres did ruvena move in q1 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "61 million" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "what share of wexcombe's volumes in the first half of fiscal 2026 was non-household",
            "28.3%",
        ),
        ("household volumes as a share of wexcombe's total, apr-sep 2025", "71.7%"),
    ],
)
def test_a_lines_share_of_the_whole(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text
