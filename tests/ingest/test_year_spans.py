"""A span of fiscal years named by its first and last ("from FY2031 to FY2033") is one
period, each end as the company's calendar counts it; two years listed are two."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.spans import resolve_time
from bot.ingest.timing import find_times

MARCH = FiscalCalendar.of("03-31", "end")


def _periods(phrase: str) -> list[tuple[date, date]]:
    out = []
    for t in find_times(phrase, date(2031, 5, 20)):
        p = resolve_time(t, cal=MARCH, as_of=date(2031, 5, 20), kind=Kind.TARGET, anchor=None)
        if p is not None:
            out.append((p.start, p.end))
    return out


def test_a_span_of_fiscal_years() -> None:
    assert _periods("over the three years from FY2032 to FY2034") == [
        (date(2031, 4, 1), date(2034, 3, 31))
    ]
    assert _periods("in fiscal 2032 through fiscal 2034") == [(date(2031, 4, 1), date(2034, 3, 31))]


def test_two_years_listed_stay_two() -> None:
    assert len(_periods("revenue in FY2032 and FY2033 rose")) == 2


def test_a_plan_over_a_span_of_years_is_for_the_whole_span() -> None:
    text = (
        "Tsurugi plan\nWire\n2031-05-20\n\nOver the three years from FY2032 to FY2034 "
        "we plan capital expenditure of 45 billion yen in total.\n"
    )
    entity = KnownEntity("Tsurugi Audio", ("Tsurugi",), MARCH)
    found = extract(text, published=date(2031, 5, 20), entity=entity).proposals
    assert [(p.value, p.period.start, p.period.end) for p in found] == [
        (45e9, date(2031, 4, 1), date(2034, 3, 31))
    ]
