"""Hours are counted like any other thing when a scale says they are many: "Hours watched
(million)", "Billable hours (m)", "sold 3.2 million hours". On 768d1894 "hours" was on the
list of nouns that are never what a company counts (as "in 24 hours" is a duration), and
a row named by what was done to hours ("Hours watched") named no count. Guard: a bare
"24 hours" is still no figure at all."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Volta Arena", ("Volta",), FiscalCalendar.of("12-31", "start"))
Y2031 = Period(date(2031, 1, 1), date(2031, 12, 31))

LETTER = """Letter to shareholders: Volta Arena full year 2031
Volta Arena investor relations
2032-02-26

| | 2031 | 2030 |
|---|---|---|
| Hours watched (million) | 236.4 | 201.0 |
| Tickets sold (million) | 2.4 | 2.0 |

Volta sold 14.8 million hours of coaching in 2031, and every match was streamed within
24 hours.
"""


def _found() -> dict[float, tuple[str, Period]]:
    got = extract(LETTER, published=date(2032, 2, 26), entity=ENTITY).proposals
    return {p.value: (p.metric, p.period) for p in got}


def test_a_row_of_hours_watched_is_counted() -> None:
    got = _found()
    assert got[236_400_000] == ("hours watched", Y2031)
    assert 201_000_000 in got


def test_hours_sold_in_prose_are_counted() -> None:
    assert _found()[14_800_000][1] == Y2031


def test_a_duration_is_no_figure() -> None:
    assert 24 not in _found()
