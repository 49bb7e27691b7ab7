"""A wire headline in capitals with a range ("CUTS FY31 NET SALES VIEW TO 2.10-2.18 BLN DLRS FROM
2.15-2.30 BLN"): the capital word before the low end had made it a model's number ("Lumia
520"), so only the high end was read, a single wrong figure for the plan. A wire's capitals
before a range's low end are no name; a model's number stays one."""

from __future__ import annotations

from bot.ingest.figures import find_figures


def _read(text: str) -> list[tuple[float, float | None, str]]:
    return [(f.value, f.high, f.unit) for f in find_figures(text)]


def test_a_wire_range_after_a_capital_word() -> None:
    found = _read("CUTS FY31 NET SALES VIEW TO 2.10-2.18 BLN DLRS FROM 2.15-2.30 BLN SET MAY 28")
    assert (2.10e9, 2.18e9, "USD") in found
    assert (2.15e9, 2.30e9, "USD") in found


def test_a_models_number_is_still_no_amount() -> None:
    assert _read("Lumia 520 sales were strong") == []
