"""A range whose unit is written after both ends: "500 MW to 540 MW", "between 14.5 Mt and
15.0 Mt", "212,000 units to 217,000 units". One range, as "500 to 540 MW" is. Before, the
unit after the low end stood between the two numbers and kept them apart: two figures of
one plan, which clashed or were read as a change. Guards: "from 12 stores to 15 stores" is
a change, no range; two counts joined by "and" without "between" stay two. Invented
company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures

DAY = date(2025, 10, 20)


def ranges(sentence: str) -> set[tuple[float, float | None]]:
    text = (
        f"Halvard Energy third-quarter update\nTest Releases\n{DAY.isoformat()}\n\n"
        f"Halvard Energy reports its results for the third quarter of 2025.\n{sentence}\n"
    )
    entity = KnownEntity("Halvard Energy", ("Halvard",), CALENDAR)
    return {(p.value, p.value_high) for p in extract(text, published=DAY, entity=entity).proposals}


def test_a_power_range_with_its_unit_after_both_ends():
    assert (610, 650) in ranges("We expect to install 610 MW to 650 MW in fiscal 2025.")


def test_a_weight_range_between_two_ends_with_their_unit():
    got = ranges("For 2025 the Group expects ore production of between 12.5 Mt and 13.0 Mt.")
    assert (12_500_000, 13_000_000) in got


def test_a_count_range_with_its_noun_after_both_ends():
    assert (84_000, 88_000) in ranges(
        "Halvard expects to ship 84,000 units to 88,000 units in 2025."
    )


def test_a_change_from_one_count_to_another_is_no_range():
    # guard
    assert all(f.high is None for f in find_figures("rose from 12 stores to 15 stores"))


def test_two_counts_joined_by_and_stay_two():
    # guard
    assert all(f.high is None for f in find_figures("sold 40 units and 45 units"))
