"""A Nordic interim report's column heads name months of a year, slashed ("4–6/2031",
"1–6/2031", "1–12/2030"): the quarter, the half and the year they span (on 3f25a2a no
period was read and the table was lost). A caption set in capitals that names what its
rows split ("GROSS BOOKINGS BY GAME, EUR MILLION") names each row's measure in ordinary
words ("Puzzle Reef gross bookings"). Guard: "6–4/2031" spans nothing."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.cells import unslashed

ENTITY = KnownEntity("Tunturi Games", ("Tunturi",), FiscalCalendar.of("12-31", "start"))

TEXT = """Tunturi Games half-year report
Company release
2031-08-14

The figures in brackets refer to the corresponding period of the previous year.

GROSS BOOKINGS BY GAME, EUR MILLION

                            4–6/2031   4–6/2030   1–6/2031   1–6/2030   1–12/2030
Aurora Drift                    27,9       22,4       54,2       43,5        96,2
Puzzle Reef                     14,3       13,9       28,1       27,6        55,0
Total                           42,2       36,3       82,3       71,1       151,2
"""


def test_slashed_month_spans_are_read_as_their_periods() -> None:
    found = extract(TEXT, published=date(2031, 8, 14), entity=ENTITY).proposals
    got = {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}
    assert ("Puzzle Reef gross bookings", 14_300_000, "2031-04-01/2031-06-30") in got
    assert ("Puzzle Reef gross bookings", 28_100_000, "2031-01-01/2031-06-30") in got
    assert ("Aurora Drift gross bookings", 96_200_000, "2030-01-01/2030-12-31") in got


def test_months_in_the_wrong_order_span_nothing() -> None:
    assert unslashed("6–4/2031") == "6–4/2031"
    assert unslashed("4–6/2031") == "April–June 2031"
