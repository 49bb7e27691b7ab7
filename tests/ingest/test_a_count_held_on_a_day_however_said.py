"""A count the company holds on a day, however the day and the things are said: the day
without its year ("Enrolment reached 151,900 students at May 31"), the things with what
they are doing or where they are kept ("1,530 kiosks operating at 31 March 2025", "3,540
technicians on its books at 28 June 2025", "15,390 depots owned"), a month with its year
before "with" ("ended September 2025 with ..."). Before, each was "a count of things, not of
sales" and dropped. Such a level beside a plan moves the period talked about no more than
the plan does. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 5)


def periods(body: str, day: date = DAY) -> dict[float, str]:
    text = f"Ostrander Mills update\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Ostrander Mills", ("Ostrander",), CALENDAR)
    found = extract(text, published=day, entity=entity).proposals
    return {p.value: p.period.iso() for p in found}


def test_a_day_without_its_year():
    found = periods("Enrolment at Ostrander's baking schools reached 151,900 students at May 31.")
    assert found[151_900] == "2025-05-31/2025-05-31", found


def test_things_said_with_what_they_are_doing():
    found = periods("Ostrander had 1,530 kiosks operating at 31 March 2025.")
    assert found[1_530] == "2025-03-31/2025-03-31", found


def test_a_month_with_its_year_before_with():
    found = periods("We ended September 2025 with 15,390 silos owned and 25,700 tenancies.")
    assert found[15_390] == "2025-09-30/2025-09-30", found
    assert found[25_700] == "2025-09-30/2025-09-30", found


def test_a_level_beside_a_plan_keeps_the_period_talked_about():
    found = periods(
        "Flour sales were 92.1 million bags in the nine months to May 2026.\n\n"
        "Mill area reached 324.0 hectares at 31 May, and the company still aims to have 350 "
        "hectares by the end of 2027. Its Crown flour has now sold more than 75 million bags "
        "since it was launched in March 2022.",
        day=date(2026, 7, 8),
    )
    assert found[75_000_000] == "2022-03-01/2026-05-31", found
