"""A table's units note that first says what it covers, "(All figures in GBP m)" or
"(Figures in USD millions)", gives the table's scale and currency as "(GBP m)" does
(tables/cells.NOTE_TEXT). Before, the note said nothing and the rows were read as bare
units (412). Guard: "(figures in brackets are losses)" names no units. Invented company;
fails on the code before."""

from __future__ import annotations

from tests.ingest.invented import OSTRANDER, OSTRANDER_DAY, proposals

HEAD = "Ostrander Mills today announced its results for the year ended 31 December 2025.\n\n"


def values(body: str) -> set[tuple[float, str]]:
    found = proposals(HEAD + body, OSTRANDER, OSTRANDER_DAY, "Ostrander Mills results")
    return {(p.value, p.unit) for p in found}


def test_all_figures_in_a_currency_and_scale():
    found = values(
        "SEGMENT REVENUE                                    (All figures in GBP m)\n\n"
        "                                  2025          2024\n"
        "Milling                            412           388\n"
        "Baking                             206           197\n"
    )
    assert (412_000_000, "GBP") in found
    assert (197_000_000, "GBP") in found
    assert (412, "units") not in found


def test_figures_in_a_code_and_its_scale_word():
    found = values(
        "Key figures (Figures in USD millions)     2025        2024\n"
        "Net revenue                                 84.6        79.1\n"
    )
    assert (84_600_000, "USD") in found


def test_a_note_on_brackets_names_no_units():
    # guard: a note on how losses are shown is no units note
    found = values(
        "Key figures (figures in brackets are losses)     2025        2024\n"
        "Net result                                         12          (4)\n"
    )
    assert not any(v >= 1_000_000 for v, _ in found)
