"""'Did they get to their goal?': "get to" is "reach", over Kestovo Markets (calendar year;
a store count held at year ends, with a goal for the end of 2025), invented here:

- "did kestovo get to its 80-store goal for end 2025", "did kestovo get to its store goal
  for end 2025": the year-end count set against the goal ("yes", 82 against 80). Before
  2026-12-06 "get to" was no word of meeting a goal and the goal alone answered; "80-store"
  (an amount joined to its noun by a hyphen) named no goal;
- guards: "what did kestovo's store count get to by end 2025" is the count itself; the
  goal asked plainly is the goal."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from bot.answering.reading.intent import Intent
from tests.answering.invented import fact, one_company

K = "Kestovo Markets"
END25 = "2025-12-31/2025-12-31"
FACTS = [
    fact(K, "stores", "actual", "2024-12-31/2024-12-31", 71, "units", "2025-02-20"),
    fact(K, "stores", "target", END25, 80, "units", "2025-02-20"),
    fact(K, "stores", "actual", END25, 82, "units", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, K, "Kestovo", FACTS, "2026-02-20")


@pytest.mark.parametrize(
    "question",
    [
        "did kestovo get to its 80-store goal for end 2025",
        "did kestovo get to its store goal for end 2025",
        "has kestovo got to the 80 store target for end 2025?",
    ],
)
def test_getting_to_a_goal_sets_the_count_against_it(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.intent == Intent.TARGET_MET.value, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [80, 82], answer.text
    assert answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what did kestovo's store count get to by end 2025", 82),
        ("kestovo store goal for end 2025", 80),
    ],
)
def test_the_count_or_the_goal_asked_alone(engine, question, value) -> None:
    assert [v.fact.value for v in engine.ask(question).facts] == [value]
