"""A ratio in apposition after a level and its base ("EBITDA was €61.2 million compared
with €55.0 million, an EBITDA margin of 18.4%"): the ratio is the level's, of the level's
period. Before, it took the period of the figure right before it, the base's, and stated
the year's margin as the year before's. Guard: a ratio right after a level with no base
keeps that level's period, as before. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 3, 4)


def found(body: str) -> dict[float, str]:
    text = f"Harrowby Mills annual results\nTest Releases\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Harrowby Mills", ("Harrowby",), CALENDAR)
    return {p.value: p.period.iso() for p in extract(text, published=DAY, entity=entity).proposals}


def test_a_ratio_after_a_base_is_the_levels():
    got = found(
        "In 2025 Harrowby's EBITDA was €61.2 million compared with €55.0 million, "
        "an EBITDA margin of 18.4%."
    )
    assert got[18.4] == "2025-01-01/2025-12-31"
    assert got[55_000_000] == "2024-01-01/2024-12-31"


def test_a_ratio_right_after_its_level_keeps_its_period():
    # guard
    got = found("In 2025 Harrowby's EBITDA was €61.2 million, with a margin of 18.4%.")
    assert got[18.4] == "2025-01-01/2025-12-31"
