"""The latest figure of one length, said as the adjective of its parts: "the latest monthly
rides" is the latest month's figure, "the most recent quarterly revenue" the latest
quarter's, one figure each, never a series and never a period of another length (a
year to date, a quarter) where none of that length is held.

Each failed on the engine of e698371c ("latest monthly" read as every month of the
latest period held: a nine-month span's figure for the month, a quarter's for the
quarter's month). The latest month asked where the latest period held is a month, and
the series asked of a named year, are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Pelorus Scooters"
FACTS = [
    fact(C, "rides", "actual", "2025-10-01/2025-10-31", 2_410_000, "units", "2025-11-06"),
    fact(C, "rides", "actual", "2025-11-01/2025-11-30", 2_275_000, "units", "2025-12-05"),
    fact(C, "rides", "actual", "2025-01-01/2025-11-30", 24_900_000, "units", "2025-12-05"),
    fact(C, "revenue", "actual", "2025-04-01/2025-06-30", 41_200_000, "EUR", "2025-08-07"),
    fact(C, "revenue", "actual", "2025-07-01/2025-09-30", 44_600_000, "EUR", "2025-11-06"),
    fact(C, "revenue", "actual", "2025-01-01/2025-09-30", 121_500_000, "EUR", "2025-11-06"),
    fact(C, "revenue", "actual", "2025-09-01/2025-09-30", 15_100_000, "EUR", "2025-11-06"),
    fact(C, "gross bookings", "actual", "2025-07-01/2025-09-30", 63_800_000, "EUR", "2025-11-06"),
    fact(C, "gross bookings", "actual", "2025-01-01/2025-11-30", 201_000_000, "EUR", "2025-12-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": C, "aliases": ["Pelorus"]}]
    return engine_over(seed, bundle(entities, FACTS, "2025-12-05"))


@pytest.mark.parametrize(
    ("question", "period", "said"),
    [
        ("latest monthly rides for pelorus", "2025-11-01/2025-11-30", "2.275 million"),
        ("pelorus most recent monthly rides?", "2025-11-01/2025-11-30", "2.275 million"),
        ("most recent quarterly revenue at pelorus", "2025-07-01/2025-09-30", "44.6 million"),
        ("pelorus latest quarterly revenue", "2025-07-01/2025-09-30", "44.6 million"),
    ],
)
def test_the_latest_of_one_length_is_its_one_figure(
    engine: Engine, question: str, period: str, said: str
) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    periods = [f"{v.fact.period.start}/{v.fact.period.end}" for v in answer.facts]
    assert periods == [period], answer.text
    assert said in answer.text


def test_no_figure_of_that_length_is_said_never_another_lengths(engine: Engine) -> None:
    # gross bookings are held for a quarter and for eleven months, never for a month
    answer = engine.ask("latest monthly gross bookings for pelorus")
    assert answer.status is not Status.ANSWERED, answer.text
    assert "201" not in answer.text and "63.8" not in answer.text


def test_a_series_asked_of_a_named_year_is_still_each_part(engine: Engine) -> None:
    answer = engine.ask("pelorus quarterly revenue in 2025")
    assert answer.status is Status.ANSWERED, answer.text
    periods = {f"{v.fact.period.start}/{v.fact.period.end}" for v in answer.facts}
    assert {"2025-04-01/2025-06-30", "2025-07-01/2025-09-30"} <= periods, answer.text
    assert "2025-01-01/2025-09-30" not in periods
