"""A line of business and its measure both said by their initials ("I&F NNM" for
"Institutional & Funds net new money", "WM AUM"): the line's figure, never the whole
company's, whose measure alone the initials also name.

"I&F NNM" failed on the engine before this change (d87badb2): the line's initials and the
measure's were never put together, so "I&F" (read as the word "if") went unexplained and
the company's net new money answered (a wrong answer). "WM NNM" and "WM AUM" (initials
that are no word) passed then, as did the guards: the whole company's figure asked by the
measure's initials alone, and a line named in full."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tessin Vermoegen"
H1 = "2025-01-01/2025-06-30"
FACTS = [
    fact(T, "net new money", "actual", H1, 2.3e9, "CHF", "2025-07-22"),
    fact(T, "Institutional & Funds net new money", "actual", H1, -0.8e9, "CHF", "2025-07-22"),
    fact(T, "Wealth Management net new money", "actual", H1, 3.1e9, "CHF", "2025-07-22"),
    fact(
        T,
        "Wealth Management assets under management",
        "actual",
        "2025-06-30/2025-06-30",
        96e9,
        "CHF",
        "2025-07-22",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Tessin"]}], FACTS, "2025-07-22"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tessin I&F nnm h1 2025", -0.8e9),
        ("tessin wm nnm in h1 2025?", 3.1e9),
        ("tessin wm aum at end of june 2025", 96e9),
        # guards: the measure alone is the company's; the line in full its own
        ("tessin nnm h1 2025", 2.3e9),
        ("tessin institutional & funds net new money h1 2025", -0.8e9),
    ],
)
def test_a_line_and_its_measure_by_initials(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
