"""Kinds of table rows over invented companies: a row "in cents" ("Headline earnings per
share (cents)") counts the cents of the money the table itself notes, in its caption
("KES million") or in its money rows ("Revenue (R million)"), never a dollar the table
does not name; "(US cents)" stays the US dollar's."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 9, 4)


def _found(name: str, text: str) -> set[tuple[str, str, float, str]]:
    return {
        (p.metric, p.period.iso(), round(p.value, 6), p.unit)
        for p in extract(text, published=DAY, entity=KnownEntity(name)).proposals
    }


def test_cents_of_the_money_the_rows_note():
    name = "Kloofnek Foods"
    text = (
        f"{name} interim results\nTest Wire\n{DAY.isoformat()}\n\n"
        "Amounts are in South African rand.\n\n"
        "                                   H1 2025      H1 2024     Change\n"
        "Revenue (R million)                 3,208.4      2,977.0      +7.8%\n"
        "Operating profit (R million)          402.7        371.5      +8.4%\n"
        "Headline earnings per share (cents)   187.3        166.0     +12.8%\n"
    )
    found = _found(name, text)
    assert ("headline earnings per share", "2025-01-01/2025-06-30", 1.873, "ZAR") in found
    assert not any(unit == "USD" for *_, unit in found)


def test_cents_of_the_captions_money_and_us_cents_kept():
    name = "Mvuli Agro"
    text = (
        f"{name} half-year results\nTest Wire\n{DAY.isoformat()}\n\n"
        "| KES million | H1 2025 | H1 2024 |\n"
        "|---|---:|---:|\n"
        "| Revenue | 8,412.0 | 7,930.5 |\n"
        "| Earnings per share (cents) | 96.4 | 88.1 |\n"
        "| Dividend per ADS (US cents) | 12.5 | 11.0 |\n"
    )
    found = _found(name, text)
    assert ("earnings per share", "2025-01-01/2025-06-30", 0.964, "KES") in found
    assert not any(value == 0.964 and unit == "USD" for *_, value, unit in found)
