"""A figure guided with its tolerance is the range the tolerance spans: "$640 million ± $20
million" is 620..660 million, "$2.10 billion, plus or minus 3%" 2.037..2.163 billion,
"58%, plus or minus a percentage point" 57..59%, "58.5%, plus or minus 40 bps" 58.1..58.9%.
Before, the figure was proposed alone (or the tolerance taken for a figure of its own).
Guard: an amount without a tolerance reads as before. Invented company and wording
(fails on the code before: no range proposed)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from bot.ingest.figures import find_figures
from tests.ingest.invented import proposals

TALVERN = KnownEntity("Talvern Photonics", ("Talvern",), CALENDAR)
DAY = date(2025, 8, 20)


def read(text: str) -> list[tuple[float, float | None, str]]:
    return [(f.value, f.high, f.unit) for f in find_figures(text)]


def test_tolerances_make_ranges():
    assert read("revenue of $640 million ± $20 million") == [(620e6, 660e6, "USD")]
    assert read("revenue of $2.10 billion, plus or minus 3%") == [(2.037e9, 2.163e9, "USD")]
    assert read("a margin of 58%, plus or minus a percentage point") == [(57.0, 59.0, "percent")]
    assert read("a margin of 58.5%, plus or minus 40 bps") == [(58.1, 58.9, "percent")]


def test_an_amount_without_a_tolerance():
    # guard
    assert read("revenue of $640 million and a margin of 58%") == [
        (640e6, None, "USD"),
        (58.0, None, "percent"),
    ]


def test_guidance_with_tolerances_in_a_report():
    found = proposals(
        "For the third quarter, Talvern expects revenue of $640 million, plus or minus "
        "$20 million, and gross margin of 58%, plus or minus a percentage point.",
        TALVERN,
        DAY,
        "Talvern Photonics second quarter",
    )
    got = {(p.value, p.value_high, p.unit, p.period.iso()) for p in found}
    assert (620e6, 660e6, "USD", "2025-07-01/2025-09-30") in got
    assert (57.0, 59.0, "percent", "2025-07-01/2025-09-30") in got
