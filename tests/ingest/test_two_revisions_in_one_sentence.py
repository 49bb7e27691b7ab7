"""Two outlooks revised in one sentence, after a clause naming an event by its month ("Given
the August shortfall, we are lowering our fiscal 2031 collection outlook to 5.3 million to
5.5 million liters, from 5.6 million to 5.8 million liters, and our revenue outlook to $0.88
billion to $0.92 billion, from $0.94 billion to $0.98 billion"): the month of the event had
become the revenue ranges' period (and they were lost), and the old collection range, whose
own words name no product, was dropped as a count of nothing sold. The event's month frames
no figure, and a revision's old figure counts what its new one counts."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Carrow Biologics", ("Carrow",), CALENDAR)
LETTER = """Carrow Biologics third-quarter letter
Carrow Biologics Inc
2031-10-30

Given the August shortfall, we are lowering our fiscal 2031 collection outlook to 5.3 million to
5.5 million liters, from 5.6 million to 5.8 million liters, and our revenue outlook to $0.88
billion to $0.92 billion, from $0.94 billion to $0.98 billion.
"""


def _ranges() -> dict[tuple[float, float | None], tuple]:
    found = extract(LETTER, published=date(2031, 10, 30), entity=ENTITY).proposals
    return {(p.value, p.value_high): (p.metric, p.kind, p.period, p.as_of) for p in found}


def test_both_revisions_are_read_for_the_fiscal_year() -> None:
    ranges = _ranges()
    year = (date(2031, 1, 1), date(2031, 12, 31))
    for low, high in ((5.3e6, 5.5e6), (5.6e6, 5.8e6), (0.88e9, 0.92e9), (0.94e9, 0.98e9)):
        assert (low, high) in ranges, ranges
        _, kind, period, _ = ranges[(low, high)]
        assert kind is Kind.FORECAST and (period.start, period.end) == year


def test_each_old_range_is_dated_before_its_new_one() -> None:
    ranges = _ranges()
    assert ranges[(5.6e6, 5.8e6)][3] < ranges[(5.3e6, 5.5e6)][3]
    assert ranges[(5.6e6, 5.8e6)][0] == ranges[(5.3e6, 5.5e6)][0]
    assert ranges[(0.94e9, 0.98e9)][3] < ranges[(0.88e9, 0.92e9)][3]
