"""An amount with a "(100 million)" note after it is counted in hundreds of millions, as
Korean and Japanese reports write won and yen; and a nation's adjective that describes the
company ("The Dutch company now expects ...") names its home, never the region of the figure.
Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures


def test_an_amount_in_hundreds_of_millions():
    (f,) = [f for f in find_figures("Order intake: KRW 41,250 (100 million)") if f.unit == "KRW"]
    assert f.value == 4_125_000_000_000
    (g,) = [
        f for f in find_figures("Order intake: KRW 4.1 trillion (100 million)") if f.unit == "KRW"
    ]
    assert g.value == 4_100_000_000_000  # an amount with its own scale keeps it


def test_a_nation_describing_the_company_is_no_region():
    day = date(2026, 3, 5)
    report = (
        f"Skovlund Pumps trims outlook\nWire\n{day.isoformat()}\n\n"
        "The Dutch company now expects organic revenue growth of 3% to 5% in 2026, down from "
        "the 6% to 8% it set out in January.\n"
    )
    found = extract(report, published=day, entity=KnownEntity("Skovlund Pumps")).proposals
    assert len(found) == 2 and not any("Netherlands" in p.metric for p in found)
