"""A table's corner note that says its rows may state their own units with "/ as stated"
("PLN million / as stated"): it had not been read as a note at all, so the money rows were bare
numbers, a revenue row lost and a segment's PLN 116.2 million proposed as 116.2 things. The
exception says which rows differ, nothing of the note itself: the rows are in PLN million,
and a row's own unit ("(%)") still wins."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Sokol Media", ("Sokol",), CALENDAR)
SUMMARY = """Sokol Media S.A. - H1 2031 investor summary
Sokol Media S.A.
2031-08-27

## Key figures

| PLN million / as stated           | Q2 2031 | Q2 2030 | H1 2031 | H1 2030 |
|-----------------------------------|---------|---------|---------|---------|
| Revenue                           | 121.4   | 109.8   | 238.6   | 212.1   |
| Classic billboards                |         |         | 116.2   | 110.4   |
| Adjusted EBITDA                   |         |         | 81.7    | 77.0    |
| Classic billboard occupancy (%)   |         |         | 71.4    | 69.8    |
"""


def _half() -> dict[str, tuple[float, str]]:
    found = extract(SUMMARY, published=date(2031, 8, 27), entity=ENTITY).proposals
    return {
        p.metric: (p.value, p.unit)
        for p in found
        if (p.period.start, p.period.end) == (date(2031, 1, 1), date(2031, 6, 30))
    }


def test_money_rows_take_the_corner_note() -> None:
    half = _half()
    assert half["revenue"] == (238_600_000, "PLN"), half
    assert half["adjusted EBITDA"] == (81_700_000, "PLN")
    assert half["classic billboards"] == (116_200_000, "PLN")


def test_a_rows_own_unit_still_wins() -> None:
    assert _half()["classic billboard occupancy"] == (71.4, "percent")
