"""A plan to hold a number of things on a day, whatever the things are ("targets 31,000
lockers in operation by 30 June 2026", "its target of 12,000 berths by the end of 2027",
"aims to have 350 hectares under glass by the end of FY2027"): a target level on that day,
named by the words between the figure and "by". Before, a noun the vocabulary does not know
as held or sold was dropped as a count of no sale; and a day in an earlier clause ("reached
324 hectares at 31 May, and ... aims to have 350 ... by the end of FY2027") took the plan's
day. Guards: a flow planned by a day ("to sell 1.2 million lockers by 2027") stays a flow,
additions ("500 new lockers by 2027") are no level, and a day without its year names none.
Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)


def found(body: str) -> dict[float, tuple[str, str, str]]:
    text = f"Quillet Lockers half-year letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Quillet Lockers", ("Quillet",), CALENDAR)
    return {
        p.value: (p.metric, p.kind.value, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = "Quillet Lockers reported its results for the first half of 2025. "


def test_things_in_operation_by_a_day() -> None:
    got = found(LEAD + "The Group targets 31,000 lockers in operation by 30 June 2026.")
    assert got[31_000] == ("lockers in operation", "target", "2026-06-30/2026-06-30")


def test_a_target_by_the_end_of_a_year() -> None:
    got = found(LEAD + "Its target is 12,000 berths by the end of 2027.")
    assert got[12_000] == ("berths", "target", "2027-12-31/2027-12-31")


def test_an_earlier_clauses_day_is_not_the_plans() -> None:
    got = found(
        LEAD + "Glasshouse area reached 324 hectares at 30 June 2025, and the company still "
        "aims to have 350 hectares under glass by the end of 2027."
    )
    assert got[350] == ("hectares under glass", "target", "2027-12-31/2027-12-31")


def test_a_flow_planned_by_a_year_stays_a_flow() -> None:
    # guard
    got = found(LEAD + "Quillet plans to sell 1.2 million lockers by 2027.")
    assert got[1_200_000][0] == "lockers sold"


def test_additions_are_no_level() -> None:
    # guard
    got = found(LEAD + "Quillet targets 500 new lockers by the end of 2027.")
    assert 500 not in got


def test_a_day_without_its_year_names_no_day() -> None:
    # guard
    got = found(LEAD + "It aims for 53,500 berths by March 31.")
    assert got.get(53_500, ("", "", ""))[2] != "2025-03-31/2025-03-31"
