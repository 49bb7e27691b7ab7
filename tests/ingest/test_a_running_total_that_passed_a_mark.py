"""A running total since a start that passed a round number ("Cumulative shipments of the
Tarn drive since its launch in October 2021 passed 2.0 million units at the end of
September", "Vesk passed 300,000 bikes sold since its launch in May 2018", "has exceeded
5 million units since series production began in 2019 (as of the end of September 2025)"): the
report's own running total, stated at that number, from the start to the day. Before, the
verb of passing made it a mark gone past (a lower bound, no figure) and it was dropped.
Guard: a figure of one period that passed a mark ("revenue passed $400 million for the
first time in the quarter") is still no figure. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 6)
LEAD = "Vesk Cycles reported its results for the third quarter of 2025. "


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Vesk Cycles quarterly letter\nTest Letters\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    entity = KnownEntity("Vesk Cycles", ("Vesk",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_cumulative_total_since_a_launch_that_passed_a_number() -> None:
    got = found(
        "Cumulative shipments of the Tarn drive since its launch in October 2021 passed "
        "2.0 million units at the end of September."
    )
    assert got[2_000_000][1] == "2021-10-01/2025-09-30"


def test_a_total_that_crossed_a_number_since_the_launch() -> None:
    got = found("Vesk passed 300,000 bikes sold since its launch in May 2018.")
    assert got[300_000][1].startswith("2018-05-01/")


def test_a_total_that_exceeded_a_number_since_a_year() -> None:
    got = found(
        "Cumulative shipments have exceeded 5 million units since series production began in "
        "2019 (as of the end of September 2025)."
    )
    assert got[5_000_000][1] == "2019-01-01/2025-09-30"


def test_a_periods_figure_that_passed_a_mark_is_no_figure() -> None:
    # guard
    got = found("Revenue passed $400 million for the first time in the quarter.")
    assert 400_000_000 not in got


def test_a_record_since_a_year_is_no_running_total() -> None:
    # guard
    got = found("Revenue passed $400 million in the quarter, the first time since 2019.")
    assert 400_000_000 not in got
