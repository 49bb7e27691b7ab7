"""Currency signs CLDR lists with a slash ("S/" of the Peruvian sol, "B/." of the balboa) or
as one symbol of their own ("₺", "₾", "₸") are local signs as "kr" or "Rp" are: an amount
written after one is in that currency in a report that names it or its country (also as the
press names it, "Turkish"). A symbol is never a label, so a space may stand after it. Before,
the table of signs kept letters only and such amounts were no figure at all (the tests fail
on the code before). Invented companies."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from bot.ingest.local_signs import LOCAL_KEY, build, report_signs
from tests.ingest.invented import proposals


def test_the_table_of_signs_keeps_slashes_and_symbols():
    table = build()
    assert "PEN" in table["S/"]
    assert "PAB" in table["B/."]
    assert "GEL" in table["₾"]


def test_a_sol_amount_after_its_slash_sign():
    rimac = KnownEntity("Banco Quilca", ("Quilca",), CALENDAR)
    got = proposals(
        "LIMA, Peru -- Banco Quilca reported its results for the second quarter of 2025.\n\n"
        "Net income reached S/ 512.6 million in the second quarter, up 12.6% from "
        "S/ 455.1 million a year earlier.",
        rimac,
        date(2025, 8, 7),
        "Banco Quilca results",
    )
    found = {(p.value, p.unit, p.period.iso()) for p in got}
    assert (512_600_000, "PEN", "2025-04-01/2025-06-30") in found
    assert (455_100_000, "PEN", "2024-04-01/2024-06-30") in found


def test_a_lira_symbol_in_a_report_calling_itself_turkish():
    ege = KnownEntity("Meric Tekstil", ("Meric",), CALENDAR)
    got = proposals(
        "Turkish textile maker Meric Tekstil reported its results for 2025.\n\n"
        "Revenue rose to ₺ 18.4 billion from ₺14.1 billion in 2024.",
        ege,
        date(2026, 3, 2),
        "Meric Tekstil results",
    )
    found = {(p.value, p.unit, p.period.iso()) for p in got}
    assert (18_400_000_000, "TRY", "2025-01-01/2025-12-31") in found
    assert (14_100_000_000, "TRY", "2024-01-01/2024-12-31") in found


def test_a_slash_sign_in_a_report_naming_no_such_country():
    assert LOCAL_KEY + "S/" not in report_signs("Sales were S/ 4.2 million, it said.")
