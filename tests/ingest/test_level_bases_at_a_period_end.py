"""A level counted on a day, compared with a base that names its own period's end after it
("against EUR 2.06 billion at the end of 2024", "$8.8B AT END-2024", "compared with 2,870
units a year earlier"): the base stood on the last day of that period, never on the day of
the level it is compared with (on 29f53422 both were read on the level's day, clashed, and
neither was proposed)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Marrick Pumps", ("Marrick",), FiscalCalendar.of("12-31", "start"))
PUBLISHED = date(2031, 8, 14)


def _levels(text: str) -> set[tuple[float, str]]:
    found = extract(text, published=PUBLISHED, entity=ENTITY).proposals
    return {(p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_a_base_at_the_end_of_a_year_stands_on_its_last_day() -> None:
    got = _levels(
        "Our order backlog stood at EUR 2.41 billion on 30 June 2031, against EUR 2.06 "
        "billion at the end of 2030."
    )
    assert (2_410_000_000, "2031-06-30/2031-06-30") in got
    assert (2_060_000_000, "2030-12-31/2030-12-31") in got


def test_a_wire_base_at_end_of_a_year() -> None:
    got = _levels("MARRICK RECORD BACKLOG $9.4B AT JUNE 30; $8.8B AT END-2030")
    assert (9_400_000_000, "2031-06-30/2031-06-30") in got
    assert (8_800_000_000, "2030-12-31/2030-12-31") in got


def test_a_base_at_the_end_of_last_year() -> None:
    got = _levels(
        "The order book was EUR 2.41 billion at 30 June 2031, compared with EUR 2.06 billion "
        "at the end of last year."
    )
    assert (2_060_000_000, "2030-12-31/2030-12-31") in got


def test_a_base_a_year_earlier_with_its_noun_between() -> None:
    got = _levels(
        "Backlog at June 28, 2031 was 3,120 units, compared with 2,870 units a year earlier."
    )
    assert (3_120, "2031-06-28/2031-06-28") in got
    assert (2_870, "2030-06-29/2030-06-29") in got  # 52 weeks before


def test_a_level_at_the_end_of_its_own_year_is_unchanged() -> None:
    got = _levels(
        "Marrick ended 2030 with an order backlog of EUR 2.06 billion at the end of 2030."
    )
    assert (2_060_000_000, "2030-12-31/2030-12-31") in got
