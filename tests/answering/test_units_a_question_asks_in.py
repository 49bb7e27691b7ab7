"""The unit a question asks in, over a company invented here (Safi Minerals, calendar
year, MAD; fertiliser production and exports in tonnes, fertiliser revenue):

- "how many dirhams did its fertilisers bring in": money, in whichever dirham the company
  reports (the Moroccan one; "dirham" ends the Emirati's name too), never the tonnes;
- "fert exports 2024 Mt": the year, then the unit asked in, never 2,024 million tonnes
  (the year was lost and the latest year's figure answered);
- "exports 2024 in Mt": a unit written with a capital, never a name the store lacks.

Each was a wrong answer or a refusal on the engine of 2026-12-05 (a development set
written that day). Guards: "how many tonnes" is the count; "4.3 Mt" an amount."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

S = "Safi Minerals"
Y24, Y25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
FACTS = [
    fact(S, "fertiliser production", "actual", Y25, 5_400_000, "units", "2026-03-25"),
    fact(S, "fertiliser exports", "actual", Y25, 4_900_000, "units", "2026-03-25"),
    fact(S, "fertiliser exports", "actual", Y24, 4_300_000, "units", "2025-03-25"),
    fact(S, "fertiliser revenue", "actual", Y25, 19_800_000_000, "MAD", "2026-03-25"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, S, "Safi", FACTS, "2026-03-25")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many dirhams did safi's fertilisers bring in during 2025", 19_800_000_000),
        ("how many tonnes of fertiliser did safi export in 2025", 4_900_000),
        ("safi fert exports 2024 Mt", 4_300_000),
        ("safi fert exports 2024 in Mt", 4_300_000),
        ("did safi export 4.3 Mt of fertiliser in 2024", 4_300_000),
    ],
)
def test_the_unit_asked_in(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
