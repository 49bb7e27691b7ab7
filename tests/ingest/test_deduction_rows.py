"""A table row naming an amount taken off a total ("Refund cancellations (12.4)", "Cost of
goods sold (88.0)") is that amount, positive; a row that nets gains against it keeps the
accountant's minus. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.deductions import deducted

DAY = date(2026, 2, 20)
REPORT = f"""Orrinby Labs third-quarter statement
Desk notes
{DAY.isoformat()}

Income statement (US$ millions)
                                   Q3 2025     Q3 2024
Gross bookings                       312.5       290.2
Refund cancellations                 (12.4)      (10.9)
Site running costs                   (47.3)      (44.1)
Operating income (loss)               (5.6)        3.2
"""


def test_deduction_rows_are_positive():
    found = extract(REPORT, published=DAY, entity=KnownEntity("Orrinby Labs")).proposals
    values = {p.value for p in found if p.period.start == date(2025, 7, 1)}
    assert 12_400_000 in values and 47_300_000 in values
    assert -12_400_000 not in values and -47_300_000 not in values


def test_which_labels_name_a_deduction():
    assert deducted("Cost of goods sold")
    assert deducted("Impairment charges")
    assert not deducted("Other income (expense)")
    assert not deducted("Net gains on disposals")
    assert not deducted("Gross bookings")
