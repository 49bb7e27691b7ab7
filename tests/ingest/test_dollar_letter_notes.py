"""A row's note naming a country's dollar and its scale by one letter ("Gross transaction
value (C$B)", "(US$M)") scales and prices its cells; on 3f25a2a "(C$B)" was no note and the
row was lost. Guard: capitals in brackets that are no currency ("(PEM)") are no note."""

from __future__ import annotations

from bot.ingest.tables.placement import unit_note


def test_a_dollar_sign_and_its_scale_letter() -> None:
    assert unit_note("Gross transaction value (C$B)(2)") == (1e9, "CAD")
    assert unit_note("(US$M)") == (1e6, "USD")


def test_capitals_that_are_no_currency() -> None:
    assert unit_note("(PEM)") is None
