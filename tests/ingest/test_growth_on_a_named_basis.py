"""A rate of growth on a basis the report names by its own word, said after the rate ("up
1.4% organically", "-0.8% organic at constant exchange rates", "rose 1% on a
currency-neutral basis") or just before it ("organic growth 6.3 pct"), is a measure of its
own beside the reported rate: on 29f53422 both were "revenue growth" for one period, clashed,
and neither was proposed."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tarrow Group", ("Tarrow",), FiscalCalendar.of("12-31", "start"))


def _rates(sentence: str) -> dict[float, str]:
    text = f"Tarrow Group trading update\nWire\n2031-08-14\n\n{sentence}\n"
    found = extract(text, published=date(2031, 8, 14), entity=ENTITY).proposals
    return {p.value: p.metric for p in found if p.unit == "percent"}


def test_organically_after_the_rate() -> None:
    got = _rates(
        "Net sales for the first half were CHF 912.5 million, -4.2% reported, -0.8% organic "
        "at constant exchange rates."
    )
    assert got[-4.2] == "revenue growth"
    assert got[-0.8] == "organic revenue growth"


def test_organic_growth_named_before_the_rate() -> None:
    got = _rates(
        "Q2 net sales $412.4 mln vs $390.0 mln yr ago; reported growth 5.7 pct, organic growth "
        "6.3 pct"
    )
    assert got[5.7] == "revenue growth"
    assert got[6.3].startswith("organic")


def test_a_currency_neutral_basis() -> None:
    got = _rates(
        "Revenue for the second quarter fell 2% to $5.10 billion, or rose 1% on a "
        "currency-neutral basis."
    )
    assert got[-2.0] == "revenue growth"
    assert got[1.0] == "currency-neutral revenue growth"


def test_a_reported_rate_before_an_organic_one_keeps_its_name() -> None:
    got = _rates("First-half revenue rose 3.1% as reported and 4.4% organically.")
    assert got[3.1] == "revenue growth"
    assert got[4.4].startswith("organic")
