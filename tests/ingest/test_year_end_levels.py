"""A figure that "stood at X at the year end" is a level on the year's last day, and one
"twelve months before" is a year before the period talked about (never the latest twelve
months): the same day a year earlier."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.timing import find_times

ENTITY = KnownEntity("Colbrook Security", ("Colbrook",), FiscalCalendar.of("03-31", "end"))


def test_a_level_at_the_year_end_and_its_base_twelve_months_before() -> None:
    text = (
        "Colbrook results\nWire\n2031-05-20\n\n"
        "Colbrook reported results for the year to 31 March 2031. Recurring monthly revenue "
        "stood at £59.4 million at the year end, against £56.1 million twelve months before.\n"
    )
    found = extract(text, published=date(2031, 5, 20), entity=ENTITY).proposals
    got = {(p.value, p.period.start.isoformat(), p.period.end.isoformat()) for p in found}
    assert (59_400_000, "2031-03-31", "2031-03-31") in got
    assert (56_100_000, "2030-03-31", "2030-03-31") in got


def test_twelve_months_before_is_a_year_back() -> None:
    (t,) = find_times("against £56.1 million twelve months before", date(2031, 5, 20))
    assert (t.mode, t.ref.steps, t.ref.unit) == ("anaphoric", -1, "year")


def test_april_and_may_is_two_months() -> None:
    (t,) = find_times("growth across April and May combined was around 3%", date(2031, 6, 2))
    assert (t.ref.period.start, t.ref.period.end) == (date(2031, 4, 1), date(2031, 5, 31))


def test_may_the_verb_stays_no_month() -> None:
    assert not find_times("We may see growth in the spring", date(2031, 6, 2))
