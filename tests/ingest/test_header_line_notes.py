"""A table's unit note stated where its reader had lost it: opening a header line whose first
cell a section row below took the place of ("(in millions, except per pound)   Dec 27, 2025
..."), or after a word of its own in a caption ("(unaudited; in thousands of U.S. dollars)").
Its rows are in that scale; a section of counts done ("Pounds sold") stays a count, and a
price per pound keeps its own dollars. Companies invented here; the cases failed on the
engine this session started from (734c82a): the bare cells had been read as dollars or as
counts, a million or a thousand times too small."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 5)


def _found(body: str) -> set[tuple[str, str, float, str]]:
    text = f"Brambleton Farms quarterly report\nTest Filing\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity("Brambleton Farms", ())).proposals
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in found}


SEGMENTS = """Segment summary

                                  Three Months Ended
(in millions, except per pound)   Dec 31, 2025   Dec 31, 2024   Change
Net sales
  Eggs                            $   1,210      $   1,150        5.2 %
  Dairy                                 640            602        6.3 %
Pounds sold
  Eggs                                  905            880        2.8 %
  Dairy                                 322            301        7.0 %
Average price per pound
  Eggs                            $    1.34      $    1.31        2.3 %
"""


def test_a_note_opening_a_header_line_scales_the_money_rows():
    found = _found(SEGMENTS)
    values = {(value, unit) for _, period, value, unit in found if period.endswith("2025-12-31")}
    assert (1_210_000_000, "USD") in values
    assert (640_000_000, "USD") in values
    assert (905_000_000, "units") in values
    assert (1.34, "USD") in values
    assert not any(value in (1210, 640) for value, _ in values)


def test_a_caption_note_after_a_word_of_its_own():
    found = _found(
        "Results of operations (unaudited; in thousands of U.S. dollars)\n\n"
        "                          Three Months Ended December 31\n"
        "                                2025          2024\n"
        "  Storage fees                 48,215        45,902\n"
        "  Handling charges             12,430        11,876\n"
    )
    values = {(value, unit) for _, _, value, unit in found}
    assert (48_215_000, "USD") in values
    assert (12_430_000, "USD") in values
    assert not any(unit == "units" for _, unit in values)


def test_a_book_to_bill_row_is_no_money():
    found = _found(
        "Key figures (in millions of U.S. dollars)\n\n"
        "                                Q4 2025      Q4 2024\n"
        "Net service revenue               412.6        398.1\n"
        "Book-to-bill (net awards / NSR)    1.08         1.12\n"
    )
    values = {(value, unit) for _, _, value, unit in found}
    assert (412_600_000, "USD") in values
    assert not any(value in (1_080_000, 1_120_000) for value, _ in values)
