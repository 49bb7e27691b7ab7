"""A whole country's or industry's measure opening a line ("- Nationwide card usage at all
Dutch car parks was 81.2% in November, per the transport ministry") is no figure of the
company's. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 1, 20)


def test_a_nationwide_measure_is_not_the_companys():
    report = (
        f"Parkeer Groep update\nDesk notes\n{DAY.isoformat()}\n\n"
        "- Parkeer Groep revenue was EUR 41.2 million in November 2025.\n"
        "- Nationwide card usage at all Dutch car parks was 81.2% in November 2025, per the "
        "transport ministry.\n"
    )
    found = extract(report, published=DAY, entity=KnownEntity("Parkeer Groep")).proposals
    assert any(p.value == 41_200_000 for p in found)
    assert not any(p.value == 81.2 for p in found)
