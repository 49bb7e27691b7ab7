"""A figure chosen by the words its own name says, over a company invented here (Quillan
Marine, an outboard maker with net income and net income attributable to shareholders, a
new model's cumulative orders and its units sold, and a revised quarter's revenue):

- "net income attributable to owners": the reporting vocabulary lets plain net income
  explain every word too ("attributable to owners" is one of its phrases); the figure
  whose own name says "attributable" is the one meant;
- "how many were actually sold" of a model whose orders alone are held: never the orders
  (nor the reverse);
- "revised down by how much": the size of the revision, never the move from the quarter
  before ("down" says the revision's way);
- "how much were the EBITDA adjustments": what was added, never adjusted EBITDA.

On the engine of 2026-12-06 each gave the other figure (a development set's wrong
answers). Guards: plain "net income" stays the plain figure; orders asked are answered.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

T = "Quillan Marine"
Y25 = "2025-01-01/2025-12-31"
Q2 = "2025-04-01/2025-06-30"
Q3 = "2025-07-01/2025-09-30"
DEC = "2025-12-31/2025-12-31"
FACTS = [
    fact(T, "net income", "actual", Y25, 71.2e6, "USD", "2026-02-10"),
    fact(T, "net income attributable to shareholders", "actual", Y25, 67.9e6, "USD", "2026-02-10"),
    fact(T, "Tern 90 cumulative orders", "actual", DEC, 31200, "units", "2026-02-10"),
    fact(T, "outboard engines sold", "actual", Y25, 212000, "units", "2026-02-10"),
    fact(T, "adjusted EBITDA", "actual", Q2, 44.7e6, "USD", "2025-08-10"),
    fact(T, "retail revenue", "actual", Q2, 66.1e6, "USD", "2025-08-10"),
    fact(T, "retail revenue", "actual", Q3, 68.0e6, "USD", "2025-11-04"),
    fact(T, "retail revenue", "actual", Q3, 67.4e6, "USD", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Quillan"]}], FACTS, "2026-02-10"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("quillan net income attributable to owners 2025", 67.9e6),
        ("quillan pat attributable to owners fy2025", 67.9e6),
        ("quillan net income 2025", 71.2e6),
        ("how many tern 90 had been ordered by the end of 2025", 31200),
    ],
)
def test_the_figure_its_own_words_name(engine: Engine, question: str, value: float):
    assert values(engine, question) == [value]


def test_the_adjustments_are_never_the_adjusted_figure(engine: Engine):
    answer = engine.ask("how much were quillan's ebitda adjustments in q2 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    assert values(engine, "quillan adjusted ebitda q2 2025") == [44.7e6]


def test_a_model_sold_is_never_its_orders(engine: Engine):
    answer = engine.ask("how many tern 90 were actually sold in 2025")
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_revision_downwards_is_its_size(engine: Engine):
    answer = engine.ask("how much was q3 2025 retail revenue revised down by")
    assert answer.status is Status.ANSWERED, answer.text
    assert "600,000" in answer.text, answer.text
