"""A round-up of many companies (a FACTBOX, a list of developers' sales): the items under
another company's heading are its figures, the report's company's own heading holds its
own, and many companies' figure taken together is no one's. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.sections import others_sections

DAY = date(2026, 2, 4)
JANUARY = "2026-01-01/2026-01-31"

ROUNDUP = """FACTBOX-Harbour ferry operators after a busy January
Straits Markets Wire
2026-02-04

SINGAPORE, Feb 4 (SMW) - Ferry operators have published their January traffic. Here is
what each listed operator said:

* BLUEFIN FERRIES (stock code 4417)
  - January ticket revenue S$41.2 mln, up 9.4% y/y
  - Said it carried 1.9 mln passengers in the month

* CORAL STRAIT LINES (CSL.SI)
  - January ticket revenue S$18.6 mln, up 21% y/y
  - Its share of cross-strait traffic was 17.5%

INDUSTRY:
  - The port authority puts the top 5 operators' combined ticket revenue at S$112 mln,
    up 11% y/y.
"""


def _found(name: str, aliases: tuple[str, ...]) -> set[tuple]:
    found = extract(ROUNDUP, published=DAY, entity=KnownEntity(name, aliases)).proposals
    return {(p.period.iso(), p.value, p.unit) for p in found}


def test_a_section_under_another_companys_heading_is_found():
    text = ROUNDUP
    sections = others_sections(text, ["Bluefin Ferries"])
    assert len(sections) == 1
    start, end = sections[0]
    assert text[start:end].strip().startswith("* CORAL STRAIT LINES")
    assert "17.5%" in text[start:end] and "combined" not in text[start:end]


def test_items_under_a_rivals_heading_are_not_the_companys_own_are():
    found = _found("Bluefin Ferries", ("Bluefin",))
    assert (JANUARY, 41.2e6, "SGD") in found
    assert (JANUARY, 9.4, "percent") in found
    assert not any(v in (18.6e6, 21.0, 17.5) for _, v, _ in found)


def test_the_same_report_read_for_the_rival_keeps_its_section_only():
    found = _found("Coral Strait Lines", ("Coral Strait",))
    assert (JANUARY, 18.6e6, "SGD") in found
    assert not any(v in (41.2e6, 9.4) for _, v, _ in found)


def test_many_companies_figure_taken_together_is_no_ones():
    found = _found("Bluefin Ferries", ("Bluefin",))
    assert not any(v in (112e6, 11.0) for _, v, _ in found)
