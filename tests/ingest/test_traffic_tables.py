"""A monthly traffic table: rows that name what they count ("Aircraft movements") are
counts, and a month range of a named fiscal year ("Apr-Oct FY25") is those months of that
year, never the same months nearest the statement."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.spans import resolve_time
from bot.ingest.timing import find_times

MARCH_YEARS = FiscalCalendar.of("03-31", "end")
ENTITY = KnownEntity("Quenby Ports", ("Quenby",), MARCH_YEARS)
TEXT = """Quenby Ports traffic update
Wire
2025-11-06

Quenby Ports released its traffic update for October 2025.

Particulars             Oct-25    Oct-24    Apr-Oct FY26    Apr-Oct FY25
Aircraft movements      22,870    21,640        1,55,380        1,46,920
"""


def _period(phrase: str, cal: FiscalCalendar = MARCH_YEARS) -> tuple[date, date] | None:
    (t,) = find_times(phrase, date(2025, 11, 6))
    p = resolve_time(t, cal=cal, as_of=date(2025, 11, 6), kind=Kind.ACTUAL, anchor=None)
    return None if p is None else (p.start, p.end)


def test_months_of_a_named_fiscal_year() -> None:
    assert _period("Apr-Oct FY25") == (date(2024, 4, 1), date(2024, 10, 31))
    assert _period("Apr-Oct FY26") == (date(2025, 4, 1), date(2025, 10, 31))
    assert _period("Apr-Oct FY25", FiscalCalendar.of("12-31", "start")) == (
        date(2025, 4, 1),
        date(2025, 10, 31),
    )


def test_months_outside_the_named_fiscal_year_are_no_period() -> None:
    assert _period("Jan-Sep FY2025") is None


def test_months_with_no_year_close_nearest_the_statement() -> None:
    assert _period("the six months to June") == (date(2025, 1, 1), date(2025, 6, 30))


def test_a_row_naming_what_it_counts_is_read_in_every_column() -> None:
    found = extract(TEXT, published=date(2025, 11, 6), entity=ENTITY).proposals
    got = {(p.value, p.period.start, p.period.end) for p in found if p.unit == "units"}
    assert got == {
        (22870, date(2025, 10, 1), date(2025, 10, 31)),
        (21640, date(2024, 10, 1), date(2024, 10, 31)),
        (155380, date(2025, 4, 1), date(2025, 10, 31)),
        (146920, date(2024, 4, 1), date(2024, 10, 31)),
    }
    assert all(p.metric == "aircraft movements" for p in found if p.unit == "units")


BY_AIRPORT = """Quenby Ports traffic update
Wire
2025-11-06

Quenby Ports released its traffic update for October 2025.

A. Passenger traffic (in million)
Airport                 Oct-25    Oct-24    YoY %
Northfield (NFD)          1.34      1.23     8.9%
Southmere (SMR)           1.02      0.95     7.4%
"""


def test_rows_of_places_count_what_the_title_names_in_its_scale() -> None:
    found = extract(BY_AIRPORT, published=date(2025, 11, 6), entity=ENTITY).proposals
    got = {(p.metric, p.value, p.period.start) for p in found}
    assert ("Northfield passenger traffic", 1_340_000, date(2025, 10, 1)) in got
    assert ("Southmere passenger traffic", 950_000, date(2024, 10, 1)) in got
    changes = {p.metric: p.value for p in found if p.unit == "percent"}
    assert changes.get("Northfield passenger traffic change") == 8.9
    assert not any("revenue" in p.metric for p in found)  # no money is counted here
