"""A Korean release's table titled with its units set to the right ("<Summary of
Consolidated Results>      (Unit: KRW billion)") over a blank line: the scale and currency
of the table's bare numbers (on 3f25a2a the title line read as a row of cells, the note was
lost and every money row was left out as an amount in no currency). A year-on-year change
set after the year-ago column ("3Q30 | 2Q30 | QoQ | 3Q29 | YoY") is the change of the
column a year later, never of the year-ago quarter. Guard: a line of two cells holding
figures is no title."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity
from bot.ingest.layout import analyse
from bot.ingest.tables.placement import table_note
from bot.ingest.tables.reader import table_proposals

ENTITY = KnownEntity("Hwaseong Cells", ("Hwaseong",), FiscalCalendar.of("12-31", "start"))

TEXT = """Hwaseong Cells third-quarter results
Press release
2030-10-29

Hwaseong Cells today announced its results for the third quarter of 2030.

<Summary of Consolidated Results>                        (Unit: KRW billion)

Category                    3Q30      2Q30     QoQ       3Q29      YoY
Revenue                  6,218.4   5,873.1    5.9%    7,402.6   -16.0%
Net profit                 301.2      97.4  209.2%      520.3   -42.1%
"""


def _found() -> set[tuple[str, float, str, str]]:
    found = table_proposals(TEXT, analyse(TEXT), ctx_published=date(2030, 10, 29), entity=ENTITY)
    return {(p.metric, p.value, p.unit, f"{p.period.start}") for p in found}


def test_units_set_right_of_the_title_scale_the_money_rows() -> None:
    got = _found()
    assert ("revenue", 5_873_100_000_000, "KRW", "2030-04-01") in got
    assert ("net profit", 520_300_000_000, "KRW", "2029-07-01") in got


def test_a_year_on_year_change_after_the_year_ago_column_is_the_later_quarter_s() -> None:
    got = _found()
    assert ("revenue change", -16.0, "percent", "2030-07-01") in got
    assert not any(unit == "percent" and start == "2029-07-01" for _, _, unit, start in got)


def test_a_line_of_figures_is_no_title() -> None:
    text = "Revenue                  6,218.4      (KRW 5,873.1 billion)\n\nCategory   3Q30   2Q30\n"
    assert table_note(text, text.index("Category")) is None
