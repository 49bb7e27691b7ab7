"""A table's units note with another language's scale word gives the table's scale as its
English word does: "(tis. t)" over a table of tonnes is thousands of tonnes, "(Mio. EUR)"
millions of euros (tables/note_scales.py). Before, the note said nothing and each row was
read as written (3,412 tonnes, 812 euros). Guard: a bare Spanish "mil" is no million.
Invented company; fails on the code before."""

from __future__ import annotations

from tests.ingest.invented import OSTRANDER, OSTRANDER_DAY, proposals

HEAD = "Ostrander Mills today announced its results for the year ended 31 December 2025.\n\n"


def values(body: str) -> set[tuple[float, str]]:
    found = proposals(HEAD + body, OSTRANDER, OSTRANDER_DAY, "Ostrander Mills results")
    return {(p.value, p.unit) for p in found}


def test_thousands_of_a_physical_unit_in_czech():
    found = values(
        "Flour volume by market (tis. t)        2025        2024\n"
        "Ireland                                3 412       3 380\n"
        "Scotland                                 612         590\n"
        "Total                                  4 024       3 970\n"
    )
    assert (3_412_000, "units") in found
    assert (4_024_000, "units") in found
    assert (3_412, "units") not in found


def test_millions_of_money_in_german():
    found = values(
        "Key figures (Mio. EUR)                 2025        2024\n"
        "Net revenue                              812         790\n"
        "Net profit                                61          57\n"
    )
    assert (812_000_000, "EUR") in found
    assert (61_000_000, "EUR") in found


def test_a_bare_spanish_mil_is_no_million():
    # guard: "(mil EUR)" is no Czech "mil." and gives the table no million
    found = values(
        "Key figures (mil EUR)                  2025        2024\n"
        "Net revenue                              812         790\n"
    )
    assert (812_000_000, "EUR") not in found
