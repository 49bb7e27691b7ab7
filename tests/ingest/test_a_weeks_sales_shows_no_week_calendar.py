"""A week's sales ("week 12, 20 to 26 March 2023") or a holiday's end on any day of the
week. One that happens to fall where a 52/53-week year's quarter would close (the last
Sunday of March 2023) says nothing of the company's calendar: a later report's "third
quarter" of a December-year company is still July to September."""

from __future__ import annotations

from datetime import date

from bot.facts.store import FactStore
from bot.ingest.documents import read_document
from bot.ingest.service import ingest

NAME = "Pelletier Grocers"
WEEKLY = """Pelletier Grocers trading update
Harbour Wire (corpus)
2023-04-04

Pelletier Grocers said revenue in week 12, from 20 to 26 March 2023, was $41.3 million.
"""
QUARTER = """Pelletier Grocers third quarter
Harbour Wire (corpus)
2025-11-12

Pelletier Grocers said revenue in the July-September quarter rose to $512.7 million.
"""


def test_a_weeks_end_on_a_quarters_sunday_keeps_the_months(tmp_path):
    store = FactStore.open(tmp_path / "s.db", seed=None)
    try:
        reports = ((WEEKLY, date(2023, 4, 4)), (QUARTER, date(2025, 11, 12)))
        for n, (text, day) in enumerate(reports):
            path = tmp_path / f"{n}.txt"
            path.write_text(text, encoding="utf-8")
            ingest(
                store,
                read_document(path),
                published=day,
                scope="shared",
                actor="test",
                entity=NAME,
                fiscal_year_end="12-31",
                named_by="start",
            )
        found = {
            (c.fields["value"], c.fields["period"])
            for c in store.candidates("shared", status="pending")
        }
    finally:
        store.close()
    assert (41.3e6, "2023-03-20/2023-03-26") in found
    assert (512.7e6, "2025-07-01/2025-09-30") in found
