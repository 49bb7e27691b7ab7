"""A Polish (or Czech) scale word after a number with a decimal point: "2.417 mld zł" is
2.417 billion złoty, since those languages group thousands with spaces, never points.
Before, the point was read as a German-style thousands group (2,417 billion). Guard: a
German scale keeps its point grouping ("1.320 Mio. €" is 1,320 million). Invented wording
(fails on the code before)."""

from __future__ import annotations

from bot.ingest.figures import find_figures


def read(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(text)]


def test_a_polish_billion_with_a_decimal_point():
    assert read("sales reached 2.417 mld zł in the year") == [(2.417e9, "PLN")]
    assert read("net profit of 12,6 mld Kč") == [(12.6e9, "CZK")]


def test_a_german_scale_keeps_its_point_grouping():
    # guard
    assert read("Umsatz von 1.320 Mio. €") == [(1.32e9, "EUR")]
