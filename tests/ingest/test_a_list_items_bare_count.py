"""Kinds of layout over invented companies: a bare count that ends an item of a list, right
after the item's label ("* Q3 branch visits 4,120; 9-mth branch visits 12,480" under a
wire's dateline), is the count its label names, for the item's period; one followed by the
day it is counted on ("ACTIVE MEMBERS 41,200 AT SEPT 30"), and the count after it on the
same line, is a level on that day; a model's code ("XR-300") is no count."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Penmoor Fitness"
DAY = date(2025, 10, 29)


def facts(items: str) -> set[tuple]:
    text = (
        f"BRIEF-{NAME} Q3\nTest Wire\n{DAY.isoformat()}\n\n"
        f"Oct 29 (Test Wire) - Penmoor Fitness plc:\n{items}\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    return {(p.period.iso(), p.value) for p in found}


def test_a_bare_count_after_an_items_label():
    found = facts("* Q3 branch visits 4,120; 9-mth branch visits 12,480\n")
    assert ("2025-07-01/2025-09-30", 4_120) in found
    assert ("2025-01-01/2025-09-30", 12_480) in found


def test_a_count_on_a_day_and_the_one_after_it():
    found = facts("* ACTIVE MEMBERS 41,200 AT SEPT 30; KIOSKS 1,310\n")
    assert ("2025-09-30/2025-09-30", 41_200) in found
    assert ("2025-09-30/2025-09-30", 1_310) in found


def test_a_models_code_is_no_count():
    found = facts("* Q3 launched its treadmill line TR-300\n")
    assert not any(v == 300 for _, v in found)
