"""A rule drawn under a space-aligned table's heads, one dash run a column ("----------
--------  --------"), belongs to the table: on 7f1f109c it was blanked as a rule between
pages, which parted the heads from the rows, and the table was lost. A rule across the page
is still page furniture."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Hanul Pay", ("Hanul",), FiscalCalendar.of("12-31", "start"))

TEXT = """Hanul Pay half-year report (excerpt)
Disclosure system
2031-08-14

1. Key operating indicators

 Category                              2Q31      2Q30      1H31      1H30
 ----------------------------------  --------  --------  --------  --------
 Payment volume (KRW trillion)          48.2      40.1      93.5      79.8
 Monthly active users (million)          6.42      5.91      6.35      5.80

------------------------------------------------------------------------------
"""


def test_a_column_rule_keeps_its_table() -> None:
    doc = parse_document(TEXT, ".txt")
    assert "--------  --------" in doc.text
    assert "-----------------------------------------------------------" not in doc.text
    found = extract(doc.text, published=date(2031, 8, 14), entity=ENTITY).proposals
    got = {(p.value, f"{p.period.start}/{p.period.end}") for p in found}
    assert (48_200_000_000_000, "2031-04-01/2031-06-30") in got
    assert (5_800_000, "2030-01-01/2030-06-30") in got
