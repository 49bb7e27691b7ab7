"""A change asked by the noun of its verb ("margin improvement 2025 vs 2024", "the
contraction in volumes"), as the verb asks it, over a company invented here (Pellow
Insurance, calendar years).

On the engine this session started from (6c5a4a2) "improvement" was a word nothing
explained, and the question was refused. Nouns of no verb of change ("position",
"station") are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.english.words import move_verb_of_noun
from tests.answering.invented import bundle, engine_over, fact

P, Y24, Y25 = "Pellow Insurance", "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
FACTS = [
    fact(P, "combined ratio", "actual", Y24, 95.1, "percent", "2025-02-20"),
    fact(P, "combined ratio", "actual", Y25, 93.4, "percent", "2026-02-20"),
    fact(P, "policies in force", "actual", Y24, 1_200_000, "units", "2025-02-20"),
    fact(P, "policies in force", "actual", Y25, 1_150_000, "units", "2026-02-20"),
]


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("improvement", "improve"),
        ("contraction", "contract"),
        ("deterioration", "deteriorate"),
        ("position", None),
        ("station", None),
        ("nation", None),
    ],
)
def test_the_verb_of_change_a_noun_is_made_of(noun, verb) -> None:
    assert move_verb_of_noun(noun) == verb


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": P, "aliases": ["Pellow"]}], FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("pellow combined ratio improvement 2025 vs 2024 in points", "1.7 percentage points"),
        ("the contraction in pellow policies in force in 2025", "50,000"),
    ],
)
def test_a_change_asked_by_its_noun(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text
    assert len(answer.facts) == 2, answer.text
