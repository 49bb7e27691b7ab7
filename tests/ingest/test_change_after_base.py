"""A change stated after a figure and its year-earlier base is the figure's change, for the
figure's period, never the base's."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Quenby Instruments", ("Quenby",), FiscalCalendar.of("12-31", "start"))


def _rates(body: str) -> list[tuple[float, date, date]]:
    text = f"Quenby Instruments update\nWire\n2031-10-23\n\n{body}\n"
    found = extract(text, published=date(2031, 10, 23), entity=ENTITY).proposals
    return [(p.value, p.period.start, p.period.end) for p in found if p.unit == "percent"]


def test_a_change_after_a_compared_base_is_the_current_periods() -> None:
    rates = _rates(
        "Quenby said Q3 sales were EUR 812 million vs EUR 790 million in Q3 2030, "
        "so +2.8% y/y reported."
    )
    assert rates == [(2.8, date(2031, 7, 1), date(2031, 9, 30))]


def test_a_change_after_a_bracketed_base_is_the_current_periods() -> None:
    rates = _rates(
        "In the first half, net sales were EUR 640.5 million (EUR 601.0 million in the same "
        "period of the previous year), an increase of 6.6%."
    )
    assert rates == [(6.6, date(2031, 1, 1), date(2031, 6, 30))]


def test_a_rate_labelled_by_its_own_year_keeps_it() -> None:
    rates = _rates("Operating margin was 23.1% in the first half (2030: 21.0%).")
    assert (21.0, date(2030, 1, 1), date(2030, 6, 30)) in rates
    assert (23.1, date(2031, 1, 1), date(2031, 6, 30)) in rates
