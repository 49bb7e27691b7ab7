"""A count asked by the thing's volume, by another noun for the same places or visits, and
a running total asked from the year it began, over companies invented here.

Marrick Labs counts tests performed in each year and the tests it has performed since it
opened in March 2014. Portlee Leisure counts its gyms ("clubs") and sites ("locations")
at year ends and its cinema admissions over each year.

On the engine this session started from (732f0ca) each of these was refused: "test
volume" left "volume" unexplained, "sites", "gyms" and "attendance" named nothing the
store holds, and "since it opened in 2014" asked for the year 2014 alone. The tests
asked by their own name are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

M, P = "Marrick Labs", "Portlee Leisure"
FACTS = [
    fact(
        M, "tests performed", "actual", "2024-01-01/2024-12-31", 40_400_000, "units", "2025-02-20"
    ),
    fact(
        M, "tests performed", "actual", "2025-01-01/2025-12-31", 43_100_000, "units", "2026-02-20"
    ),
    fact(
        M,
        "cumulative tests performed",
        "actual",
        "2014-03-01/2025-12-31",
        310_000_000,
        "units",
        "2026-02-20",
    ),
    fact(P, "clubs", "actual", "2025-12-31/2025-12-31", 1_201, "units", "2026-02-20"),
    fact(P, "locations", "actual", "2025-12-31/2025-12-31", 480, "units", "2026-02-20"),
    fact(P, "admissions", "actual", "2025-01-01/2025-12-31", 24_100_000, "units", "2026-02-20"),
]
ENTITIES = [{"name": M, "aliases": ["Marrick"]}, {"name": P, "aliases": ["Portlee"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-02-20"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("marrick test volume 2024", 40_400_000),
        ("marrick 2025 test volumes", 43_100_000),
        ("marrick tests performed in 2024", 40_400_000),  # (a guard)
        ("how many sites did portlee have at the end of 2025", 480),
        ("how many gyms does portlee have at end 2025", 1_201),
        ("portlee attendance 2025", 24_100_000),
        ("how many tests has marrick performed since it opened in 2014", 310_000_000),
        ("marrick tests since 2014", 310_000_000),
    ],
)
def test_the_count_meant(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_a_year_with_no_running_total_begun_in_it_is_that_year(engine) -> None:
    answer = engine.ask("marrick tests performed since 2024")
    assert 310_000_000 not in [v.fact.value for v in answer.facts], answer.text
