"""A table led into by a line that gives its units ("Selected data of the Group (mln zł,
unless stated otherwise):"), the scale before a sign written after amounts (zł), and
thousands set apart by spaces before a decimal point ("2 112.0"). Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures
from bot.ingest.tables.placement import unit_note

CALENDAR = FiscalCalendar.of("12-31", "start")

REPORT = """Zielony Rynek S.A. current report
test
2025-03-12

The Management Board of Zielony Rynek S.A. publishes selected preliminary data of the Group for
2024. The Group reports in PLN.

Selected preliminary data of the Group (mln zł, unless stated otherwise):

    Item                                   Q4 2024        2024        2023
    Gross merchandise value (GMV)            412.7     1 508.4     1 201.9
    Revenue from sales                       388.0     1 377.2     1 090.5
    Number of orders (mln)                    1.94        7.12        5.80
"""


def test_spaces_group_thousands_before_a_decimal_point():
    assert [f.value for f in find_figures("2 112.0")] == [2112.0]
    # ("FY3/26 110.37": a year's digits after a slash are no group of the figure after)
    assert 110.37 in [f.value for f in find_figures("9M FY3/26 110.37 yen")]


def test_the_scale_before_the_zloty_and_unless_stated_otherwise():
    assert unit_note("(mln zł, unless stated otherwise)") == (1e6, "PLN")
    assert unit_note("(EUR m, unless stated otherwise)") == (1e6, "EUR")


def test_a_lead_in_line_gives_the_table_its_units():
    entity = KnownEntity("Zielony Rynek", (), CALENDAR)
    out = extract(REPORT, published=date(2025, 3, 12), entity=entity).proposals
    facts = {(p.period.iso(), p.value, p.unit) for p in out}
    assert ("2024-01-01/2024-12-31", 1508400000.0, "PLN") in facts
    assert ("2024-10-01/2024-12-31", 388000000.0, "PLN") in facts
    assert ("2023-01-01/2023-12-31", 5800000.0, "units") in facts
