"""A word of a line's name set before the metric's words ("retail GGR") names that line,
whatever verb it could also be: a growth the company states for the whole never answers
for it. A rate whose measure the question leaves unsaid ("organic growth") is the top
line's, of several that differ only by measure (net sales, volume, operating profit),
never the one with the shortest name; a region's line or a currency's basis is no
measure.

The first failed on the engine this session started from (b2e8ec5): the whole's stated
growth answered for retail (a wrong answer). The third passed there only by chance (the
initials "ons" of "organic net sales" were read as "on", a phrase that made "growth" alone
name the net sales line); once those initials were dropped (679a772) the volume's growth
answered (a wrong answer). The rest are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

P, S = "Pellicano Gaming", "Saltire Distillers"
Y25, Y24 = "2025-01-01/2025-12-31", "2024-01-01/2024-12-31"
H1 = "2025-01-01/2025-06-30"
FACTS = [
    fact(P, "gross gaming revenue", "actual", Y25, 2_589_000_000, "EUR", "2026-02-20"),
    fact(P, "gross gaming revenue", "actual", Y24, 2_391_000_000, "EUR", "2025-02-20"),
    fact(P, "gross gaming revenue growth", "actual", Y25, 8.3, "percent", "2026-02-20"),
    fact(P, "retail gross gaming revenue", "actual", Y25, 1_547_700_000, "EUR", "2026-02-20"),
    fact(P, "retail gross gaming revenue", "actual", Y24, 1_521_700_000, "EUR", "2025-02-20"),
    fact(S, "organic net sales growth", "actual", H1, 1.6, "percent", "2025-07-30"),
    fact(S, "organic volume growth", "actual", H1, -0.7, "percent", "2025-07-30"),
    fact(S, "organic operating profit growth", "actual", H1, 0.9, "percent", "2025-07-30"),
    fact(S, "Highland organic net sales growth", "actual", H1, 2.4, "percent", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": P, "aliases": ["Pellicano"]}, {"name": S, "aliases": ["Saltire"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-20"))


def test_a_lines_word_is_never_dropped_for_the_wholes_stated_growth(engine) -> None:
    answer = engine.ask("pellicano retail ggr growth 2025 %")
    assert "8.3%" not in answer.text, answer.text


def test_the_line_answers_when_its_growth_is_asked_in_words(engine) -> None:
    answer = engine.ask("pellicano retail ggr growth 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.metric for v in answer.facts} == {"retail gross gaming revenue"}
    assert "1.7%" in answer.text, answer.text


def test_a_rate_with_its_measure_unsaid_is_the_top_lines(engine) -> None:
    answer = engine.ask("saltire organic growth h1 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["organic net sales growth"], answer.text


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("saltire organic volume growth h1 2025", "organic volume growth"),
        ("saltire highland organic growth h1 2025", "Highland organic net sales growth"),
    ],
)
def test_a_measure_or_line_said_is_kept(engine, question, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric], answer.text
