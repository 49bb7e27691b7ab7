"""A growth its qualifying words name, with no measure of the vocabulary after it: "expects
organic growth of 2% to 4%", "new unit growth was 5%". Never a part's ("the Americas led with
organic growth of 9.4%") or another company's ("Their organic growth was 7%")."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tillbrook Paints", ("Tillbrook",), FiscalCalendar.of("12-31", "start"))


def _found(body: str):
    text = f"Tillbrook Paints update\nWire\n2031-10-20\n\n{body}\n"
    return extract(text, published=date(2031, 10, 20), entity=ENTITY).proposals


def test_a_qualified_growth_range_is_forecast() -> None:
    found = _found("For 2032, Tillbrook expects organic growth of 2% to 4%.")
    got = [(p.metric, p.value, p.value_high, p.kind, p.period.start.year) for p in found]
    assert got == [("organic growth", 2, 4, Kind.FORECAST, 2032)]


def test_two_qualifying_words_and_an_outlook_noun() -> None:
    found = _found("It also narrowed its new unit growth outlook for 2032 to 4% to 5%.")
    got = [(p.metric, p.value, p.value_high) for p in found]
    assert got == [("new unit growth", 4, 5)]


def test_a_region_s_growth_is_no_growth_of_the_company() -> None:
    found = _found(
        "In the first nine months the Americas led the regions with organic growth of 9.4%."
    )
    assert not any(p.metric == "organic growth" for p in found)


def test_another_company_s_growth_is_left_out() -> None:
    found = _found("Corvelle reported last week. Their full-year organic growth was 7%.")
    assert not found
