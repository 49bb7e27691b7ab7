"""The growth a company needs to reach a later goal, over two companies invented here
(Ranjana Coatings: fiscal years to March, named by their end, a FY27 revenue target cut
twice, the last cut stated with the FY26 results; Solberg Pay: calendar years).

"How much would it need to grow revenue from FY26 to hit its current FY27 target, in %":
the current target against the last actual before it, the growth between (never the
earlier target: "grow from FY26" names a period, no statement a cut replaced). "How much
GMV growth does it need in 2026 to reach its goal": the 2026 goal against 2025's actual,
never against 2025's goal.

On the engine this session started from (3f25a2a) the first was answered with progress
toward the earlier target, the second with the rise of the 2026 target over the 2025
target (wrong answers in new development sets); progress asked as such is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R, S = "Ranjana Coatings", "Solberg Pay"
FY26, FY27 = "2025-04-01/2026-03-31", "2026-04-01/2027-03-31"
Y25, Y26 = "2025-01-01/2025-12-31", "2026-01-01/2026-12-31"
FACTS = [
    fact(R, "revenue from operations", "target", FY27, 75_000_000_000, "INR", "2025-05-14"),
    fact(R, "revenue from operations", "target", FY27, 70_000_000_000, "INR", "2025-11-05"),
    fact(R, "revenue from operations", "target", FY27, 66_000_000_000, "INR", "2026-05-18"),
    fact(R, "revenue from operations", "actual", FY26, 50_614_000_000, "INR", "2026-05-18"),
    fact(S, "gross merchandise volume", "target", Y25, 70_000_000_000, "SEK", "2025-10-23"),
    fact(S, "gross merchandise volume", "actual", Y25, 70_900_000_000, "SEK", "2026-02-05"),
    fact(S, "gross merchandise volume", "target", Y26, 82_000_000_000, "SEK", "2026-02-05"),
    fact(S, "gross merchandise volume growth", "actual", Y25, 25, "percent", "2026-02-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": R, "aliases": ["Ranjana"], "fiscal_year_end": "03-31",
         "fiscal_year_named_by": "end"},
        {"name": S, "aliases": ["Solberg"]},
    ]  # fmt: skip
    return engine_over(seed, bundle(entities, FACTS, "2026-05-18"))


@pytest.mark.parametrize(
    ("question", "values", "said"),
    [
        (
            "how much would ranjana need to grow revenue from fy26 to hit its current fy27 "
            "target, in %",
            [50_614_000_000, 66_000_000_000],
            "+30.4%",
        ),
        (
            "how much gmv growth does solberg need in 2026 to reach its goal, in sek",
            [70_900_000_000, 82_000_000_000],
            "11.1 billion",
        ),
    ],
)
def test_the_growth_still_needed(engine, question, values, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == values, answer.text
    assert said in answer.text, answer.text


def test_progress_asked_as_such(engine) -> None:
    answer = engine.ask("how far along toward its fy27 revenue target is ranjana, going by fy26")
    assert "76.7%" in answer.text, answer.text


def test_what_is_left_for_the_rest_of_the_year(seed) -> None:
    """A guard: "how many does it need in H2 to hit the top of the year's guide" is what
    the year's goal leaves after H1 (119,700), never growth to the half's own forecast.
    The development case it stands for was answered as progress to the half's forecast
    while the growth rule read any "need" (here it passes either way)."""
    fy, h1, h2 = "2025-07-01/2026-06-30", "2025-07-01/2025-12-31", "2026-01-01/2026-06-30"
    m = "Corbett Gold"
    facts = [
        fact(m, "gold production (low end)", "forecast", fy, 220_000, "units", "2026-01-22"),
        fact(m, "gold production (high end)", "forecast", fy, 240_000, "units", "2026-01-22"),
        fact(m, "gold production", "actual", h1, 120_300, "units", "2026-01-22"),
        fact(m, "gold production", "forecast", h2, 110_000, "units", "2026-03-05"),
    ]
    entities = [{"name": m, "aliases": ["Corbett"], "fiscal_year_end": "06-30",
                 "fiscal_year_named_by": "end"}]  # fmt: skip
    engine = engine_over(seed, bundle(entities, facts, "2026-03-05"))
    answer = engine.ask(
        "to hit the top of the fy26 gold guide, how many oz does corbett need in h2"
    )
    assert "119,700" in answer.text, answer.text
