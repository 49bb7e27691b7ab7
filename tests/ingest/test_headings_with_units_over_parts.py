"""A heading row with its units and no figures ("Revenue (C$M)") over rows set in below it
("  Physical lane   79.4", "  Total revenue   126.8"): each set-in row is a part of the
heading's measure in the heading's units, and "Total revenue" the measure itself (on
3f25a2a the heading was joined to the first row as one wrapped label, "Revenue Physical
lane", and the other rows had no currency and were lost). Guard: a label wrapped over two
lines with no unit ("Revenue from connected" / "  services   31.2") is still one row."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tallowmere Auctions", ("Tallowmere",), FiscalCalendar.of("12-31", "start"))


def _found(table: str) -> set[tuple[str, float, str]]:
    text = (
        "Tallowmere Auctions results\nWire\n2031-02-26\n\n"
        f"Tallowmere Auctions today announced its results for 2030.\n\nHighlights\n\n{table}\n"
    )
    found = extract(text, published=date(2031, 2, 26), entity=ENTITY).proposals
    return {(p.metric, p.value, p.unit) for p in found}


def test_parts_set_in_below_a_heading_with_its_units() -> None:
    got = _found(
        "                                   FY 2030    FY 2029\n"
        "Revenue (C$M)\n"
        "  Physical lane                      341.2      330.4\n"
        "  Online lane                        188.5      151.3\n"
        "  Total revenue                      529.7      481.7\n"
    )
    assert ("physical lane revenue", 341_200_000, "CAD") in got
    assert ("online lane revenue", 151_300_000, "CAD") in got
    assert ("revenue", 529_700_000, "CAD") in got


def test_a_wrapped_label_without_units_is_one_row() -> None:
    got = _found(
        "(C$ millions)                      FY 2030    FY 2029\n"
        "Revenue from connected\n"
        "  services                            31.2       28.4\n"
    )
    assert any(value == 31_200_000 and "services" in metric for metric, value, _ in got)
