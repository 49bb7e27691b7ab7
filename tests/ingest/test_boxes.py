"""A framed "Highlights" box, over an invented company: the frame is read as spaces, the
table inside is a table (its second heading of days over a level's rows), quotes stay the
report's words, and a reference number in the header is no figure."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.boxes import unboxed
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures

MAY_YEARS = FiscalCalendar.of("04-30", "end")

RELEASE = """Tormund Ledger plc: Interim Results
RNS
2025-12-09

RNS Number : 5120K
Tormund Ledger plc

Tormund Ledger plc announces its interim results for the six months ended 31 October 2025.

+----------------------------------------------------------------------+
| HIGHLIGHTS                                                           |
|                                         H1 FY26    H1 FY25   Change  |
|  Revenue                                £118.2m    £104.9m   +12.7%  |
|  Underlying operating profit             £30.4m     £26.0m   +16.9%  |
|                                                                      |
|                                    31 Oct 2025  31 Oct 2024          |
|  Customers                              64,200     58,900            |
+----------------------------------------------------------------------+
"""


def _facts():
    entity = KnownEntity("Tormund Ledger", (), MAY_YEARS)
    return extract(RELEASE, published=date(2025, 12, 9), entity=entity).proposals


def test_the_frame_is_read_as_spaces_and_keeps_every_offset():
    plain = unboxed(RELEASE)
    assert len(plain) == len(RELEASE) and "|" not in plain and "+---" not in plain
    assert unboxed("| a | b |\n|---|---|\n| 1 | 2 |") == "| a | b |\n|---|---|\n| 1 | 2 |"


def test_the_table_inside_a_box_is_read_with_its_columns_periods():
    got = {(p.period.iso(), p.value, p.unit) for p in _facts()}
    assert ("2025-05-01/2025-10-31", 118.2e6, "GBP") in got
    assert ("2024-05-01/2024-10-31", 26.0e6, "GBP") in got


def test_a_second_heading_of_days_right_of_the_labels_dates_each_column():
    got = {(p.period.iso(), p.value) for p in _facts() if p.unit == "units"}
    assert ("2025-10-31/2025-10-31", 64200.0) in got
    assert ("2024-10-31/2024-10-31", 58900.0) in got
    assert ("2024-10-31/2024-10-31", 64200.0) not in got


def test_quotes_are_the_reports_words_and_a_reference_number_is_no_figure():
    facts = _facts()
    folded = " ".join(RELEASE.split())
    assert all(" ".join(p.quote.split()) in folded for p in facts)
    assert not any(p.value in (5120.0, 5120e12) for p in facts)
    assert find_figures("Scrip Code: 532914") == []
