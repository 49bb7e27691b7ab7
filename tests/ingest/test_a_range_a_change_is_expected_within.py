"""Two rates after "by" are the range a change is expected within ("expects sales to grow
by 4% to 6%", "by 16–18%"), one range fact: before, "by" made them a change and its new
level, so only the low end was proposed as the growth. Guard: after a verb in the past
("rose by 2% to 15%") they stay a change and its level. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 12)


def proposals(body: str) -> list[tuple[float, float | None]]:
    text = f"Ostrander Mills outlook\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Ostrander Mills", ("Ostrander",), CALENDAR)
    found = extract(text, published=DAY, entity=entity).proposals
    return [(p.value, p.value_high) for p in found if p.unit == "percent"]


def test_a_range_joined_by_to_after_by():
    found = proposals("Ostrander expects flour sales to grow by 3% to 5% in 2026.")
    assert found == [(3.0, 5.0)]


def test_a_range_with_its_unit_once_after_by():
    found = proposals("Ostrander expects flour sales to grow by 7 to 9 percent in 2026.")
    assert found == [(7.0, 9.0)]


def test_a_dashed_range_after_by():
    found = proposals("Ostrander expects flour sales to grow by 11–14% in 2026.")
    assert found == [(11.0, 14.0)]


def test_a_change_in_the_past_and_its_level():
    # guard: a rate that rose by one figure to another is no range
    found = proposals("In 2025 Ostrander's milling margin rose by 2% to 15%.")
    assert (2.0, 15.0) not in found
