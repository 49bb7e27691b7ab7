"""A year that ends a statute's or an event's name ("the Finance Act 2024", "the Companies
Act, 2015") is part of the name, never the period of the figures around it: before, a
fiscal year's volume and revenue were put in calendar 2024 and 2015. Guard: a plan named by
its year ("Strategy 2028") still dates the targets it sets. An invented cider maker with
years to June (fails on the code before)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

USAMBARA = KnownEntity("Usambara Cider Works", ("Usambara",), FiscalCalendar.of("06-30", "end"))
FY25 = "2024-07-01/2025-06-30"

BODY = """Usambara Cider Works results for the financial year ended 30 June 2025 ("FY25").

Cider volume fell 6.2% to 88 kHL (FY24: 94 kHL), as the higher excise brought in by the \
Finance Act 2024 lifted shelf prices.

Revenue, reported under the Companies Act, 2015, rose 4.1% to TZS 212.4 billion.

Under our Strategy 2028 we target revenue of TZS 300 billion.
"""


def _found() -> dict[float, str]:
    got = proposals(BODY, USAMBARA, date(2025, 9, 20), "Usambara Cider Works annual report")
    return {p.value: p.period.iso() for p in got}


def test_a_statutes_year_is_no_period():
    found = _found()
    assert found[88_000] == FY25
    assert found[-6.2] == FY25


def test_a_statutes_year_after_a_comma_is_no_period():
    found = _found()
    assert found[212.4e9] == FY25
    assert found[4.1] == FY25


def test_a_plan_named_by_its_year_still_dates_its_target():
    # (the year the plan names, however the calendar reads a bare year)
    assert _found()[300e9].split("/")[1].startswith("2028-")
