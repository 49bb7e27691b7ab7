"""The people a company says it employed on a day are its employees on that day: "At 30
June 2025 the group employed 2,318 people (30 June 2024: 2,207)" (clauses/held: "people"
and "staff" have no plural's "s", so the held count's noun reader never took them).
Before, nothing was proposed. Guard: people a company served are no employees. Invented
company; fails on the code before."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts

HEAD = "Ostrander Mills today announced its results for 2025.\n\n"


def test_people_employed_with_a_keyed_base():
    found = ostrander_facts(
        HEAD + "At 30 June 2025 the group employed 2,318 people (30 June 2024: 2,207)."
    )
    assert found[2318] == ("employees", "2025-06-30/2025-06-30")
    assert found[2207] == ("employees", "2024-06-30/2024-06-30")


def test_staff_employed_with_the_day_after():
    found = ostrander_facts(HEAD + "Ostrander employed 1,406 staff at 31 December 2025.")
    assert found[1406] == ("employees", "2025-12-31/2025-12-31")


def test_people_served_are_no_employees():
    # guard
    found = ostrander_facts(HEAD + "At 31 December 2025 the mills served 2,318 people.")
    assert found.get(2318, ("",))[0] != "employees"
