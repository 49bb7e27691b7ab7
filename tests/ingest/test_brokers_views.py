"""A securities house or investors as a sentence's subject, then their view ("Halden
Securities expects FY2026 revenue of ...", "LEGAL PERSONS SEE ...") give their estimate,
never the company's figure; the company's own expectation stays. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 10)


def _values(sentence: str) -> set[float]:
    report = f"Veltro Cable update\nWire\n{DAY.isoformat()}\n\n{sentence}\n"
    found = extract(report, published=DAY, entity=KnownEntity("Veltro Cable")).proposals
    return {p.value for p in found}


def test_a_houses_view_is_not_the_companys():
    assert 3_100_000_000 not in _values("Halden Securities sees 2026 revenue of $3.1 billion.")
    assert 18.0 not in _values(
        "Legal persons estimate that Veltro Cable's 2026 earnings per share may reach "
        "NT$18 to NT$19."
    )


def test_the_companys_own_view_stays():
    assert 3_100_000_000 in _values("Veltro Cable expects 2026 revenue of $3.1 billion.")


def test_another_organisation_speaking_of_itself_is_not_the_company():
    found = _values(
        "Veltro Cable shipped 3,000 cabinets in 2025. Pellwyn says it expects to ship 4,000 "
        "cabinets in 2026."
    )
    assert 3_000 in found and 4_000 not in found
    # the company's short name speaking of itself stays the company's
    assert 3_100_000_000 in _values("Veltro says it expects 2026 revenue of $3.1 billion.")
