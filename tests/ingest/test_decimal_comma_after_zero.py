"""A price written with a decimal comma after a zero ("EUR 0,156"): a zero before the comma
groups no thousands, so the three digits after it are decimals (on 3f25a2a it read 156
euros). Guards: "1,234 units" stays a thousands group, and a bare "(0,146)" with no
currency of its own is no figure by itself."""

from __future__ import annotations

from bot.ingest.figures import find_figures


def _read(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(text)]


def test_a_zero_before_a_decimal_comma_makes_the_digits_decimals() -> None:
    assert (0.156, "EUR") in _read("Revenue per user was EUR 0,156 in the quarter.")


def test_a_thousands_group_and_a_bare_bracket_stay() -> None:
    assert _read("We sold 1,234 units.") == [(1234, "units")]
    assert all(value != 0.146 or unit != "EUR" for value, unit in _read("It was (0,146)."))
