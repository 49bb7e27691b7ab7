"""A table's note with the currency's code written as a word in title case: "(In Php
millions)", "(In Usd thousands)". The note gives the table's currency and scale, and is no
part of any row's name. Before, only capitals were read as a code: the rows' amounts were
bare counts in units. Guard: a three-letter word of the language before the note's words
("(All figures in EUR million)") is not read as a code (ALL is Albania's). Invented
company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.placement import unit_note

DAY = date(2025, 8, 7)
TEXT = f"""Kalapati Foods first-half results
Test Releases
{DAY.isoformat()}

Kalapati Foods, Inc. today reported its unaudited results for the six months ended June 30, 2025.

Financial highlights (In Php millions)

                                        2Q 2025    2Q 2024    1H 2025    1H 2024
Revenues                                 11,111     10,222     22,333     19,444
Net income attributable to the parent       555        444      1,666      1,333
"""


def test_a_title_case_code_gives_the_tables_currency():
    entity = KnownEntity("Kalapati Foods", ("Kalapati",), CALENDAR)
    got = {
        (p.metric, p.value, p.unit, p.period.iso())
        for p in extract(TEXT, published=DAY, entity=entity).proposals
    }
    assert ("revenues", 11_111_000_000, "PHP", "2025-04-01/2025-06-30") in got
    assert ("revenues", 19_444_000_000, "PHP", "2024-01-01/2024-06-30") in got


def test_the_note_reads_a_title_case_code():
    assert unit_note("(In Php millions)") == (1e6, "PHP")
    assert unit_note("(In Usd thousands)") == (1e3, "USD")


def test_a_word_of_the_language_is_no_code():
    # guard: "All" is no Albanian lek (the note is EUR millions, since "(All figures in ...)"
    # is read as a note: test_a_units_note_saying_what_it_covers_first.py)
    note = unit_note("(All figures in EUR million)")
    assert note is None or note[1] != "ALL"
