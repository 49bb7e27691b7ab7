"""Kinds of notation over invented companies: a wire line in capitals reads its short words
of the language in small letters ("NOW SEES FY REVENUE ...", "CUTS ... TO ..."), never as
acronyms or names: "NOW" is no company whose figure the line states, while "FY", "EPS" and
"US" stay acronyms."""

from __future__ import annotations

from datetime import date

from bot.ingest.capitals import uncapped
from bot.ingest.extract import KnownEntity, extract

NAME = "Tarnwick Games"
DAY = date(2025, 11, 6)


def test_short_words_of_the_language_are_written_small():
    line = "* NOW SEES FY EPS OF 2.10 DLRS, US REVENUE UP TO 12 PCT FOR THE YEAR"
    assert uncapped(line) == (
        "* now sees FY EPS of 2.10 Dlrs, US revenue UP to 12 PCT for the year"
    )


def test_a_wires_revision_in_capitals_is_the_companys():
    text = (
        f"BRIEF-{NAME} cuts view\nTest Wire\n{DAY.isoformat()}\n\n"
        "Nov 6 (Test Wire) - Tarnwick Games Plc:\n"
        "* NOW SEES FY 2025 REVENUE GBP 410-420 MLN, PREVIOUSLY GBP 430-450 MLN\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    ranges = {(p.entity, p.value, p.value_high) for p in found}
    assert (NAME, 410_000_000, 420_000_000) in ranges
    assert (NAME, 430_000_000, 450_000_000) in ranges
