"""A count table or row whose note gives its scale and what it counts ("(millions of 9L
crates)", "(m, pallets)") holds counts in that scale, never the report's money and never
the bare cells; a part set in below such a row ("– Brand") is counted in the row's scale.
Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.placement import unit_note

DAY = date(2025, 11, 12)
ENTITY = KnownEntity("Corrowin Cider", (), FiscalCalendar.of("03-31", "end"))

CAPTIONED = f"""Corrowin Cider investor day
Test Wire
{DAY.isoformat()}

Corrowin Cider reported revenue of NZ$310 million for the year to 31 March 2025.

Crates shipped by label (millions of 9L crates)

  Brand                 Tier          FY2025   FY2024
  Orchard Gold          Premium         0.72     0.64
  Hillbrook             Standard        1.38     1.29
  Tussock Lane          Standard        0.55     0.58
  ----------------------------------------------
  Group                                 2.65     2.51
"""

ROWS = f"""Corrowin Cider half-year summary
Test Wire
{DAY.isoformat()}

| Six months to 30 Sep        | H1 FY2026   | H1 FY2025   |
|-----------------------------|-------------|-------------|
| Crates shipped (m, 9L)      | 1.07        | 0.98        |
| – Orchard Gold              | 0.37        | 0.33        |
| – Hillbrook                 | 0.70        | 0.65        |
| Revenue (NZ$m)              | 161.2       | 150.4       |
"""


def test_a_count_note_names_its_scale_and_no_money():
    assert unit_note("(millions of 9L crates)") == (1e6, "units")
    assert unit_note("Pallets moved (m, export)") == (1e6, "units")
    # money and physical units keep the readings they had
    assert unit_note("(millions of yen)") == (1e6, "JPY")
    assert unit_note("(thousand tonnes)") == (1e3, None)
    assert unit_note("(in millions, except per share)") == (1e6, None)


def test_a_captioned_count_table_is_read_in_its_scale():
    found = extract(CAPTIONED, published=DAY, entity=ENTITY).proposals
    counts = {(p.metric, p.period.end.year, p.value) for p in found if p.unit == "units"}
    assert any("Orchard Gold" in m and y == 2025 and v == 720_000 for m, y, v in counts)
    assert any("hillbrook" in m.lower() and y == 2024 and v == 1_290_000 for m, y, v in counts)
    assert not any(p.value in (0.72, 1.38, 0.64, 1.29) for p in found)
    assert not any(p.unit == "NZD" and p.value in (720_000, 1_380_000) for p in found)


def test_parts_below_a_counted_row_take_its_scale():
    found = extract(ROWS, published=DAY, entity=ENTITY).proposals
    values = {(p.metric, p.value) for p in found if p.unit == "units"}
    assert any(v == 1_070_000 for _, v in values)
    assert any("Orchard Gold" in m and v == 370_000 for m, v in values)
    assert any("Hillbrook" in m and v == 650_000 for m, v in values)
    assert not any(p.value in (0.37, 0.70, 0.33, 0.65) for p in found)
    revenue = [p for p in found if p.unit == "NZD"]
    assert any(p.value == 161_200_000 for p in revenue)  # the money row keeps its own note


def test_a_row_the_note_excepts_by_name_keeps_its_amounts_as_written():
    text = (
        f"Corrowin Cider quarterly filing\nTest Wire\n{DAY.isoformat()}\n\n"
        "                                   Three Months Ended\n"
        "                                      September 30\n"
        "($ in millions, except RPV)         2025        2024\n"
        "Tasting-room sales                 $ 97        $ 91\n"
        "Revenue per visitor (RPV)         $ 2,140     $ 2,020\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Corrowin Cider")).proposals
    values = {p.value for p in found if p.unit == "USD"}
    assert 2_140 in values and 2_020 in values
    assert 97_000_000 in values
    assert not any(v >= 2e9 for v in values)
