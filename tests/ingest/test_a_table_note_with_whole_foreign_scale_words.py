"""A table's units note written with whole scale words of another language gives the
table's scale and currency as its English words do: "(en millions de FCFA)" is millions of
CFA francs, "(USD millones)" millions of dollars, "(Rp triliun)" trillions of rupiah, "(M€)"
millions of euros and "Net sales, MSEK" millions of kronor (tables/note_scales.py). Before,
each such note said nothing and every row was read as written (23,570 units). Guards: a
"(miles)" of distance is no Spanish thousands. Invented company; fails on the code before."""

from __future__ import annotations

from tests.ingest.invented import OSTRANDER, OSTRANDER_DAY, proposals

HEAD = "Ostrander Mills today announced its results for the year ended 31 December 2025.\n\n"


def values(body: str) -> set[tuple[float, str]]:
    found = proposals(HEAD + body, OSTRANDER, OSTRANDER_DAY, "Ostrander Mills results")
    return {(p.value, p.unit) for p in found}


def test_french_millions_of_cfa_francs():
    found = values(
        "CHIFFRES CLÉS (en millions de FCFA, sauf mention contraire)\n\n"
        "                                  2025          2024\n"
        "Chiffre d'affaires              18 420        17 310\n"
        "Résultat net                     2 105         1 980\n"
    )
    assert any(v == 18_420_000_000 and u in ("XAF", "XOF") for v, u in found)
    assert (18_420, "units") not in found


def test_spanish_millions_of_dollars():
    found = values(
        "| Concepto                       | 2025  | 2024  |\n"
        "|--------------------------------|-------|-------|\n"
        "| Ingresos netos (USD millones)  | 84,6  | 79,1  |\n"
    )
    assert (84_600_000, "USD") in found


def test_indonesian_trillions_of_rupiah():
    found = values(
        "| Uraian                    | 2025  | 2024  |\n"
        "|---------------------------|-------|-------|\n"
        "| Pendapatan (Rp triliun)   | 12,4  | 11,8  |\n"
    )
    assert (12_400_000_000_000, "IDR") in found


def test_the_euros_scale_glued_to_its_sign():
    found = values(
        "Key figures (in M€)              2025        2024\n"
        "Revenue                          412,6       389,1\n"
        "Europe                           201,3       188,0\n"
    )
    assert (412_600_000, "EUR") in found
    assert (201_300_000, "EUR") in found


def test_a_nordic_code_with_its_scale_letter():
    found = values(
        "Group key figures, MSEK           2025        2024\n"
        "Net sales                        14,820      13,960\n"
    )
    assert (14_820_000_000, "SEK") in found


def test_miles_of_distance_are_no_thousands():
    # guard: "(miles)" is a distance, never the Spanish "miles de" (thousands of)
    found = values(
        "Network                          2025        2024\n"
        "Track length (miles)              1,240       1,180\n"
    )
    assert not any(v == 1_240_000 for v, _ in found)
