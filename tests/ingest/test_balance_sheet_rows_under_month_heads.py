"""A table captioned as the balance sheet, its columns headed by months ("Balance sheet
(EUR millions)   Sep-25   Jun-25   Dec-24"), holds every row as a level on its month's last
day: "Net loans 8,410" under "Sep-25" is the book at 30 September, not a flow over the
month. Before, a row whose own label names no stock (loans, receivables) took the whole
month (the test fails on the code before). Invented lender."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

VESTRA = KnownEntity("Vestra Kredit", ("Vestra",), CALENDAR)

BODY = (
    "Vestra Kredit published its third-quarter 2025 figures on Thursday.\n\n"
    "Balance sheet (EUR millions)      Sep-25     Jun-25     Dec-24\n"
    "Net loans                          8,410      8,275      8,020\n"
    "Leasing receivables                1,962      1,930      1,871\n"
)


def test_rows_of_a_balance_sheet_are_held_on_the_months_last_day():
    got = proposals(BODY, VESTRA, date(2025, 11, 6), "Vestra Kredit Q3 2025")
    found = {(p.value, p.period.iso()) for p in got}
    assert (8_410_000_000, "2025-09-30/2025-09-30") in found
    assert (8_275_000_000, "2025-06-30/2025-06-30") in found
    assert (1_871_000_000, "2024-12-31/2024-12-31") in found
    assert not any(p.period.days > 1 for p in got if p.unit == "EUR")
