"""A table note's exception names rows apart, never the table's currency: "(in millions,
except per pound)" is millions in the cells' own currency, not pounds sterling."""

from __future__ import annotations

from bot.ingest.tables.placement import unit_note


def test_an_exception_per_pound_names_no_sterling():
    assert unit_note("(in millions, except per pound)") == (1e6, None)


def test_a_currency_before_the_exception_stays():
    assert unit_note("($ in millions, except per share data)") == (1e6, "USD")
    assert unit_note("(£m, except per share)") == (1e6, "GBP")
