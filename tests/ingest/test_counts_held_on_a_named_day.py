"""Kinds of language over invented companies: a count of things the company holds on a day
the sentence names, said with a verb of holding ("At 30 June we were serving 1,204,300
connected homes", "As of March 31, 2026, we operated 61 depots"), a period it ended with
them ("ended the quarter with 3,410 trailers in the fleet", "ending 2025 with 880 kiosks"),
and the things counted after it joined by "and" ("61 depots and 212 collection points"):
each a level on that day, never a count of nothing sold."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Brantwell Utilities"


def levels(body: str, day: date) -> set[tuple]:
    text = f"{NAME} results\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    found = extract(text, published=day, entity=KnownEntity(NAME)).proposals
    return {(p.period.iso(), p.value) for p in found if p.unit == "units"}


def test_a_day_opening_the_sentence_dates_what_the_verb_holds():
    found = levels(
        "At 30 June we were serving 1,204,300 connected homes. As of June 30, 2025, we "
        "operated 61 depots and 212 collection points.",
        date(2025, 8, 14),
    )
    assert ("2025-06-30/2025-06-30", 1_204_300) in found
    assert ("2025-06-30/2025-06-30", 61) in found
    assert ("2025-06-30/2025-06-30", 212) in found


def test_a_period_ended_with_things_counted():
    found = levels(
        "The company ended the quarter with 3,410 trailers in the fleet. It opened 120 kiosks "
        "during the year, ending 2025 with 880 kiosks and 64 vending lounges.",
        date(2026, 2, 12),
    )
    assert ("2025-12-31/2025-12-31", 3_410) in found
    assert ("2025-12-31/2025-12-31", 880) in found
    assert ("2025-12-31/2025-12-31", 64) in found


def test_a_count_with_no_day_nor_holding_stays_out():
    # "hosted 14 events", "filed 120 patents": counted, but neither sold nor held on a day
    found = levels(
        "In 2025 we hosted 14 customer events and filed 120 patents, and we had 3 new ideas.",
        date(2026, 2, 12),
    )
    assert not any(v in (14, 120, 3) for _, v in found)
