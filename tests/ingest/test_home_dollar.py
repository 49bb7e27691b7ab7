"""A report that puts an amount into US dollars for its readers ("which for our offshore
holders is about US$21 million", "roughly US$95 million at today's exchange rate") writes
its own amounts in another dollar: the one it points to by a sign ("A$m"), a listing
("ASX: WLB") or its country. On 3f25a2a the bare "$" stayed the US dollar. Guards: a
listing or a foreign sign alone never moves the bare "$" (a Toronto-listed miner's "$1,380
an ounce", a US company's purchase priced in "C$"), nor does a conversion in a report that
points to two dollars."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.home_dollar import home_dollar

ENTITY = KnownEntity("Wallaby Lockers", ("Wallaby",), FiscalCalendar.of("06-30", "end"))


def _units(body: str) -> dict[float, str]:
    text = f"Wallaby Lockers half-year call\nTranscripts\n2031-02-19\n\n{body}\n"
    found = extract(text, published=date(2031, 2, 19), entity=ENTITY).proposals
    return {p.value: p.unit for p in found if p.unit != "percent"}


def test_a_conversion_for_offshore_holders_makes_the_bare_dollar_the_home_one() -> None:
    got = _units(
        "Wallaby Lockers (ASX: WLB) results for the half year ended 31 December 2030.\n\n"
        "Total revenue was $64.2 million for the half, up from $60.1 million in the first "
        "half of FY30.\n\n"
        "We are looking at two sites, roughly $33 million in total, which for our offshore "
        "holders is about US$21 million."
    )
    assert got[64_200_000] == "AUD"
    assert got[60_100_000] == "AUD"


def test_a_conversion_at_today_s_rate_with_the_sign_in_a_table_head() -> None:
    text = (
        "| Revenue (A$m) | 140.3 | 131.0 |\n\n"
        "Revenue of $140.3 million beat our forecast. For US readers, that is roughly "
        "US$95 million at today's exchange rate."
    )
    assert home_dollar(text) == "AUD"


def test_a_listing_alone_leaves_the_bare_dollar_american() -> None:
    text = (
        "Kettle Bay Gold (TSX: KBG) reports all-in sustaining cost of $1,380 an ounce; "
        "revenue was US$412 million."
    )
    assert home_dollar(text) is None


def test_a_foreign_sign_alone_leaves_the_bare_dollar_american() -> None:
    text = "Revenue was $812 million. We bought a Canadian rival for C$90 million."
    assert home_dollar(text) is None


def test_a_conversion_in_a_report_pointing_to_two_dollars_decides_nothing() -> None:
    text = (
        "Revenue was $812 million (ASX: WLB; NZX: WLB), about US$520 million for offshore holders."
    )
    assert home_dollar(text) is None
