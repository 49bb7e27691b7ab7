"""Kinds of notation over invented companies: a wire line in capitals revising a range
("RAISES FY26 REVENUE VIEW TO 2.10-2.16 BLN DLRS FROM 2.02-2.10 BLN SET FEB 12") keeps the
replaced range whole after the word before it ("FROM", read "From" once the line is put in
lower case), never its high end alone as a model's number."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures

NAME = "Harwell Instruments"
DAY = date(2025, 8, 20)


def test_a_range_after_a_capitalised_word_is_one_range():
    found = find_figures("Dlrs From 2.02-2.10 BLN SET FEB 12")
    assert [(f.value, f.high) for f in found] == [(2_020_000_000, 2_100_000_000)]


def test_both_ranges_of_a_wires_revision():
    text = (
        f"HARWELL INSTRUMENTS RAISES VIEW\nTest Wire\n{DAY.isoformat()}\n\n"
        "HARWELL INSTRUMENTS <HWI.N> Q2:\n"
        "* RAISES FY25 REVENUE VIEW TO 2.10-2.16 BLN DLRS FROM 2.02-2.10 BLN SET FEB 12\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    ranges = {(p.value, p.value_high, p.unit) for p in found}
    assert (2_100_000_000, 2_160_000_000, "USD") in ranges
    assert (2_020_000_000, 2_100_000_000, "USD") in ranges
