"""A figure said in points of a percentage is a percentage: "a take rate of 64 basis points"
is 0.64%, "cost of risk of 110 to 125 bps" 1.10%..1.25%, "pricing added 2.7 percentage
points and volume 0.8 points" are 2.7% and 0.8%. Before, the bare number was a count and no
figure was proposed. Guards: a move in points beside the level it sizes ("fell 90 basis
points to 38.4%") leaves the level the figure, and "points of sale" count outlets.
Invented company and wording (fails on the code before: no percentages proposed)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from bot.ingest.figures import find_figures
from tests.ingest.invented import proposals

MERIDEN = KnownEntity("Meriden Paylink", ("Meriden",), CALENDAR)
DAY = date(2025, 11, 6)


def read(text: str) -> list[tuple[float, float | None, str]]:
    return [(f.value, f.high, f.unit) for f in find_figures(text)]


def test_basis_and_percentage_points_read_as_percentages():
    assert read("the take rate was 64 basis points") == [(0.64, None, "percent")]
    assert read("cost of risk of 110 to 125 bps") == [(1.1, 1.25, "percent")]
    assert read("pricing added 2.7 percentage points and volume 0.8 points") == [
        (2.7, None, "percent"),
        (0.8, None, "percent"),
    ]


def test_guards_moves_and_points_of_sale():
    # guard: a move in points stays unread; outlets called points of sale are counted
    assert read("margin fell 90 basis points to 38.4%")[-1] == (38.4, None, "percent")
    assert [u for _, _, u in read("margin fell 90 basis points to 38.4%")] == ["units", "percent"]
    assert read("sold through 8,240 points of sale") == [(8240.0, None, "units")]


def test_a_take_rate_in_basis_points_in_a_report():
    found = proposals(
        "In the third quarter Meriden's blended take rate eased to 64 basis points, "
        "from 69 basis points a year earlier.",
        MERIDEN,
        DAY,
        "Meriden Paylink third quarter",
    )
    got = {(p.value, p.unit, p.period.iso()) for p in found}
    assert (0.64, "percent", "2025-07-01/2025-09-30") in got
    assert (0.69, "percent", "2024-07-01/2024-09-30") in got
