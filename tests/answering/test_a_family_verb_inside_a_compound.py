"""A word the reporting vocabulary knows only with its particle ("handed over", "hand-overs"
for deliveries) is no word of that family alone: "hand-rolled kretek sales volume" is a
line of kretek, never a delivery figure, so "how many sticks did they sell" is the whole
company's volume, not the hand-rolled line's.

The first question failed on the engine before this change (bbfb4122): "hand" of the
line's name was read as a delivery word, its name made a thousand phrases, one of them
"sell … sales volume", and the line answered (a wrong answer). The line asked by name
and a delivery asked as "handed over" are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

K, V = "Kembang Tembakau", "Rantau Motors"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(K, "cigarette sales volume", "actual", Y25, 75.9e9, "units", "2026-03-12"),
    fact(K, "hand-rolled kretek (SKT) sales volume", "actual", Y25, 17.6e9, "units", "2026-03-12"),
    fact(K, "machine-made kretek (SKM) sales volume", "actual", Y25, 58.3e9, "units", "2026-03-12"),
    fact(V, "vehicle deliveries", "actual", Y25, 412_000, "units", "2026-01-05"),
]


# the reports count the volumes in sticks, the word a question asks them by
QUOTES = [
    "We sold 75.9 billion sticks for the full year.",
    "hand-rolled kretek 17.6 billion sticks",
    "Machine-made kretek was 58.3 billion sticks",
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": K, "aliases": ["Kembang"]}, {"name": V, "aliases": ["Rantau"]}]
    data = bundle(entities, FACTS, "2026-03-12")
    data["sources"][0]["text"] = "Results notes. " + " ".join(QUOTES)
    for f, quote in zip(data["facts"], QUOTES, strict=False):
        f["quote"] = quote
    return engine_over(seed, data)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many sticks did kembang sell in 2025, full yr", 75.9e9),
        # guards
        ("kembang hand-rolled kretek volume 2025", 17.6e9),
        ("kembang skt volume 2025", 17.6e9),
        ("how many cars did rantau hand over in 2025", 412_000),
    ],
)
def test_a_family_verb_inside_a_compound(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
