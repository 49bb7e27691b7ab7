"""An amount written with its scale alone takes the currency of the amount just before it
when the text sets it beside that one: a base in brackets after its period's label
("NOK 4,210m (Q2 2024: 3,980m)"), or the next money measure of a wire's list ("ORDERS 912
MLN DLRS, NET SALES 877 MLN"). Never a count of things. Invented reports."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract


def units(body: str) -> dict[float, str]:
    lead = "Fjellvik ASA reported second-quarter results."
    text = f"Fjellvik update\nTest Wire\n2025-08-06\n\n{lead}\n{body}\n"
    found = extract(
        text,
        published=date(2025, 8, 6),
        entity=KnownEntity("Fjellvik ASA", ("Fjellvik",), CALENDAR),
    ).proposals
    return {p.value: p.unit for p in found}


def test_a_bracketed_base_after_its_label_takes_the_amounts_currency():
    got = units("Sales NOK 4,210m (Q2 2024: 3,980m)")
    assert got[4_210_000_000] == "NOK"
    assert got.get(3_980_000_000) == "NOK"


def test_the_next_money_measure_of_a_wires_list_takes_its_currency():
    got = units("* Q2 ORDERS 912 MLN DLRS, NET SALES 877 MLN")
    assert got[912_000_000] == "USD"
    assert got.get(877_000_000) == "USD"


def test_a_count_beside_an_amount_keeps_counting():
    got = units("Revenue was NOK 410m and stores numbered 212 (2024: 201).")
    assert got[212] == "units"
    assert got.get(201, "units") == "units"
