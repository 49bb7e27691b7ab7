"""'Since launch, as of January 2026': a running total counted up to a day of the month
named (a 52/53-week quarter closing on 2 January) is the figure as of that month, never
the one counted to an earlier month.

Failed on the engine this session started from (b2e8ec5): the running total to October
answered (a wrong answer)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

D = "Dunmere Aligners"
FACTS = [
    fact(D, "clinicians trained", "actual", "2019-06-01/2025-10-03", 58_400, "units", "2025-11-13"),
    fact(D, "clinicians trained", "actual", "2025-10-04/2026-01-02", 2_610, "units", "2026-02-05"),
    fact(D, "clinicians trained", "actual", "2019-06-01/2026-01-02", 61_010, "units", "2026-02-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": D, "aliases": ["Dunmere"]}], FACTS, "2026-02-05"))


def test_the_running_total_to_a_day_of_the_month_named(engine) -> None:
    answer = engine.ask("dunmere clinicians trained since launch, as of january 2026")
    assert answer.status is Status.ANSWERED, answer.text
    assert "61,010" in answer.text, answer.text
