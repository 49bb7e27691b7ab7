"""A total reached, told by a verb of bringing right after the figure that got it there:
"..., bringing the nine-month total to 228.7 million" (the same flow over the longer span
its words name, up to the end of the figure's period), "which brought full-year deliveries
to 9,590 MW", "..., taking the network to 2,186 bakeries at 31 December" (the things then
held, on that day, else at the end of the figure's period). Before, the total had no
measure of its own words and was dropped. Guard: a plan's figure brings nothing to a
level. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2032, 2, 11)
ENTITY = KnownEntity("Brackenmoor Mills", ("Brackenmoor",), CALENDAR)


def _found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Brackenmoor Mills results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=ENTITY).proposals
    return {p.value: (p.metric, p.period.iso()) for p in found}


def test_a_running_total_over_nine_months() -> None:
    got = _found(
        "Brackenmoor milled 80.1 million tonnes of grain in the third quarter of 2031, "
        "bringing the nine-month total to 228.7 million."
    )
    assert got[228_700_000] == (got[80_100_000][0], "2031-01-01/2031-09-30")


def test_a_full_year_total_in_a_unit_of_power() -> None:
    got = _found(
        "Brackenmoor delivered 3,150 MW of turbines in the fourth quarter of 2031, which "
        "brought full-year deliveries to 9,590 MW."
    )
    assert got[9_590][1] == "2031-01-01/2031-12-31"


def test_the_things_held_on_the_day_named() -> None:
    got = _found(
        "Brackenmoor opened 61 bakeries in the first half of 2031, taking the network to "
        "2,207 bakeries at 30 June 2031."
    )
    assert got[2_207] == ("bakeries", "2031-06-30/2031-06-30")


def test_the_things_held_at_the_end_of_the_period() -> None:
    got = _found(
        "Brackenmoor opened 288 new bakeries in 2030, bringing its network to 2,186 bakeries."
    )
    assert got[2_186] == ("bakeries", "2030-12-31/2030-12-31")


def test_a_plan_brings_no_level_held() -> None:
    # guard: what a plan would bring the network to is no count held
    text = (
        f"Brackenmoor Mills outlook\nTest Wire\n{DAY.isoformat()}\n\n"
        "Brackenmoor plans to open 40 bakeries in 2032, bringing its network to 2,250 bakeries.\n"
    )
    found = extract(text, published=DAY, entity=ENTITY).proposals
    assert not any(p.value == 2_250 and p.kind.value == "actual" for p in found)
