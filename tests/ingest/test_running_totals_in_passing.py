"""A running total said in passing after a quarter's figure ("That brings sales for the
first nine months to ...") leaves the quarter the period the text goes on about: the lines
after it with no period of their own are the quarter's. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 10, 28)
QUARTER = "2025-07-01/2025-09-30"
NINE_MONTHS = "2025-01-01/2025-09-30"

REPORT = """Pellworm Bikes third-quarter sales
Fahrrad Weekly
2025-10-28

Pellworm Bikes said on Tuesday that sales for the third quarter rose 6% to EUR 412 million.
That brings sales for the first nine months of 2025 to EUR 1.19 billion.

- E-bikes rose 9% to EUR 288 million.
- Gross margin improved 80 basis points to 37.4%.
"""


def test_lines_after_a_running_total_said_in_passing_are_the_quarters():
    found = extract(REPORT, published=DAY, entity=KnownEntity("Pellworm Bikes", ())).proposals
    got = {(p.period.iso(), p.value) for p in found}
    assert (NINE_MONTHS, 1.19e9) in got
    assert (QUARTER, 288e6) in got
    assert (QUARTER, 37.4) in got
