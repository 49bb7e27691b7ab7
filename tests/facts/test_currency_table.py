"""The world's currencies (bot/facts/currencies.json, made from babel's CLDR data): the
file is what babel gives today, and its forms are read as the currency they write."""

from __future__ import annotations

import json

import pytest

from bot.facts import currency_table
from bot.facts.quantities import CURRENCY_WORDS, DOLLAR_SIGNS, normalize_unit


def test_the_file_is_what_babel_gives() -> None:
    saved = json.loads(currency_table.DATA_FILE.read_text(encoding="utf-8"))
    assert saved == currency_table.build(), "run: python -m bot.facts.currency_table"


@pytest.mark.parametrize(
    ("written", "code"),
    [("msek", "SEK"), ("SEKm", "SEK"), ("kronor", "SEK"), ("brazilian reals", "BRL"),
     ("mxn", "MXN"), ("nokbn", "NOK")],
)  # fmt: skip
def test_a_currencys_forms_are_that_currency(written, code) -> None:
    assert normalize_unit(written) == code


def test_a_dollar_sign_with_its_country() -> None:
    assert DOLLAR_SIGNS["r"] == "BRL" and DOLLAR_SIGNS["mx"] == "MXN"
    assert DOLLAR_SIGNS[""] == "USD"  # a bare "$" stays the U.S. dollar's


@pytest.mark.parametrize("word", ["all", "top", "try", "cup", "pen", "mad", "real"])
def test_an_english_word_is_never_a_currency(word) -> None:
    """Albanian lek (ALL), Tongan paʻanga (TOP), Turkish lira (TRY): in lower case the
    English word, never the code."""
    assert word not in CURRENCY_WORDS
