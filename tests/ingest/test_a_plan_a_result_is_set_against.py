"""A plan a result is set against, in the result's own sentence ("opened 23 stores in 2025,
against a plan of 20", "admitted 51,300 patients in 2025, ahead of its goal of about
50,000", "shipped 118,400 bikes in 2025, inside the range of 115,000 to 121,000 we gave in
August"): a plan for the result's period (a range or guidance is a forecast, a goal or plan
a target), stated on the day the text gives (a month's first day), never a result of that
month nor a plan for the next year. Guard: a base the result is compared with stays a
result. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 20)
YEAR = "2025-01-01/2025-12-31"
LEAD = "Quillon Retail reported its results for 2025. "


def found(body: str) -> dict[float, tuple[str, str, str]]:
    text = f"Quillon Retail annual letter\nTest Letters\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    entity = KnownEntity("Quillon Retail", ("Quillon",), CALENDAR)
    return {
        p.value: (p.kind.value, p.period.iso(), p.as_of.isoformat())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_plan_against_the_result() -> None:
    got = found("Quillon opened 23 stores in 2025, against a plan of 20.")
    assert got[23][:2] == ("actual", YEAR)
    assert got[20][:2] == ("target", YEAR)


def test_a_goal_the_result_came_ahead_of() -> None:
    got = found("Quillon admitted 51,300 patients in 2025, ahead of its goal of about 50,000.")
    assert got[50_000][:2] == ("target", YEAR)


def test_a_range_the_result_came_inside_dated_by_its_month() -> None:
    got = found(
        "We shipped 118,400 bikes in 2025, inside the range of 115,000 to 121,000 we gave in "
        "August."
    )
    assert got[115_000] == ("forecast", YEAR, "2025-08-01")


def test_a_base_compared_with_stays_a_result() -> None:
    # guard
    got = found("Quillon opened 23 stores in 2025, against 19 in 2024.")
    assert got[19][:2] == ("actual", "2024-01-01/2024-12-31")
