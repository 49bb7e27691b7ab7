"""A table's "(in millions, except per-share data)" scales its money rows, never an amount
per share."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Larchmont Kites", (), FiscalCalendar.of("12-31", "start"))
HEAD = "Larchmont Kites results\nWire\n2031-02-05\n\nLarchmont Kites reported its 2030 results.\n\n"


def _values(table: str) -> dict[tuple[str, int], float]:
    found = extract(HEAD + table, published=date(2031, 2, 5), entity=ENTITY).proposals
    return {(p.metric.lower(), p.period.start.year): p.value for p in found}


def test_per_share_rows_are_not_in_millions() -> None:
    values = _values(
        "| (in millions, except per-share data) | 2030 | 2029 |\n"
        "| Net sales | $418 | $394 |\n"
        "| Diluted EPS | $1.41 | $1.30 |\n"
        "| Net income per share | $0.97 | $0.88 |\n"
    )
    assert values[("net sales", 2030)] == 418e6
    assert values[("diluted eps", 2029)] == 1.30
    assert any(v == 0.97 for (m, y), v in values.items() if y == 2030 and "per share" in m)
