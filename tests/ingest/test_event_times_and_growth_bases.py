"""Two things a time or a rate phrase in a sentence may be that leave its figures alone: the
time of an event a figure is explained by ("helped by the opening of the new flagship in
April"), and "at current exchange rates" after a percentage (the basis of a growth rate,
never a conversion of the sentence's amounts). An invented shoemaker's half-year release."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

H1_2025 = Period(date(2025, 1, 1), date(2025, 6, 30))
H1_2024 = Period(date(2024, 1, 1), date(2024, 6, 30))

RELEASE = """Calzoleria Vettori half-year results
Calzoleria Vettori press office
2025-07-24

In the first six months of 2025 the Group's revenue reached €812 million, compared with
€776 million in the first half of 2024, an increase of 6.1% at constant exchange rates and
of 4.6% at current exchange rates.

In the Americas revenue rose 9.8% at constant exchange rates, helped by the reopening of the
enlarged Fifth Avenue flagship store in April.
"""


def _found() -> dict[float, Period]:
    entity = KnownEntity("Calzoleria Vettori", ("Vettori",), FiscalCalendar())
    return {
        p.value: p.period
        for p in extract(RELEASE, published=date(2025, 7, 24), entity=entity).proposals
    }


def test_growth_at_current_exchange_rates_converts_no_amount():
    found = _found()
    assert found[812_000_000] == H1_2025
    assert found[776_000_000] == H1_2024
    assert found[6.1] == H1_2025


def test_the_time_of_an_event_a_figure_is_explained_by_is_not_its_period():
    assert _found()[9.8] == H1_2025
