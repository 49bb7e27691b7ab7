"""A table's caption whose note in the report's local sign says first what it covers:
"(amounts in KSh m)", "(all figures in R'000)". The sign is the report's currency and the
scale is the note's, as in a bare "(KSh m)"; the note is no part of the rows' names. Before,
the note went unread: money rows were dropped, or proposed as counts of nothing. Invented
companies (fails on the code before)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

DAY = date(2026, 3, 18)

KENYAN = """Mau Escarpment Tea Factories, the Kenyan grower, published its audited results.

Key figures (amounts in KSh m)          2025          2024
Revenue                                 18,420        16,905
Operating profit                         2,311         1,987
"""

SOUTH_AFRICAN = """Karoo Cartage, the South African road hauler, reported for the year.

Group results (all figures in R'000)     2025          2024
Revenue                              1,204,550     1,118,300
"""


def _found(body: str, name: str) -> dict[float, tuple[str, str, str]]:
    entity = KnownEntity(name, (name.split()[0],), CALENDAR)
    return {
        p.value: (p.metric, p.unit, p.period.iso())
        for p in proposals(body, entity, DAY, f"{name} results")
    }


def test_a_shilling_note_with_its_lead_in():
    found = _found(KENYAN, "Mau Escarpment Tea Factories")
    assert found[18_420e6] == ("revenue", "KES", "2025-01-01/2025-12-31")
    assert found[16_905e6][1:] == ("KES", "2024-01-01/2024-12-31")
    assert found[2_311e6][1] == "KES"
    assert "operating profit" in found[2_311e6][0]
    assert not any(unit == "units" for _, unit, _ in found.values())


def test_a_rand_note_in_thousands_with_its_lead_in():
    found = _found(SOUTH_AFRICAN, "Karoo Cartage")
    assert found[1_204_550e3][1:] == ("ZAR", "2025-01-01/2025-12-31")
    assert "revenue" in found[1_204_550e3][0]
    assert found[1_118_300e3][1] == "ZAR"
