"""A table whose note gives a scale and no currency ("(In millions, except per-user data)")
in a report whose amounts are all in one currency: a row named by a money measure ("Total
revenue", "Net income") is in that currency (on 3f25a2a it was a count of millions of
"units"). Guards: a row named by a count ("Paying users", "Freight ton-km") stays a count,
and a report writing two currencies gives the note none."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Bramblewood Inc.", ("Bramblewood",), FiscalCalendar.of("12-31", "start"))

TABLE = """
Financial Summary (unaudited)
(In millions, except per-user data)

                                         Three Months Ended       Six Months Ended
                                              June 30                  June 30
                                          2031        2030         2031        2030
Total revenue                            120.4       110.2        236.1       219.8
Net income                                15.1        12.0         29.3        22.2
Freight ton-km                            41.5        40.2         80.9        79.0
"""


def _found(prose: str) -> dict[tuple[str, float], str]:
    text = (
        "Bramblewood results\nWire\n2031-08-06\n\n"
        "Bramblewood, Inc. (Nasdaq: BRWD) today reported results for the second quarter "
        f"ended June 30, 2031.\n\n{prose}\n{TABLE}\n"
    )
    found = extract(text, published=date(2031, 8, 6), entity=ENTITY).proposals
    return {(p.metric, p.value): p.unit for p in found}


def test_money_rows_take_the_report_s_one_currency() -> None:
    got = _found("Cash was $455.0 million and the dividend $12.0 million; we paid $3.1 million.")
    assert got[("revenue", 110_200_000)] == "USD"
    assert got[("net income", 29_300_000)] == "USD"


def test_a_count_row_stays_a_count() -> None:
    got = _found("Cash was $455.0 million and the dividend $12.0 million; we paid $3.1 million.")
    assert all(unit == "units" for (metric, _), unit in got.items() if "ton-km" in metric)


def test_a_report_in_two_currencies_gives_the_note_none() -> None:
    got = _found("Cash was $455.0 million, €12.0 million, £9.0 million and ¥3.1 billion.")
    assert got.get(("revenue", 110_200_000)) in (None, "units")
