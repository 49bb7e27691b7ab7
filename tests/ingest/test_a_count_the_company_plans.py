"""A count of things the company plans, whatever the things are ("We now target 4,600
learners for 2027", "we are planning 24 to 28 new studio openings", "our guidance is 150 to
170 gross clinic openings", "the group expects 3.2 million visits"): the company's own plan,
named by the things it counts. Before, a count of things no vocabulary of sales lists was
dropped as things not sold unless a verb sold, carried or made them. Guards: a plan another
company makes ("Ostrava Fit, which plans to add 40 studios"), analysts' expectations, a level
a plan holds on a day ("2,100 members in force at 31 March 2026") and a plan of things sold
(still named as sold). Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 18)


def found(body: str) -> dict[float, tuple[str, str, str]]:
    text = f"Pelorin Studios outlook\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Pelorin Studios", ("Pelorin",), CALENDAR)
    return {
        p.value: (p.metric, p.kind.value, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_target_of_people() -> None:
    got = found("We now target 4,600 learners for 2027, up from 4,200 at the start of the year.")
    assert got[4_600] == ("learners", "target", "2027-01-01/2027-12-31")


def test_a_planned_range_of_openings() -> None:
    got = found("For 2026 we are planning 24 to 28 new studio openings.")
    assert got[24][0] == "new studio openings"
    assert got[24][2] == "2026-01-01/2026-12-31"


def test_guidance_for_openings() -> None:
    got = found("For 2026, our guidance is 150 to 170 gross clinic openings.")
    assert got[150][0] == "gross clinic openings"


def test_the_group_expects_visits() -> None:
    got = found("The group expects 3.2 million visits in 2026.")
    assert got[3_200_000][1:] == ("forecast", "2026-01-01/2026-12-31")


def test_another_companys_plan_is_not_ours() -> None:
    # guard
    got = found("Rival Ostrava Fit, which plans to add 40 studios in 2026, has yet to report.")
    assert 40 not in got


def test_analysts_expectations_are_not_ours() -> None:
    # guard
    got = found("Analysts expect 3.4 million visits in 2026.")
    assert 3_400_000 not in got


def test_a_level_held_on_a_day_is_no_plan_for_the_year() -> None:
    # guard
    got = found("We are trimming the target to 2,100 members in force at 31 March 2026.")
    assert got.get(2_100, ("", "", ""))[2] != "2026-01-01/2026-12-31"


def test_a_plan_of_things_sold_stays_sold() -> None:
    # guard
    got = found("We expect to sell 120,000 yoga mats in 2026.")
    assert got[120_000][0] != "yoga mats"
