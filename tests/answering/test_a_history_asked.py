"""A figure's history of statements asked about: whether it was ever cut or raised, when
it was, how long passed between two statements, and the statement a cut replaced when a
later revision came after the cut. Over a company invented here (Velika Sport, a ski
maker, calendar years), whose 2026 revenue guidance was set, raised, cut and then narrowed
upwards.

Before 2026-12-07 "was it ever cut", "when did they cut it" and "how long after setting
it" were answered with the current range alone (no yes or no, no date), and "before the
cut" with the statement before the latest one, which was the cut itself. Guards: a
history with no cut says no; "the previous guidance" is still the one before the latest.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

V = "Velika Sport"
Y26 = "2026-01-01/2026-12-31"
FACTS = [
    fact(V, "revenue", "forecast", Y26, 188e6, "EUR", "2025-05-28", high=198e6),
    fact(V, "revenue", "forecast", Y26, 196e6, "EUR", "2025-11-19", high=206e6),
    fact(V, "revenue", "forecast", Y26, 187e6, "EUR", "2026-02-18", high=195e6),
    fact(V, "revenue", "forecast", Y26, 192e6, "EUR", "2026-03-25", high=195e6),
    fact(V, "skis sold", "target", Y26, 400_000, "units", "2025-05-28"),
    fact(V, "skis sold", "target", Y26, 420_000, "units", "2025-11-19"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": V, "aliases": ["Velika"]}], FACTS, "2026-03-25"))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was velika's 2026 revenue guidance ever cut", "Yes: it was cut on 18 February 2026."),
        (
            "did velika cut the 2026 revenue guidance at any point",
            "Yes: it was cut on 18 February 2026.",
        ),
        ("has velika's 2026 skis target ever been cut", "No: it was stated 2 times and never cut."),
        ("was the velika 2026 skis target ever raised", "Yes: it was raised on 19 November 2025."),
    ],
)
def test_ever_moved_is_answered_yes_or_no(engine: Engine, question: str, verdict: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("when did velika cut its 2026 revenue guidance", "It was cut on 18 February 2026."),
        ("when did velika raise the 2026 skis target", "It was raised on 19 November 2025."),
        (
            "when did velika first give its 2026 revenue guidance",
            "It was first stated on 28 May 2025.",
        ),
        (
            "how long after setting the 2026 revenue guidance did velika cut it",
            "8 months: set on 28 May 2025, cut on 18 February 2026.",
        ),
    ],
)
def test_when_and_how_long_lead_with_dates(engine: Engine, question: str, lead: str):
    answer = engine.ask(question)
    assert answer.text.startswith(lead), answer.text


def test_before_the_cut_is_the_statement_the_cut_replaced(engine: Engine):
    answer = engine.ask("velika 2026 revenue guidance before the cut")
    assert (answer.facts[0].fact.value, answer.facts[0].fact.value_high) == (196e6, 206e6)


def test_the_previous_guidance_is_the_one_before_the_latest(engine: Engine):
    answer = engine.ask("velika's previous 2026 revenue guidance")
    assert (answer.facts[0].fact.value, answer.facts[0].fact.value_high) == (187e6, 195e6)
