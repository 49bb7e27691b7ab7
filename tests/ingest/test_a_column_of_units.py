"""Kinds of language over invented companies: a table whose "Unit" column states each row's
unit ("kt", "koz", "%") beside its figures. The unit is the row's, as a bracket after its
label would be: "Ore hoisted  kt  4,120" is 4,120,000 tonnes, never 4,120 of anything; a
column headed "Units" that holds figures ("Crawler  412") is a count, left as it was."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.unit_column import with_row_units

NAME = "Karoo Ridge Mining"
DAY = date(2026, 2, 12)

TABLE = """\
Operations summary

                                      Unit        H2 2025     H2 2024
Ore hoisted                           kt             4,120       3,980
Gold produced                         koz            102.5        97.1
Plant recovery                        %               88.4        87.9
"""


def found() -> set[tuple]:
    text = f"{NAME} update\nTest Wire\n{DAY.isoformat()}\n\n{TABLE}\n"
    out = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    return {(p.period.start.isoformat(), p.value, p.unit) for p in out}


def test_each_row_is_read_in_the_unit_its_cell_states():
    got = found()
    assert ("2025-07-01", 4_120_000, "units") in got
    assert ("2024-07-01", 3_980_000, "units") in got
    assert ("2025-07-01", 102_500, "units") in got
    assert ("2025-07-01", 88.4, "percent") in got
    assert not any(v in (4120, 102.5) for _, v, _ in got)  # never the bare cell


def test_a_units_column_of_figures_is_no_column_of_units():
    header = ["Crane type", "Units"]
    body = [(["Crawler", "412"], [None, None]), (["Tower", "191"], [None, None])]
    assert with_row_units(header, body) == (header, body)
