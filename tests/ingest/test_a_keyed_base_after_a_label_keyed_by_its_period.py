"""A line whose label ends on its own period ("- Cabin hours flown 2025: 3.8m BH (2024:
3.5m)", its unit's initials after the figure) keys its figure by that label, outside any
bracket: the bracketed base after it is still that figure's measure for the bracket's
period. Before, the figure counted as another bracketed base and the base was named by
nothing (the test fails on the code before). Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

SKERRY = KnownEntity("Skerry Air Services", ("Skerry",), CALENDAR)


def test_the_bracketed_base_after_a_period_keyed_label():
    got = proposals(
        "Skerry Air Services today reported its results for 2025.\n\n"
        "- Cabin hours flown 2025: 3.8m BH (2024: 3.5m)\n",
        SKERRY,
        date(2026, 3, 4),
        "Skerry Air Services annual results",
    )
    found = {(p.value, p.period.iso()) for p in got}
    assert (3_800_000, "2025-01-01/2025-12-31") in found
    assert (3_500_000, "2024-01-01/2024-12-31") in found
