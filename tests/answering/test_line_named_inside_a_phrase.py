"""A line's name said inside a reporting phrase: "same-store beauty sales" is the phrase
"same-store sales" of the beauty line, never the beauty line's sales level nor the store
count; and a company alias whose last word is a word of the company's figures ("Quorra
chemists") leaves that word to the figure when the next word is one of its name's too
("quorra dispensary same-store sales", "quorra dispensary segment sales").

On the engine this session started from (2de7fc9) each case failed except the guards:
the lines' levels asked for by their own names, and a phrase naming the level of a line
with no same-store figure."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

Q = "Quorra Chemists"
Q3 = "2025-07-01/2025-09-30"
Y25 = "2025-01-01/2025-12-31"

FACTS = [
    fact(Q, "same-store beauty sales change", "actual", Q3, -2.1, "percent", "2025-10-30"),
    fact(Q, "same-store dispensary sales change", "actual", Q3, 5.3, "percent", "2025-10-30"),
    fact(Q, "same-store beauty sales change", "actual", Y25, 1.6, "percent", "2026-02-20"),
    fact(Q, "same-store dispensary sales change", "actual", Y25, 4.4, "percent", "2026-02-20"),
    fact(Q, "beauty sales", "actual", Y25, 2_900_000_000, "GBP", "2026-02-20"),
    fact(Q, "dispensary sales", "actual", Y25, 5_100_000_000, "GBP", "2026-02-20"),
    fact(Q, "toiletries sales", "actual", Y25, 700_000_000, "GBP", "2026-02-20"),
    fact(Q, "stores", "actual", "2025-12-31/2025-12-31", 1_240, "units", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": Q, "aliases": ["Quorra", "Quorra chemists", "Quorra dispensary"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    ("question", "metric", "shown"),
    [
        ("quorra same-store beauty sales change 2025", "same-store beauty sales change", "1.6%"),
        ("quorra same store beauty sales growth 2025", "same-store beauty sales change", "1.6%"),
        (
            "quorra same-store dispensary sales q3 2025",
            "same-store dispensary sales change",
            "5.3%",
        ),
        (
            "quorra dispensary same-store sales q3 2025",
            "same-store dispensary sales change",
            "5.3%",
        ),
    ],
)
def test_the_phrase_of_the_line_said(engine, question, metric, shown) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric], answer.text
    assert shown in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("quorra beauty sales 2025", "beauty sales"),
        ("quorra dispensary sales 2025", "dispensary sales"),
        # (the line's noun between the alias's last word and the figure's)
        ("quorra dispensary segment sales 2025", "dispensary sales"),
    ],
)
def test_the_lines_levels_by_their_own_names(engine, question, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric], answer.text


def test_no_same_store_figure_of_a_line_without_one(engine) -> None:
    answer = engine.ask("quorra same-store toiletries sales 2025")
    assert "same-store" not in " ".join(v.fact.metric for v in answer.facts), answer.text
    assert answer.status is not Status.ANSWERED or answer.facts[0].fact.metric != "stores"
