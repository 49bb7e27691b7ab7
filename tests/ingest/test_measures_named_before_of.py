"""Kinds of language over invented companies: an amount or a count named by the noun phrase
right before "of" it, where no vocabulary word names it ("wrote net earned premium of
£412.6 million", "closed the year with funds under administration of CHF 61.2 billion",
"Members in good standing of 842,000 at 31 December 2025"), a balance on the day the clause
names; never a one-off item ("a one-time impairment of"), a payout, a rate, a bare word
("cash of") or a price something was done at ("at a net premium of")."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Ellery Mutual"
DAY = date(2026, 2, 26)


def facts(body: str) -> set[tuple]:
    text = f"{NAME} full-year results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    return {(p.period.iso(), p.value) for p in found}


def test_a_phrase_before_of_names_what_the_vocabulary_lacks():
    found = facts(
        "The insurer wrote net earned premium of £412.6 million in 2025, up from £388.1 "
        "million in 2024. It closed the year with funds under administration of £61.2 "
        "billion. Members in good standing of 842,000 at 31 December 2025 were a record."
    )
    assert ("2025-01-01/2025-12-31", 412_600_000) in found
    assert ("2024-01-01/2024-12-31", 388_100_000) in found
    assert ("2025-12-31/2025-12-31", 61_200_000_000) in found
    assert ("2025-12-31/2025-12-31", 842_000) in found


def test_what_no_measure_of_the_business_stays_out():
    found = facts(
        "The insurer booked a one-time impairment of £38 million in 2025, held cash of "
        "£95 million and bought the Tenby book at a net premium of £7.5 million in 2025."
    )
    assert not {v for _, v in found} & {38_000_000, 95_000_000, 7_500_000}
