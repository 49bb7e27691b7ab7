"""Two digits after a quarter's or half's code are its year ("Q3 24"), but never when a
fraction follows them: "bookings in Q3 of 41.6 million" is an amount, and the quarter
is the one the report is about. On 8cd1ae9 "Q3 of 41" was read as the third quarter of
2041, and every later "in the quarter" of the paragraph went with it. Guards: "Q3 24",
"H1 25," and "FY24." are still years."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar, find_periods
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Corrie Ferries", ("Corrie",), FiscalCalendar.of("12-31", "end"))


def test_an_amount_with_a_fraction_after_a_code_is_no_year() -> None:
    refs = [(m.text, m.ref.year) for m in find_periods("bookings in Q3 of 41.6 million")]
    assert refs == [("Q3", None)]


def test_the_quarter_after_it_is_the_reports() -> None:
    text = (
        "Corrie Ferries trading update\nNews\n2031-10-20\n\n"
        "Corrie Ferries today issues a trading update for the three months to 30 September "
        "2031.\n\n"
        "- Passenger journeys in Q3 of 41.6 million (Q3 2030: 39.8 million).\n"
        "- Ticket revenue of £212.4 million in the quarter.\n"
    )
    found = extract(text, published=date(2031, 10, 20), entity=ENTITY).proposals
    periods = {p.value: p.period for p in found}
    assert periods[212_400_000] == Period(date(2031, 7, 1), date(2031, 9, 30))


def test_two_digits_before_a_comma_or_a_full_stop_are_still_a_year() -> None:
    years = [m.ref.year for m in find_periods("Sales rose in Q3 24, H1 25, and FY24.")]
    assert years == [2024, 2025, 2024]
