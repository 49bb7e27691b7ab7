"""A figure asked as "non-X": the figure less its part X, over a company invented here
(Harwell Parcel, calendar years).

"Non-express revenue" is revenue less Express revenue, worked out and citing both. A
"non-" the store's own names say ("non-GAAP operating income") is that figure, not a part
taken out; a "non-" before a word no figure has ("non-core revenue") is not read as one.

On the engine this session started from (5c67d98) the two cases of a part taken out
failed ("I don't have anything about 'non', 'express'"); the named "non-GAAP" figure and
the unknown part are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Harwell Parcel"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(C, "revenue", "actual", Y25, 9_000_000_000, "USD", "2026-02-20"),
    fact(C, "Express revenue", "actual", Y25, 4_000_000_000, "USD", "2026-02-20"),
    fact(C, "Ground revenue", "actual", Y25, 3_500_000_000, "USD", "2026-02-20"),
    fact(C, "operating income", "actual", Y25, 700_000_000, "USD", "2026-02-20"),
    fact(C, "non-GAAP operating income", "actual", Y25, 820_000_000, "USD", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Harwell"]}], FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    "question",
    ["harwell non-express revenue 2025", "what was harwell's non express revenue in 2025?"],
)
def test_a_non_part_is_the_figure_less_the_part(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [4_000_000_000, 9_000_000_000]
    assert "$5 billion" in answer.text, answer.text


def test_a_non_the_store_names_is_that_figure(engine) -> None:
    answer = engine.ask("harwell non-gaap operating income 2025")
    assert [v.fact.value for v in answer.facts] == [820_000_000], answer.text


def test_a_non_of_nothing_held_is_no_part_taken_out(engine) -> None:
    answer = engine.ask("harwell non-core revenue 2025")
    assert answer.status is not Status.ANSWERED, answer.text
