"""Number forms of reports from other places, over invented companies: thousands set
apart by an apostrophe (Swiss reports: "318'400 units", "CHF 2'104.7 million") and a list's
bullet dash before a figure that opens the item, which is no minus sign."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures

MARCH_YEARS = FiscalCalendar.of("03-31", "end")  # FY2026 = Apr 2025 - Mar 2026
NAME = "Lauterbrunnen Optik"
DAY = date(2025, 11, 6)


def proposals(body: str):
    text = f"{NAME} half-year statement\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    return extract(text, published=DAY, entity=KnownEntity(NAME, (), MARCH_YEARS)).proposals


def values(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(text)]


def test_thousands_set_apart_by_an_apostrophe_are_one_number():
    assert values("it shipped 318'400 lenses") == [(318_400, "units")]
    assert values("revenue of CHF 2’104.7 million") == [(2_104_700_000, "CHF")]


def test_an_apostrophe_that_groups_no_thousands_is_left_alone():
    assert values("the 1980's models") == []
    assert values("a Q2'25 launch") == []


def test_a_bullet_dash_before_a_figure_is_no_minus():
    assert values("> - 52'900 frames sold\n- 7.5% margin") == [(52_900, "units"), (7.5, "percent")]
    assert values("sales fell -3.1%") == [(-3.1, "percent")]


def test_a_half_year_list_of_apostrophe_figures_is_read_whole():
    found = {
        (p.metric, p.period.iso(), p.value, p.unit)
        for p in proposals(
            "Highlights of the six months to September 2025:\n\n"
            "- Net sales CHF 2'104.7 million (prior year: CHF 2'210.3 million)\n"
        )
        + proposals(
            "In the six months to September 2025 Lauterbrunnen Optik delivered 318'400 "
            "cameras, against 301'150 a year earlier."
        )
    }
    assert any(v == 2_104_700_000 and u == "CHF" for _, _, v, u in found)
    assert ("cameras delivered", "2025-04-01/2025-09-30", 318_400, "units") in found
    assert ("cameras delivered", "2024-04-01/2024-09-30", 301_150, "units") in found
    assert not any(v in (2, 318, -318_400) for _, _, v, _ in found)


def test_a_local_sign_before_a_decimal_comma_price_is_an_amount():
    found = find_figures("cost per kilo rose to kr 58,40 from kr 61,05")
    assert [f.value for f in found] == [58.4, 61.05]
    assert values("R 2,50") == []  # a letter set apart is a label more often
