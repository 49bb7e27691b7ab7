"""A running total since a start the sentence tells, of things the vocabulary of sales does
not list ("Since its first sailing in May 2011, the line has carried more than 41 million
passengers", "Since its first installation in 2014, Harlow has installed 62,300 charging
posts to 30 September 2025"): counted whatever the things, named by them and the verb.
A start told as a bare year ("Since 2009 the company has shipped more than 3 million
boilers") runs to the end of the period the report is about, never to the end of that
year. Before, the count was dropped as things not sold, or left without an end. Guard: a
count of things with no start told stays unread. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 6)
LEAD = "Harlow Thermal reported its results for the third quarter of 2025. "


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Harlow Thermal letter\nTest Letters\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    entity = KnownEntity("Harlow Thermal", ("Harlow",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_things_carried_since_a_first_sailing() -> None:
    got = found(
        "Since its first sailing in May 2011, the line has carried more than 41 million passengers."
    )
    assert got[41_000_000] == ("passengers carried", "2011-05-01/2025-09-30")


def test_things_installed_since_a_year_to_a_day() -> None:
    got = found(
        "Since its first installation in 2014, Harlow has installed 62,300 charging posts to "
        "30 September 2025."
    )
    assert got[62_300][1] == "2014-01-01/2025-09-30"


def test_a_bare_years_start_runs_to_the_period_talked_about() -> None:
    got = found("Since 2009 the company has shipped more than 3 million boilers.")
    assert got[3_000_000][1] == "2009-01-01/2025-09-30"


def test_things_with_no_start_told_stay_unread() -> None:
    # guard
    got = found("The company has hosted 14 trade events.")
    assert 14 not in got
