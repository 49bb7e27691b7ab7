"""A level asked at a year's end, where the question's words name a rate over the year
as well, over a company invented here (Skarvholm Crew Boats, calendar years: the fleet's
utilisation over each year, the vessels in the fleet at each year's end):

- "skarvholm fleet end of 2023": "fleet" names both figures alike; "end of 2023" asks a
  figure as it stood at the day, so the vessels counted then, never the year's rate.

On the engine of 2026-12-06 it gave the utilisation (a wrong answer of a development
set). Guards: "fleet utilisation end of 2023" is the rate its name says; "revenue end of
2024" is the year's revenue, the one figure named.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import fact, one_company, values

S = "Skarvholm Crew Boats"
FACTS = [
    fact(S, "fleet utilisation", "actual", "2023-01-01/2023-12-31", 82, "percent", "2025-02-27"),
    fact(S, "fleet utilisation", "actual", "2024-01-01/2024-12-31", 85, "percent", "2025-02-27"),
    fact(S, "vessels in fleet", "actual", "2023-12-31/2023-12-31", 36, "units", "2025-02-27"),
    fact(S, "vessels in fleet", "actual", "2024-12-31/2024-12-31", 41, "units", "2025-02-27"),
    fact(S, "revenue", "actual", "2024-01-01/2024-12-31", 1.19e9, "DKK", "2025-02-27"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, S, "Skarvholm", FACTS, "2025-02-27")


def test_a_level_at_the_end_of_a_year(engine: Engine):
    assert values(engine, "skarvholm fleet end of 2023") == [36]
    assert values(engine, "skarvholm fleet end-2024?") == [41]


def test_a_rate_or_a_flow_named_stays_itself(engine: Engine):
    assert values(engine, "skarvholm fleet utilisation end of 2023") == [82]
    assert values(engine, "skarvholm revenue end of 2024") == [1.19e9]
