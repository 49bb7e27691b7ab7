"""Amounts per unit of what was sold or spent: "$58.10 per barrel of crude", "$3.05 per
Mcf of gas", "field operating cost came to $11.20 per boe". Each price is named by what its unit is
of, never by the price beside it. Companies and sentences invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 7, 31)
QUARTER = "2025-04-01/2025-06-30"


def rows(body: str) -> set[tuple]:
    name = "Ironbark Basin Oil"
    text = f"{name} second-quarter update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(name, ("Ironbark",))).proposals
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in found}


def test_prices_listed_per_unit_of_different_things_are_told_apart():
    found = rows(
        "Average realised prices were $58.10 per barrel of crude, $3.05 per Mcf of gas and "
        "$21.40 per barrel of NGLs in the second quarter."
    )
    assert found == {
        ("average realised crude price", QUARTER, 58.10, "USD"),
        ("average realised gas price", QUARTER, 3.05, "USD"),
        ("average realised NGL price", QUARTER, 21.40, "USD"),
    }


def test_a_cost_per_unit_is_named_by_the_cost():
    found = rows("Field operating cost came to $11.20 per boe in the second quarter.")
    assert found == {("field operating cost", QUARTER, 11.20, "USD")}
