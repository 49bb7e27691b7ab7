"""A table note names its currency before any exception: "(in millions, except per pound)"
is millions in the cells' own currency, not pounds sterling; "S$ million" is Singapore
dollars (a dollar prefixed by its country's letters)."""

from __future__ import annotations

from bot.ingest.tables.placement import unit_note


def test_an_exception_per_pound_names_no_sterling():
    assert unit_note("(in millions, except per pound)") == (1e6, None)


def test_a_currency_before_the_exception_stays():
    assert unit_note("($ in millions, except per share data)") == (1e6, "USD")
    assert unit_note("(£m, except per share)") == (1e6, "GBP")


def test_a_dollar_prefixed_by_its_country_s_letters_is_that_dollar():
    assert unit_note("S$ million unless stated") == (1e6, "SGD")
    assert unit_note("HK$ million") == (1e6, "HKD")
    assert unit_note("A$m") == (1e6, "AUD")
