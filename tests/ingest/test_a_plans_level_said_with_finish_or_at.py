"""A plan for a count held on a day, said with any verb that closes a period ("aims to finish
the year with about 410 stores", "expects to close the first half with 2.2 million members")
or with "at" and the day ("expects to run 64 depots at 30 June 2026", "targets 1.8 million
policies in force at March 31, 2027"): the level the company means to have on that day, as
"plans to end the year with" and "by 30 June 2026" already were. Before, "finish" and
"close" were no ending verbs to the reader of outlets and people counted (who were read as
whom the company served), and "at" no day of a plan: nothing was proposed. Guards: a flow
planned "at" a period's end stays a flow; an earlier plan set against with "rather than" is
still read. An invented parking operator on calendar years (fails on the code before)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import named_and_dated

KESTRAVEN = KnownEntity("Kestraven Parking", ("Kestraven",), CALENDAR)
DAY = date(2026, 2, 18)


def _found(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, KESTRAVEN, DAY, "Kestraven Parking full-year results")


def test_a_plan_to_finish_the_year_with_a_count():
    found = _found("Kestraven aims to finish the year with about 410 stores.")
    assert found[410] == ("stores", "2026-12-31/2026-12-31")


def test_a_plan_to_close_a_half_with_people_counted():
    found = _found("We expect to close the first half with 2.2 million members.")
    assert found[2_200_000] == ("members", "2026-06-30/2026-06-30")


def test_an_earlier_plan_set_against_with_rather_than():
    found = _found("We now aim to finish the year with 212 stores rather than 220.")
    assert found[212] == ("stores", "2026-12-31/2026-12-31")
    assert found[220][1] == "2026-12-31/2026-12-31"


def test_a_plan_to_run_things_at_a_day():
    found = _found("The group expects to run 64 depots at 30 June 2026.")
    assert found[64] == ("depots", "2026-06-30/2026-06-30")


def test_a_plan_for_things_in_force_at_a_day():
    found = _found("We continue to target 1.8 million permits in force at March 31, 2027.")
    assert found[1_800_000] == ("permits in force", "2027-03-31/2027-03-31")


def test_a_flow_planned_at_a_periods_end_stays_a_flow():
    found = _found("We expect to sell 9,000 season tickets at the end of the year.")
    assert found[9_000][1] == "2026-01-01/2026-12-31"
