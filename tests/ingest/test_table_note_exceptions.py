"""A table's note with its exception ("£ million (unless stated)", "(HK$ million, unless
otherwise stated)"), a column headed by its measure, period and unit ("Net sales F25 £m"),
and a row in a unit of its own under a money note ("Volume (kL)"). Invented tables."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.placement import unit_note, without_exception

F25 = "2024-07-01/2025-06-30"
F24 = "2023-07-01/2024-06-30"

REPORT = """Duncarrow Brewing plc: results for the year ended 30 June 2025
Test Wire
2025-08-14

Duncarrow Brewing plc today announces its results for the year ended 30 June 2025 ("F25").

Summary

| £ million (unless stated)          | F25    | F24    |
|------------------------------------|--------|--------|
| Volume (kL)                        | 912.4  | 898.0  |
| Revenue                            | 1,406  | 1,352  |
| Operating profit                   | 211    | 198    |

Revenue by region

| Region          | Revenue F25 £m | Revenue F24 £m |
|-----------------|----------------|----------------|
| Scotland        | 602            | 588            |
| England         | 804            | 764            |
"""


def _rows() -> set[tuple]:
    entity = KnownEntity("Duncarrow Brewing", ("Duncarrow",), FiscalCalendar.of("06-30", "end"))
    found = extract(REPORT, published=date(2025, 8, 14), entity=entity).proposals
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in found}


def test_a_note_s_exception_leaves_the_note_read():
    assert without_exception("(HK$ million, unless otherwise stated)") == "(HK$ million)"
    assert unit_note("£ million (unless stated)") == (1e6, "GBP")


def test_a_table_under_a_note_with_its_exception_reads_its_amounts_in_the_note():
    found = _rows()
    assert ("revenue", F25, 1_406_000_000.0, "GBP") in found
    assert ("operating profit", F24, 198_000_000.0, "GBP") in found


def test_a_row_in_a_unit_of_its_own_is_never_the_table_s_money():
    assert not any(r[2] in (912.4, 912_400_000.0) and r[3] == "GBP" for r in _rows())


def test_a_column_s_unit_is_no_word_of_the_metric():
    found = {(m.lower(), *rest) for m, *rest in _rows()}
    assert ("scotland revenue", F25, 602_000_000.0, "GBP") in found
    assert not any(r[0].endswith(" m") for r in found)


NOTE = """Duncarrow Brewing: first take on the third quarter
Glenholm Research
2025-05-02

Third quarter (January to March) in brief

                          Q3 F25     Q3 F24     y/y    GHR est.
Revenue (£m)               352.0      340.5    +3.4%      348.0
"""


def test_a_writer_s_estimate_column_beside_the_company_s_figures_is_left_out():
    entity = KnownEntity("Duncarrow Brewing", ("Duncarrow",), FiscalCalendar.of("06-30", "end"))
    found = extract(NOTE, published=date(2025, 5, 2), entity=entity).proposals
    values = {p.value for p in found if p.unit == "GBP"}
    assert 352_000_000.0 in values and 340_500_000.0 in values
    assert 348_000_000.0 not in values


HIGHLIGHTS = """Sakuradai Instruments integrated report extract
Test Wire
2025-06-20

Financial Highlights

Consolidated results                              (Millions of yen)
                                     FY3/24          FY3/25
Net sales                           412,300         436,900
Operating profit                     21,450          24,080
"""


def test_a_note_beside_the_title_is_the_whole_table_s_not_only_the_last_column_s():
    entity = KnownEntity("Sakuradai Instruments", (), FiscalCalendar.of("03-31", "end"))
    found = extract(HIGHLIGHTS, published=date(2025, 6, 20), entity=entity).proposals
    rows = {(p.period.iso(), p.value, p.unit) for p in found}
    assert ("2023-04-01/2024-03-31", 412_300_000_000.0, "JPY") in rows
    assert ("2024-04-01/2025-03-31", 436_900_000_000.0, "JPY") in rows
