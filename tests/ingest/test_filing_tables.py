"""Tables of a stock-exchange filing, over an invented company: a heading row at the margin
over rows set in below it, Indian digit grouping, and a table of bare counts whose lead-in
paragraph says what was counted."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

APRIL_YEARS = FiscalCalendar.of("03-31", "end")

FILING = """Kestrel Tractors: monthly disclosure
test
2025-10-01

Please find below the sales figures of the Company for the month of September 2025.

(in units)
Particulars                 Sep-25     Sep-24   Growth (%)   Apr-Sep 25   Apr-Sep 24
Domestic
   Tractors               2,41,386   2,12,904         13.4    12,18,442    11,27,315
   Tillers                  98,517     81,233         21.3     4,86,027     4,12,688
Total Domestic            3,39,903   2,94,137         15.6    17,04,469    15,40,003
Exports                     61,244     52,310         17.1     3,28,116     2,79,540
Total (Domestic + Exports)  4,01,147   3,46,447         15.8    20,32,585    18,19,543
   of which Kestrel Volt #    18,326      9,871         85.7       79,415       41,208

# Kestrel Volt is the electric sub-brand; its units are included above.
"""


def _facts(text: str) -> dict[tuple[str, float], str]:
    entity = KnownEntity("Kestrel Tractors", (), APRIL_YEARS)
    out = extract(text, published=date(2025, 10, 1), entity=entity).proposals
    return {(p.period.iso(), p.value): p.metric for p in out if p.unit == "units"}


def test_rows_set_in_below_a_heading_are_its_parts_each_in_indian_grouping():
    facts = _facts(FILING)
    tractors = facts[("2025-09-01/2025-09-30", 241386.0)]
    assert "tractors" in tractors and "domestic" in tractors
    assert "tillers" in facts[("2025-04-01/2025-09-30", 486027.0)]
    assert "tractors" not in facts[("2025-04-01/2025-09-30", 486027.0)]  # no wrapped label
    assert facts[("2024-04-01/2024-09-30", 1540003.0)] == "domestic sales"
    assert "exports" in facts[("2025-09-01/2025-09-30", 61244.0)]


def test_the_lead_in_names_the_measure_only_of_a_table_that_says_it_counts_units():
    # without "(in units)" a bare "sales" figure may be money in a currency never named
    facts = _facts(FILING.replace("(in units)\n", ""))
    assert ("2025-09-01/2025-09-30", 241386.0) not in facts


def test_a_lead_in_naming_two_measures_names_none():
    facts = _facts(FILING.replace("sales figures", "production and sales figures"))
    assert ("2025-09-01/2025-09-30", 241386.0) not in facts


def test_a_total_that_spells_out_its_sum_is_the_whole_and_of_which_names_a_part_of_it():
    facts = _facts(FILING)
    assert facts[("2025-09-01/2025-09-30", 401147.0)] in ("sales", "Total sales")
    volt = facts[("2025-04-01/2025-09-30", 79415.0)]
    assert volt.startswith("Kestrel Volt") and "#" not in volt and "domestic" not in volt
