"""A part's figure with its base in a keyed bracket ("In Germany we delivered 64,200 kettles
(H1 2024: 61,900)"): the base is the same part's, a year earlier. Before, the base was named
as the whole company's ("kettles delivered" for the half a year earlier), a wrong fact that
also clashed with the whole's own base and dropped both. Guard: the whole's own keyed base
stays the whole's. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Orrin Appliances half-year letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Orrin Appliances", ("Orrin",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_parts_keyed_base_is_the_parts():
    got = found(
        "In the first half of 2025 Orrin delivered 402,000 kettles (H1 2024: 388,000). "
        "In Germany we delivered 64,200 kettles (H1 2024: 61,900)."
    )
    assert got[61_900] == ("Germany kettles delivered", "2024-01-01/2024-06-30")
    assert got[64_200] == ("Germany kettles delivered", "2025-01-01/2025-06-30")


def test_the_wholes_keyed_base_stays_the_wholes():
    # guard
    got = found(
        "In the first half of 2025 Orrin delivered 402,000 kettles (H1 2024: 388,000). "
        "In Germany we delivered 64,200 kettles (H1 2024: 61,900)."
    )
    assert got[388_000] == ("kettles delivered", "2024-01-01/2024-06-30")
