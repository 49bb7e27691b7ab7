"""An acronym a metric's name gives in brackets after words in lower case ("annualised
premium equivalent (APE)") is that name's short form, as it is after a capitalised title:
"ape" asks for the amount, never "APE growth", whose name only holds the acronym.

"ape" failed on the engine before this change (b861a2b9): the growth rate answered (a
wrong answer). "vnb", no rate's name beside it, passed then; so did the guards, each rate
asked by its own name."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

N = "Nandadevi Life"
H1 = "2025-04-01/2025-09-30"
ENTITY = {
    "name": N,
    "aliases": ["Nandadevi"],
    "fiscal_year_end": "03-31",
    "fiscal_year_named_by": "end",
}
FACTS = [
    fact(N, "annualised premium equivalent (APE)", "actual", H1, 41.2e9, "INR", "2025-10-15"),
    fact(N, "APE growth", "actual", H1, 12.6, "percent", "2025-10-15"),
    fact(N, "value of new business (VNB)", "actual", H1, 10.1e9, "INR", "2025-10-15"),
    fact(N, "VNB margin", "actual", H1, 24.5, "percent", "2025-10-15"),
    # a unit in brackets is no acronym of the name ("backlog (MW)")
    fact(N, "backlog (MW)", "actual", "2025-09-30/2025-09-30", 371, "units", "2025-10-15"),
    fact(N, "megawatts installed", "actual", H1, 113.8, "units", "2025-10-15"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([ENTITY], FACTS, "2025-10-15"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("nandadevi ape h1fy26", 41.2e9),
        ("nandadevi vnb in h1 fy26?", 10.1e9),
        # guards: the rate asked by its own name
        ("nandadevi ape growth h1fy26", 12.6),
        ("nandadevi vnb margin h1 fy26", 24.5),
        # (the first version of this rule read "(MW)" as the backlog's initials: a
        # development set's "mw" questions answered the backlog, wrong answers)
        ("nandadevi mw h1 fy26", 113.8),
    ],
)
def test_an_acronym_in_brackets_names_its_figure(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
