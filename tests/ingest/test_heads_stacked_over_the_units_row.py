"""A space-aligned table whose column heads are stacked over several lines, the last of
them opening on the table's units at the margin ("£m unless stated   Dec 2030   Dec 2029"
below "Six months   Six months   Year ended" / "ended 31   ended 31   30 June"): each
column's period is read from all its lines, never from the last alone (on 3f25a2a the
columns were read as the months of December). A units row with nothing stacked above it
stays a one-line header (guard)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Fenwold Rovers plc", ("Fenwold Rovers",), FiscalCalendar.of("06-30", "end"))

STACKED = """
                                         Six months     Six months      Year ended
                                           ended 31       ended 31         30 June
£m unless stated                           Dec 2030       Dec 2029            2030
Matchday                                       18.2           17.5            33.1
Total revenue                                  96.4           90.8           181.0
"""

ONE_LINE = """
£m unless stated                          2030           2029
Matchday                                  33.1           31.0
Total revenue                            181.0          172.4
"""


def _found(table: str) -> set[tuple[str, float, str]]:
    text = (
        "Fenwold Rovers plc: interim results\nWire\n2031-02-20\n\n"
        "Fenwold Rovers plc today announces its interim results.\n\n"
        f"Key figures\n{table}\n"
    )
    found = extract(text, published=date(2031, 2, 20), entity=ENTITY).proposals
    return {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_stacked_heads_over_a_units_row_name_halves_and_a_year() -> None:
    got = _found(STACKED)
    assert ("revenue", 96_400_000, "2030-07-01/2030-12-31") in got
    assert ("revenue", 90_800_000, "2029-07-01/2029-12-31") in got
    assert ("revenue", 181_000_000, "2029-07-01/2030-06-30") in got
    assert ("matchday", 18_200_000, "2030-07-01/2030-12-31") in got
    assert not any(period.endswith("-12-31") and period.startswith("2030-12") for *_, period in got)


def test_a_units_row_alone_is_a_one_line_header() -> None:
    got = _found(ONE_LINE)
    assert ("revenue", 181_000_000, "2029-07-01/2030-06-30") in got
    assert ("revenue", 172_400_000, "2028-07-01/2029-06-30") in got
