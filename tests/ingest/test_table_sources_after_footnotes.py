"""A table's source line under its footnotes ("¹ Royalties and fees." then "Sources: company
reports; H&P estimates") belongs to the table, as one right under its last row does: the
report goes on after it (on ad0aa5db it was read as the end matter's credit, and the note's
sections below it were lost)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Bellweather Grills", ("Bellweather",), FiscalCalendar.of("12-31", "start"))

TEXT = """Bellweather Grills (BWG): 4Q first take
Halden & Roe Securities — Equity Research
2032-02-20

BWG US | Restaurants | Rating: Buy | PT: $61

4Q31 vs. expectations ($m unless stated)
                                   Actual    H&R est.
System-wide sales                   2,410       2,385
Franchise revenues¹                   162         158
¹ Royalties and initial fees.
Sources: company reports; H&R estimates.

FULL YEAR
For fiscal 2031 system-wide sales were $9.6 billion, against $9.1 billion in fiscal 2030.
"""


def test_the_report_goes_on_after_a_table_s_sources() -> None:
    found = extract(TEXT, published=date(2032, 2, 20), entity=ENTITY).proposals
    got = {(p.value, f"{p.period.start}/{p.period.end}") for p in found}
    assert (9_600_000_000, "2031-01-01/2031-12-31") in got
    assert (9_100_000_000, "2030-01-01/2030-12-31") in got
