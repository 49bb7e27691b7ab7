"""Kinds of language over invented companies: a currency sign the country's English press
writes in letters and CLDR does not list ("NIS 2.34 bln", "JD 14.6 million", "Tk 512.8
crore", "TL 41.2 billion") is that currency's in a report naming the country, the currency
or the adjective ("Israeli", "Jordanian"); in a report that names none of them the letters
are no amount."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

DAY = date(2026, 2, 24)


def amounts(name: str, body: str) -> set[tuple]:
    found = proposals(body, KnownEntity(name), DAY, f"{name} results")
    return {(p.value, p.unit) for p in found}


def test_a_shekel_written_nis_in_an_israeli_report():
    found = amounts(
        "Galil Orchards",
        "The Israeli juice maker said 2025 revenue was NIS 2.34 bln, up from NIS 2.11 bln.",
    )
    assert (2_340_000_000, "ILS") in found
    assert (2_110_000_000, "ILS") in found


def test_a_dinar_written_jd_beside_its_country():
    found = amounts(
        "Petra Tiles",
        "Petra Tiles, a Jordanian ceramics maker, posted 2025 revenue of JD 14.6 million.",
    )
    assert (14_600_000, "JOD") in found


def test_a_taka_written_tk_in_crore():
    found = amounts(
        "Meghna Threads",
        "Meghna Threads, Bangladesh's largest yarn spinner, said revenue for 2025 rose to "
        "Tk 512.8 crore.",
    )
    assert (5_128_000_000, "BDT") in found


def test_a_lira_written_tl_in_a_report_naming_turkey():
    found = amounts(
        "Ege Fırın",
        "The Turkish bakery chain said revenue for 2025 was TL 41.2 billion.",
    )
    assert (41_200_000_000, "TRY") in found


def test_the_letters_name_no_currency_where_the_report_names_no_country():
    found = amounts("Galil Orchards", "The juice maker said 2025 revenue was NIS 2.34 bln.")
    assert not any(v == 2_340_000_000 for v, _ in found)


def test_a_taka_written_with_its_stop():
    found = amounts(
        "Meghna Threads",
        "The Bangladeshi spinner said revenue for 2025 was Tk. 512.8 crore.",
    )
    assert (5_128_000_000, "BDT") in found


def test_a_rows_note_with_its_scale_before_the_sign():
    found = amounts(
        "Ege Fırın",
        "The Turkish bakery chain reported its results.\n\n"
        "                              Q3 2025     Q3 2024\n"
        "Revenue (mn TL)                71,480      64,920\n"
        "Net profit (mn TL)              9,120       8,470",
    )
    assert (71_480_000_000, "TRY") in found
