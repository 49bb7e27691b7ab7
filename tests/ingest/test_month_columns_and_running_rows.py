"""A monthly revenue table's columns written year first ("2025/10 | 2024/10") are those
months, and a row that counts the months up to its column ("Cumulative revenue (Jan.–Oct.)")
holds the running total from the year's first month, never that month alone. Company
invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 10)
REPORT = f"""Pelorus Optics monthly revenue
Test Wire
{DAY.isoformat()}

(NT$ thousands)
Item                                 2025/10         2024/10      Change %
Net operating revenue             4,215,286       3,925,397        7.39%
Cumulative revenue (Jan.–Oct.)   39,836,417      36,241,414        9.92%
"""


def test_year_first_month_columns_and_running_rows():
    found = extract(REPORT, published=DAY, entity=KnownEntity("Pelorus Optics")).proposals
    by_value = {p.value: p.period for p in found}
    assert by_value[4_215_286_000].start == date(2025, 10, 1)
    assert by_value[3_925_397_000].end == date(2024, 10, 31)
    assert by_value[39_836_417_000].start == date(2025, 1, 1)
    assert by_value[39_836_417_000].end == date(2025, 10, 31)
    assert by_value[36_241_414_000].start == date(2024, 1, 1)
