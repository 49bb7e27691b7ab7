"""A percentage written with its sign first and a decimal comma, as Turkish reports write it
("%9,4", "%10,0–%11,5", "-%7,2"), is a percentage: before, "%9,4" was no figure at all and
a table's "%9,4" a bare count of 9.4. Guards: "9,4%" and "100%" read as before, and a sign
glued after a word ("Q%3") is none. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures

DAY = date(2026, 2, 25)


def read(text: str) -> list[tuple[float, float | None, str]]:
    return [(f.value, f.high, f.unit) for f in find_figures(text)]


def test_sign_first_percentages():
    assert read("the margin came in at %10,1 for the year") == [(10.1, None, "percent")]
    assert read("guidance of %9,0 – %11,5 for 2026") == [(9.0, 11.5, "percent")]
    assert read("export revenue fell -%7,2") == [(-7.2, None, "percent")]


def test_percentages_written_the_usual_way_are_unchanged():
    # guard
    assert read("the margin was 9,4% and the stake 100%") == [
        (9.4, None, "percent"),
        (100.0, None, "percent"),
    ]
    assert read("code Q%3 applies") == [(3.0, None, "units")]


def test_a_guided_margin_range_in_a_report():
    text = (
        f"Kuzey Beyaz 2026 guidance\nTest Disclosure\n{DAY.isoformat()}\n\n"
        "Kuzey Beyaz expects an EBITDA margin of %10,0–%11,5 for 2026.\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Kuzey Beyaz", (), CALENDAR))
    ranges = [(p.value, p.value_high, p.unit) for p in found.proposals]
    assert (10.0, 11.5, "percent") in ranges
