"""Power a company holds on a day ("had 2,640 MW of installed capacity at 31 March", "a further
95 MW was under construction at 31 March") is a level on that day, named by its capacity
words and its own unit; power with no day of its own, or no words saying whose capacity it
is, stays unproposed. Companies and sentences invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 4, 30)
MARCH_END = "2025-03-31/2025-03-31"


def rows(name: str, body: str) -> set[tuple]:
    text = f"{name} first-quarter update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(name, (name.split()[0],))).proposals
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in found}


def test_power_held_after_of_capacity_is_a_level_on_the_day():
    found = rows(
        "Tarnbeck Energy",
        "At 31 March 2025 Tarnbeck had 2,640 MW of installed capacity, and a further 95 MW "
        "was under construction at 31 March 2025.",
    )
    assert ("installed capacity (MW)", MARCH_END, 2640.0, "units") in found
    assert ("capacity under construction (MW)", MARCH_END, 95.0, "units") in found


def test_the_subject_names_the_capacity_and_a_base_keeps_its_own_unit():
    found = rows(
        "Tarnbeck Energy",
        "As at 31 March 2025 the group's grid-scale storage capacity was 815 MW. We had "
        "2,640 megawatts installed at 31 March 2025, up from 2.31 gigawatts at 31 December 2024.",
    )
    assert ("grid-scale storage capacity (MW)", MARCH_END, 815.0, "units") in found
    assert ("installed capacity (MW)", MARCH_END, 2640.0, "units") in found
    assert ("installed capacity (GW)", "2024-12-31/2024-12-31", 2.31, "units") in found


def test_capacity_of_nobody_named_or_with_no_day_of_its_own_is_left_out():
    found = rows(
        "Tarnbeck Energy",
        "On 14 April 2025 Tarnbeck cut its build guidance, as two schemes with a combined "
        "capacity of 48 MW slipped into 2026. Its pipeline holds 7 GW of projects.",
    )
    assert not any(m.endswith("(MW)") or m.endswith("(GW)") for m, *_ in found)


def test_power_a_plan_means_to_hold_by_a_day_is_a_target_on_that_day():
    text = (
        "Tarnbeck Energy strategy update\nTest Wire\n2025-04-30\n\n"
        "Tarnbeck is aiming for 3,900 MW of installed capacity by 31 December 2027.\n"
    )
    found = extract(
        text, published=DAY, entity=KnownEntity("Tarnbeck Energy", ("Tarnbeck",))
    ).proposals
    assert [(p.metric, p.kind.value, p.period.iso(), p.value) for p in found] == [
        ("installed capacity (MW)", "target", "2027-12-31/2027-12-31", 3900.0)
    ]
