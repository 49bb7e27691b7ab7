"""A count the clause's own verb installed ("we installed 27,120 heat pumps in the half,
down from 28,300", "Brennick installed 126.9 megawatts of capacity"): what an installer put
in over the period, a flow named "<things> installed", its timeless base the same span a
year before. Before, "installed" was no verb of a flow, so the count was dropped as no sale;
named "... installed" it would also have been read as a stock on a day. Guards: a count of
things installed held on a day ("Cumulative heat pumps installed reached 39,450 at 30 June
2025") stays a level, and "installed base" is a level. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)
HALF = "2025-01-01/2025-06-30"


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Brennick Heating half-year letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Brennick Heating", ("Brennick",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = "Brennick Heating reported its results for the first half of 2025. "


def test_installed_heat_pumps_over_the_half() -> None:
    got = found(
        LEAD + "We installed 27,120 heat pumps in the half, down from 28,300 a year earlier."
    )
    assert got[27_120] == ("heat pumps installed", HALF)
    assert got[28_300] == ("heat pumps installed", "2024-01-01/2024-06-30")


def test_installed_capacity_in_a_unit() -> None:
    got = found(LEAD + "Brennick installed 126.9 megawatts of capacity in the half.")
    assert got[126.9] == ("megawatts installed", HALF)


def test_a_count_installed_held_on_a_day_stays_a_level() -> None:
    # guard
    got = found(LEAD + "Cumulative heat pumps installed reached 39,450 at 30 June 2025.")
    assert got.get(39_450, ("", "2025-06-30/2025-06-30"))[1] == "2025-06-30/2025-06-30"


def test_the_installed_base_is_a_level() -> None:
    # guard
    got = found(LEAD + "Our installed base was 452 systems at 30 June 2025.")
    assert got[452] == ("installed base", "2025-06-30/2025-06-30")
