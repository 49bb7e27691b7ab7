"""The level a growth range implies at its midpoint, over two companies invented here
(Pellworth Implants: the range as two end metrics; Corvina Optics: the range as one fact
with a high value; fiscal years to September, named by their end).

"What FY26 revenue does the latest guidance imply at the midpoint": the last year's
revenue grown by the middle of the range, both ends cited. An end asked still implies
that end's level.

On the engine this session started from (3f25a2a) both midpoint questions were answered
with the growth range alone (a wrong answer: no revenue given); the end asked is a
guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

P, C = "Pellworth Implants", "Corvina Optics"
FY25, FY26 = "2024-10-01/2025-09-30", "2025-10-01/2026-09-30"
FACTS = [
    fact(P, "revenue", "actual", FY25, 2_386_900_000, "USD", "2025-11-05"),
    fact(P, "revenue growth (low end)", "forecast", FY26, 3, "percent", "2025-11-05"),
    fact(P, "revenue growth (high end)", "forecast", FY26, 4.5, "percent", "2025-11-05"),
    fact(C, "revenue", "actual", FY25, 1_000_000_000, "USD", "2025-11-05"),
    fact(C, "revenue growth", "forecast", FY26, 4, "percent", "2025-11-05", high=6),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": n, "aliases": [n.split()[0]], "fiscal_year_end": "09-30",
         "fiscal_year_named_by": "end"}
        for n in (P, C)
    ]  # fmt: skip
    return engine_over(seed, bundle(entities, FACTS, "2025-11-05"))


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        (
            "what fy26 revenue does pellworth's latest guidance imply at the midpoint",
            "2,476,408,750",
        ),
        ("what revenue would the midpoint of corvina's fy26 growth range imply", "1.05 billion"),
    ],
)
def test_the_level_at_the_midpoint(engine, question, amount) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("The midpoint of"), answer.text
    assert amount in answer.text, answer.text


def test_the_level_at_an_end(engine) -> None:
    answer = engine.ask("what revenue would the top of pellworth's fy26 growth range imply")
    assert "2,494,310,500" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what would pellworth's fy26 revenue be at the top of its growth guidance",
        "what would pellworth's fy26 revenue have been at the top of its growth guidance",
    ],
)
def test_what_it_would_be_at_an_end(engine, question) -> None:
    """'What would revenue be at the top of its guidance': the level that end implies. On
    3f25a2a (and before this cue) the growth guidance's history was answered."""
    answer = engine.ask(question)
    assert "2,494,310,500" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "ends"),
    [
        (
            "what fy26 revenue does pellworth's growth guidance imply",
            ("2,458,507,000", "2,494,310,500"),
        ),
        ("what fy26 sales do corvina's 4-6% growth range imply", ("1.04 billion", "1.06 billion")),
    ],
)
def test_the_levels_a_whole_range_implies(engine, question, ends) -> None:
    """A whole range asked ("what does the 4-6% growth range imply"): the level each end
    implies. Before 2026-12-05 the range alone was answered (wrong answers in the
    development sets)."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.intent == "implied", answer.text
    assert all(end in answer.text for end in ends), answer.text
