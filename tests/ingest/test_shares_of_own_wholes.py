"""A part's share of a whole the company counts itself is read even when the whole is not
money or has its period before it ("made up 90.2% of fourth-quarter revenue", "38% of our
trading volume"); a share of an industry's or a market's whole is not the company's."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Harrowfen Flowers", ("Harrowfen",), FiscalCalendar.of("12-31", "start"))


def _found(body: str):
    text = f"Harrowfen results\nWire\n2031-01-20\n\nHarrowfen reported results for 2030. {body}\n"
    return extract(text, published=date(2031, 1, 20), entity=ENTITY).proposals


def test_a_share_of_a_quarter_s_revenue() -> None:
    found = _found("Exports made up 88.1% of fourth-quarter revenue.")
    got = {(p.value, p.period.start.isoformat()) for p in found if p.unit == "percent"}
    assert got == {(88.1, "2030-10-01")}


def test_a_share_of_the_company_s_volume() -> None:
    found = _found("Roses made up 41% of our shipped volume in 2030.")
    assert {(p.value, p.period.start.year) for p in found} == {(41, 2030)}


def test_a_share_of_an_industry_s_sales_is_left_out() -> None:
    assert not _found("Harrowfen accounted for 12% of industry sales in 2030.")
