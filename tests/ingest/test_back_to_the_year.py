"""A sentence that opens on the year talked about ("For the year, price contributed ...")
after a line on the year's last quarter brings the text back to the year: the parts split
out after it ("By segment, Sloops delivered $2.41 billion") are the year's, not the
quarter's. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 12)
CALL = f"""Halyard Marine full-year call
Test Wire
{DAY.isoformat()}

For the full year, net sales were $3.91 billion, down 1.2% from $3.96 billion in 2024.
Fourth-quarter net sales were $1.02 billion.

Let me take you through the bridge. For the year, price contributed plus 2% and volume minus
3%. By segment, Sloops delivered $2.41 billion and Ketches $1.50 billion.
"""


def test_parts_after_a_return_to_the_year_are_the_year_s():
    found = extract(CALL, published=DAY, entity=KnownEntity("Halyard Marine")).proposals
    parts = [p for p in found if p.value in (2_410_000_000, 1_500_000_000)]
    assert len(parts) == 2
    year = (date(2025, 1, 1), date(2025, 12, 31))
    assert all((p.period.start, p.period.end) == year for p in parts)
    quarter = [p for p in found if p.value == 1_020_000_000]
    assert quarter and quarter[0].period.start == date(2025, 10, 1)
