"""A level on a day off a month end ("at October 3, 2031") is counted on a week calendar's
day: the same level "a year earlier" stood 52 weeks before, on the same weekday (October 4,
2030), never on the same date (on 388bde89 it was read on October 3, 2030). A month's last
day keeps its month end a year before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.clauses.periods import same_day_year_before
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Dunmore Trailers", ("Dunmore",), FiscalCalendar.of("12-31", "start"))


def test_a_week_calendar_level_a_year_earlier() -> None:
    text = (
        "Order backlog at October 3, 2031 was 2,415 units, compared with 2,230 units a "
        "year earlier."
    )
    found = extract(text, published=date(2031, 11, 5), entity=ENTITY).proposals
    got = {(p.value, f"{p.period.start}/{p.period.end}") for p in found}
    assert (2_415, "2031-10-03/2031-10-03") in got
    assert (2_230, "2030-10-04/2030-10-04") in got


def test_month_ends_stay_month_ends() -> None:
    assert same_day_year_before(date(2031, 12, 31)) == date(2030, 12, 31)
    assert same_day_year_before(date(2029, 2, 28)) == date(2028, 2, 29)
    assert same_day_year_before(date(2031, 10, 3)) == date(2030, 10, 4)
