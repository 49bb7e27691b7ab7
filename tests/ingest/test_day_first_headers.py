"""An exchange filing's results table, over an invented Indian company (fiscal year April -
March): a title with the table's units set to its right, then heads stacked over three lines
whose days are written day first ("30.09.2025") and whose earlier spans leave "ended"
unsaid ("Preceding / 3 months / 30.06.2025")."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.cells import worded_days

APRIL_YEARS = FiscalCalendar.of("03-31", "end")

FILING = """Outcome of Board Meeting
Marigold Textiles Limited, filing to the exchanges
2025-11-06

Dear Sir/Madam,

The Board of Directors at its meeting held today approved the unaudited financial results of
Marigold Textiles Limited for the quarter and half year ended 30th September, 2025.

STATEMENT OF UNAUDITED FINANCIAL RESULTS                                  (Rs. in crore)
Particulars            3 months    Preceding    Corresponding   6 months     Year
                       ended       3 months     3 months        ended        ended
                       30.09.2025  30.06.2025   30.09.2024      30.09.2025   31.03.2025
Revenue from operations  612.40      598.10       570.25         1,210.50     2,351.80

This is for your information and records.
"""


def _facts(text: str) -> dict[tuple[str, float], str]:
    entity = KnownEntity("Marigold Textiles", ("Marigold",), APRIL_YEARS)
    out = extract(text, published=date(2025, 11, 6), entity=entity).proposals
    return {(p.period.iso(), round(p.value)): p.metric for p in out}


def test_day_first_dates_are_written_out_and_a_span_before_a_day_ended_on_it():
    assert worded_days("3 months ended 30.09.2025") == "3 months ended 30 September 2025"
    assert worded_days("Preceding 3 months 30.06.2025") == ("Preceding 3 months ended 30 June 2025")
    assert worded_days("Year ended 31-03-2025") == "Year ended 31 March 2025"
    # not a day: a version, a month out of range; a month-first US date is left alone
    assert worded_days("Release 2.10.2025a") == "Release 2.10.2025a"
    assert worded_days("31.13.2025") == "31.13.2025"
    assert worded_days("9/30/2025") == "9/30/2025"


def test_stacked_day_first_heads_under_a_units_title_give_each_column_its_span():
    facts = _facts(FILING)
    assert facts[("2025-07-01/2025-09-30", 6124000000)] == "revenue"
    assert facts[("2025-04-01/2025-06-30", 5981000000)] == "revenue"
    assert facts[("2024-07-01/2024-09-30", 5702500000)] == "revenue"
    assert facts[("2025-04-01/2025-09-30", 12105000000)] == "revenue"
    assert facts[("2024-04-01/2025-03-31", 23518000000)] == "revenue"
    # the title's words are no figure's, and the heads name no measure of their own
    assert len(facts) == 5
