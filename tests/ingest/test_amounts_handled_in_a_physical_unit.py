"""Kinds of language over invented companies: an amount in a physical unit handled by a verb
of processing ("crushed 1.42 million tonnes of soybeans", "recovered 612,000 tonnes of
scrap", "ground 84,300 tonnes of wheat", "billed 96.4 million litres"), and the base it is
compared with in the same unit ("..., against 1.31 million tonnes a year earlier"): amounts
of a substance, never counts of nothing sold; the quantity a price is counted per ("EUR 412
per 1,000 litres") is no amount."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Valdora Agro"
DAY = date(2025, 11, 4)


def amounts(body: str) -> set[tuple]:
    text = f"{NAME} third-quarter update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    return {(p.period.iso(), p.value) for p in found if p.unit == "units"}


def test_verbs_of_processing_and_the_base_compared_with():
    found = amounts(
        "In the third quarter the group crushed 1.42 million tonnes of soybeans, against "
        "1.31 million tonnes a year earlier. Its mills ground 84,300 tonnes of wheat in the "
        "quarter, and its yards recovered 612,000 tonnes of scrap in the first nine months."
    )
    assert ("2025-07-01/2025-09-30", 1_420_000) in found
    assert ("2024-07-01/2024-09-30", 1_310_000) in found
    assert ("2025-07-01/2025-09-30", 84_300) in found
    assert ("2025-01-01/2025-09-30", 612_000) in found


def test_what_a_price_is_per_is_no_amount():
    found = amounts(
        "In the third quarter the dairy billed 96.4 million litres of milk and paid farmers "
        "EUR 412 per 1,000 litres."
    )
    assert ("2025-07-01/2025-09-30", 96_400_000) in found
    assert not any(v == 1_000 for _, v in found)
