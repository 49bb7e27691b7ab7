"""Kinds of notation over invented companies: a currency's local sign of three letters or
more written in the press's own capitals ("USH" for CLDR's "USh", "KSh" or "KSH" for
"Ksh"), in prose and in a table row's note ("Revenue, Group (USH bn)", "ARPU (USH per
month)"), read as the sign of the currency the report names."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.local_signs import coded_label, report_signs

JUNE_YEARS = FiscalCalendar.of("06-30", "end")  # FY2026 = Jul 2025 - Jun 2026
NAME = "Nile Crest Breweries"
DAY = date(2026, 2, 20)


def facts(body: str) -> set[tuple]:
    text = f"{NAME} half-year results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(NAME, (), JUNE_YEARS)).proposals
    return {(p.period.iso(), p.value, p.value_high, p.unit) for p in found}


def test_a_long_sign_in_capitals_is_the_named_currencys_sign():
    found = facts(
        "Nile Crest Breweries, Uganda's second brewer, said net revenue for the six months "
        "to 31 December 2025 rose 9.4% to USH 612.8 billion, against USH 560.1 billion a "
        "year earlier."
    )
    assert ("2025-07-01/2025-12-31", 612_800_000_000, None, "UGX") in found
    assert ("2024-07-01/2024-12-31", 560_100_000_000, None, "UGX") in found
    assert report_signs("sales of KSH 4.2 billion in Kenya") == {"local:Ksh": "KES"}


def test_a_short_sign_keeps_its_case():
    # "RS" is no "Rs": two letters in capitals are a label more often than a rupee
    assert report_signs("the RS 5m model, sold in India") == {}


def test_a_rows_note_in_the_local_sign_scales_its_cells():
    body = (
        "Nile Crest Breweries (Uganda) announces its results for the six months ended "
        "31 December 2025.\n\n"
        "Results summary\n\n"
        "                                   H1 FY26     H1 FY25\n"
        "Net revenue, Group (USH bn)          612.8       560.1\n"
        "EBITDA, Group (USH bn)               148.3       131.9\n"
        "Revenue per hectolitre (USH per hl)  214,500     201,300\n"
    )
    found = facts(body)
    assert ("2025-07-01/2025-12-31", 148_300_000_000, None, "UGX") in found
    assert ("2024-07-01/2024-12-31", 131_900_000_000, None, "UGX") in found
    assert ("2025-07-01/2025-12-31", 214_500, None, "UGX") in found


def test_a_label_is_coded_only_for_a_sign_the_report_names():
    named = {"local:Ksh": "KES"}
    assert coded_label("EBIT, Group (KSh bn)", named) == "EBIT, Group (KES bn)"
    assert coded_label("ARPU (KSh per month)", named) == "ARPU (KES per month)"
    assert coded_label("EBIT, Group (KSh bn)", {}) == "EBIT, Group (KSh bn)"
    assert coded_label("Kenya (KSh)", named) == "Kenya (KSh)"  # no scale, no price
