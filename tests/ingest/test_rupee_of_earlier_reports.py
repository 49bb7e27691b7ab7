"""A company's own rupee, known from its earlier reports: a briefing that names its country
too seldom to say whose "Rs" it writes is in the rupee the company's other figures are in,
unless it names India as often (an Indian company's report stays in Indian rupees). Company
and figures invented here."""

from __future__ import annotations

from collections import Counter
from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.rupees import rupee_codes
from bot.ingest.service import _own_currency

DAY = date(2026, 2, 20)


def units(body: str, rupee: str | None) -> set[tuple[float, str]]:
    name = "Sutlej Ceramics"
    text = f"{name} half-year briefing\nBriefing notes\n{DAY.isoformat()}\n\n{body}\n"
    out = extract(text, published=DAY, entity=KnownEntity(name, ("Sutlej",), rupee=rupee))
    return {(p.value, p.unit) for p in out.proposals}


BRIEFING = (
    "Sutlej Ceramics held its half-year briefing in Lahore on Thursday. "
    "Net sales for the half were Rs 18.4 billion, the finance director said."
)


def test_a_briefing_naming_no_country_twice_is_in_the_companys_rupee():
    assert (18.4e9, "PKR") in units(BRIEFING, "PKR")
    assert (18.4e9, "INR") in units(BRIEFING, None)  # nothing known: read as before


def test_a_report_naming_india_keeps_indian_rupees():
    body = (
        "Sutlej Ceramics opened a showroom in India this quarter. "
        "Net sales in India for the half were Rs 18.4 billion."
    )
    assert (18.4e9, "INR") in units(body, "PKR")


def test_the_companys_rupee_is_the_one_most_of_its_figures_are_in():
    codes = rupee_codes()
    assert "PKR" in codes and "INR" not in codes
    assert _own_currency(Counter({"PKR": 12, "INR": 3, "units": 40}), codes, "INR") == "PKR"
    assert _own_currency(Counter({"PKR": 2, "INR": 3}), codes, "INR") is None
    assert _own_currency(Counter({"PKR": 4, "LKR": 4}), codes, "INR") is None
