"""A figure restated for readers in another currency ("For those who follow us in
dollars, revenue was roughly US$1.2 billion", "H1 revenue approx EUR 512 mln" in a krone
report) is a conversion, no fact of the company's; a measure the company reports in a
second currency as its own ("Revenue in USD was $812.4 million") and a price of one thing
in another currency stay. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 4)


def _found(body: str):
    report = f"Halvorsen Foods half year\nWire\n{DAY.isoformat()}\n\n{body}\n"
    return extract(report, published=DAY, entity=KnownEntity("Halvorsen Foods")).proposals


def test_an_approximate_restatement_in_another_currency_is_left_out():
    found = _found(
        "Revenue for the half year to December 2025 was DKK 3,812 million. "
        "For those who follow us in euros, H1 revenue was roughly EUR 511 million."
    )
    assert any(p.unit == "DKK" and p.value == 3_812_000_000 for p in found)
    assert not any(p.unit == "EUR" for p in found)


def test_a_price_in_another_currency_stays():
    found = _found(
        "Revenue for the half year to December 2025 was DKK 3,812 million, and the average "
        "export price was about EUR 4.10 per kg."
    )
    assert any(p.unit == "EUR" and p.value == 4.10 for p in found)
