"""A second measure joined to the first by "and", its verb left to the clause before ("The
arrears ratio fell to 3.4 per cent and the cure rate to 61.5 per cent as of 30 June 2031",
"Member savings closed the year at $812.6 million and net loans to members at $640.2
million"): the second figure is that measure's, of the first's kind and on the first's day;
the day said once after both is the first's too. Failed on the engine this session started
from (ee4977ea): the second figure was left out, and the first had no period. A capitalised
name after "and" ("and the North at 3.0%") is a part, never a measure named so (a guard:
the first version of the rule named it "North").
Companies and wording invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from tests.ingest.invented import KnownEntity, named_and_dated

TAVERLY = KnownEntity("Taverly Mutual", ("Taverly",), CALENDAR)
DAY = date(2031, 8, 4)


def _found(body: str, day: date = DAY) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, TAVERLY, day, "Taverly Mutual update")


def test_both_ratios_take_the_day_said_after_them() -> None:
    found = _found(
        "The arrears ratio fell to 3.4 per cent and the cure rate to 61.5 per cent as of "
        "30 June 2031."
    )
    assert found.get(3.4) == ("arrears ratio", "2031-06-30/2031-06-30"), found
    assert found.get(61.5) == ("cure rate", "2031-06-30/2031-06-30"), found


def test_a_level_joined_to_a_level_is_held_on_the_same_day() -> None:
    found = _found(
        "Member savings closed the year at $812.6 million and net loans to members at "
        "$640.2 million.",
        date(2032, 2, 16),
    )
    savings = found.get(812_600_000)
    assert savings is not None and savings[1].split("/")[0] == savings[1].split("/")[1], found
    assert found.get(640_200_000) == ("net loans to members", savings[1]), found


def test_a_capitalised_part_is_no_measure() -> None:
    found = _found(
        "Savings growth by branch was 4.1% in the first half of 2031 for the South, and the "
        "North at 3.0%."
    )
    assert found.get(3.0, ("",))[0] != "North", found
