"""A bank's and an asset manager's book are levels on a day: a table titled "Balance sheet
and asset quality" over day columns ("Mar 31, 2031 | Mar 31, 2030") gives every row's
figure on that day, its ratios too, and "Gross advances", "Total deposits" and "Assets
under management" rows are levels under any columns (on 3f25a2a the day columns' rows
were all left out, and AUM under half-year columns was read as the half's). Guard: a
flow ("Net new money") under half-year columns stays the half's."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

BANK = KnownEntity("Kumarakom Bank", ("Kumarakom",), FiscalCalendar.of("03-31", "end"))
MANAGER = KnownEntity("Sihlberg Capital", ("Sihlberg",), FiscalCalendar.of("12-31", "start"))

BANK_TEXT = """Kumarakom Bank Q4 results
Press release
2031-04-17

Kumarakom Bank today announced its results.

Balance sheet and asset quality (₹ crore)

| Particulars          | Mar 31, 2031 | Mar 31, 2030 | YoY (%) |
|----------------------|-------------:|-------------:|--------:|
| Gross advances       |     3,48,560 |     2,98,420 |    16.8 |
| Total deposits       |     4,12,380 |     3,55,210 |    16.1 |
| CASA ratio (%)       |         38.4 |         41.2 | (280) bps|
"""

MANAGER_TEXT = """Sihlberg Capital half-year results
Press release
2031-07-24

Sihlberg Capital today reported its results for the first half of 2031.

| CHF | H1 2031 | H1 2030 |
|---|---|---|
| Assets under management (CHF bn) | 188.9 | 178.3 |
| Net new money (CHF bn) | 1.4 | 3.9 |
"""


def _found(text: str, entity: KnownEntity, published: date) -> set[tuple[str, float, str]]:
    found = extract(text, published=published, entity=entity).proposals
    return {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_a_balance_sheet_table_s_rows_are_levels_on_its_days() -> None:
    got = _found(BANK_TEXT, BANK, date(2031, 4, 17))
    assert ("gross advances", 3_485_600_000_000, "2031-03-31/2031-03-31") in got
    assert ("deposits", 3_552_100_000_000, "2030-03-31/2030-03-31") in {
        (m.removeprefix("total "), v, p) for m, v, p in got
    }
    assert ("CASA ratio", 41.2, "2030-03-31/2030-03-31") in got


def test_assets_under_management_are_a_level_a_flow_is_the_half_s() -> None:
    got = _found(MANAGER_TEXT, MANAGER, date(2031, 7, 24))
    assert ("assets under management", 188_900_000_000, "2031-06-30/2031-06-30") in got
    assert ("net new money", 1_400_000_000, "2031-01-01/2031-06-30") in got
