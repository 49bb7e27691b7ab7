"""A report that never writes a US dollar and names one listing, in a code ("(ASX: WGL)",
"NZX: KTR") or in words ("the ASX-listed miner", "listed on the TSX"), states the
company's own amounts with a bare "$" in that exchange's dollar: a half-year filing, a
chair's address, a trade story. On 8cd1ae9 the bare "$" stayed the US dollar. Guards: a
report that writes a US dollar anywhere, one that names two exchanges, and one that names
only a country or a foreign sign keep the bare "$" as it was."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.home_dollar import home_dollar

ENTITY = KnownEntity("Wattle Glass", ("Wattle",), FiscalCalendar.of("06-30", "end"))


def _units(body: str) -> dict[float, str]:
    text = f"Wattle Glass chair's address\nAnnouncements\n2031-11-05\n\n{body}\n"
    found = extract(text, published=date(2031, 11, 5), entity=ENTITY).proposals
    return {p.value: p.unit for p in found if p.unit != "percent"}


def test_a_listing_code_in_a_report_without_us_dollars_makes_the_bare_dollar_home() -> None:
    got = _units(
        "Wattle Glass Limited (ASX: WGL)\n\n"
        "Sales for FY31 climbed 9% to $412.5 million, from $378.4 million in FY30."
    )
    assert got[412_500_000] == "AUD"
    assert got[378_400_000] == "AUD"


def test_a_listing_said_in_words() -> None:
    assert home_dollar("The NZX-listed grower lifted revenue to $88.1 million.") == "NZD"
    assert home_dollar("Kettle Bay, listed on the TSX, booked $64 million of sales.") == "CAD"


def test_a_us_dollar_anywhere_leaves_the_bare_dollar_as_it_was() -> None:
    text = "Kettle Bay (TSX: KBG) sold gold at $2,310 an ounce; its notes are US$300 million."
    assert home_dollar(text) is None


def test_two_exchanges_or_a_country_alone_decide_nothing() -> None:
    assert home_dollar("Revenue was $812 million (ASX: WLB; NZX: WLB).") is None
    assert home_dollar("Revenue was $812 million, a third of it from Australian stores.") is None
    assert home_dollar("Revenue was $812 million; we bought a rival for C$90 million.") is None
