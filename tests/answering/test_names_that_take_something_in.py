"""A figure named by what it takes in ("output including bought-in grapes"): the words
after "including"/"incl" are that figure's own, never an aside left unread, so the
question names it and not its sibling without them.

Both failed on the engine this session started from (2de7fc9): it asked which of the two
figures was meant; the guard, the figure without them, passed."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

V = "Vellacourt Wines"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(V, "wine produced", "actual", Y25, 14_200_000, "units", "2026-02-20"),
    fact(
        V, "wine produced including bought grapes", "actual", Y25, 16_600_000, "units", "2026-02-20"
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": V, "aliases": ["Vellacourt"]}], FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        (
            "vellacourt wine produced including bought grapes 2025",
            "wine produced including bought grapes",
        ),
        (
            "vellacourt total wine produced incl bought grapes 2025",
            "wine produced including bought grapes",
        ),
        ("vellacourt wine produced 2025", "wine produced"),
    ],
)
def test_the_figure_named_with_what_it_takes_in(engine, question, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric], answer.text
