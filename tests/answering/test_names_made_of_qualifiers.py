"""A figure whose name is made of words that usually qualify others ("net new money"),
over a company invented here (Talberg Wealth, calendar years).

"Net new money" is asked by its own name, whole: its "new" is the name's second word,
never the newest statement, and words that qualify are the whole of a name the store
holds. "Net" alone still names no figure.

On the engine this session started from (5c67d98) each question of net new money was
refused ("I don't have anything about 'net'"); "net" alone is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Talberg Wealth"
FACTS = [
    fact(C, "net new money", "actual", "2025-01-01/2025-12-31", 8.3e9, "CHF", "2026-02-20"),
    fact(C, "net new money", "actual", "2025-01-01/2025-03-31", 2.1e9, "CHF", "2026-02-20"),
    fact(C, "net loss", "actual", "2025-01-01/2025-12-31", 4e7, "CHF", "2026-02-20"),
    fact(C, "net revenue", "actual", "2025-01-01/2025-12-31", 9e8, "CHF", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Talberg"]}], FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("talberg net new money 2025", 8.3e9),
        ("how much net new money did talberg gather in q1 2025?", 2.1e9),
    ],
)
def test_a_name_of_qualifiers_is_asked_whole(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_net_alone_names_no_figure(engine) -> None:
    answer = engine.ask("talberg net 2025")
    assert answer.status is not Status.ANSWERED, answer.text
