"""'Which was bigger, voice or data revenue?': a choice between two named figures is
answered with both set side by side, or not at all; never with the first one alone. Over
a company invented here (Ruwenzi Telecom, calendar years).

Before 2026-12-07 the answer was the voice revenue alone. Guards: "more or less than"
asks a direction, not a choice; one figure asked plainly is still that figure.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.reading import asks
from tests.answering.invented import bundle, engine_over, fact, values

R = "Ruwenzi Telecom"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(R, "voice revenue", "actual", Y25, 812.4e9, "UGX", "2026-02-20"),
    fact(R, "data revenue", "actual", Y25, 874.6e9, "UGX", "2026-02-20"),
    fact(R, "mobile subscribers", "actual", "2025-01-31/2025-01-31", 11.2e6, "units", "2026-02-20"),
    fact(R, "mobile subscribers", "actual", "2025-02-28/2025-02-28", 11.3e6, "units", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": R, "aliases": ["Ruwenzi"]}], FACTS, "2026-02-20"))


def test_a_choice_cites_both_figures(engine: Engine):
    answer = engine.ask("which was bigger at ruwenzi in 2025, voice or data revenue")
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.metric for v in answer.facts} == {"voice revenue", "data revenue"}


def test_a_choice_never_gets_one_figure(engine: Engine):
    answer = engine.ask("ruwenzi: were subscribers at end-jan or end-feb 2025 the higher")
    assert answer.status is not Status.ANSWERED or len(answer.facts) == 2, answer.text


def test_one_figure_asked_plainly(engine: Engine):
    assert values(engine, "ruwenzi data revenue 2025")[0] == 874.6e9


@pytest.mark.parametrize(
    ("question", "choice"),
    [
        ("which was bigger, voice or data revenue", True),
        ("uva: was jan or feb the bigger month", True),
        ("was data revenue more or less than 800 billion", False),
        ("is revenue higher or lower than last year", False),
        ("voice revenue or data revenue 2025", False),
    ],
)
def test_a_choice_between_two_is_read(question: str, choice: bool):
    assert asks.chooses_between_two(question) is choice
