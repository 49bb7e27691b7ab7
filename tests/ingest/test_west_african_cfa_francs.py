""" "FCFA" and "CFA francs" name two currencies. In a report that names the countries of the
West African franc (Côte d'Ivoire, its city Abidjan) more than the Central African
franc's, an amount written "FCFA 41.6bn" is in West African francs (XOF); in a report from
Cameroon it stays Central African (XAF)."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

DAY = date(2025, 11, 20)


def units(name: str, body: str) -> set[tuple]:
    found = proposals(body, KnownEntity(name), DAY, f"{name} results")
    return {(p.value, p.unit) for p in found}


def test_an_ivorian_reports_francs_are_west_african():
    found = units(
        "Bandama Huileries",
        "ABIDJAN - Bandama Huileries, the Côte d'Ivoire palm oil miller listed in Abidjan, "
        "said revenue for 2024 reached FCFA 41.6bn.",
    )
    assert (41_600_000_000, "XOF") in found


def test_a_cameroonian_reports_francs_stay_central_african():
    found = units(
        "Mungo Huileries",
        "DOUALA - Mungo Huileries, the Cameroon palm oil miller listed in Douala, said "
        "revenue for 2024 reached FCFA 41.6bn.",
    )
    assert (41_600_000_000, "XAF") in found


def test_cfa_francs_written_out_after_the_amount():
    found = units(
        "Bandama Huileries",
        "ABIDJAN - Bandama Huileries, the Côte d'Ivoire palm oil miller listed in Abidjan, "
        "expects revenue for 2025 of 44.8 billion CFA francs.",
    )
    assert (44_800_000_000, "XOF") in found


def test_a_datelines_city_in_capitals_counts():
    found = units(
        "Bandama Huileries",
        "ABIDJAN, 27 June - The chairman of Bandama Huileries told shareholders that the "
        "company, the largest palm oil miller in Côte d'Ivoire, took revenue for 2024 of "
        "41.6 billion CFA francs.",
    )
    assert (41_600_000_000, "XOF") in found
