"""A ratio the vocabulary has no word for, moved to a level from the one before ("Staff
attrition improved to 38.2% from 44.9% a year ago", "Capacity utilization rose to 84% from
79% in 2024", "Net interest margin widened to 5.8% from 5.5%"): the subject's level and its
base. Before, "from" after the rate said it was no level, and "widened", "narrowed" or
"ticked down" moved nothing, so both figures were dropped. Guard: an amount's own rate of
change and base read as before. Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR, BEFORE = "2025-01-01/2025-12-31", "2024-01-01/2024-12-31"


def test_a_ratio_improved_to_a_level_from_its_base():
    found = facts(
        "Ostrander reported its results for 2025. Staff attrition improved to 38.2% from "
        "44.9% a year ago. Capacity utilization rose to 84% from 79% in 2024."
    )
    assert found[38.2] == ("staff attrition", YEAR)
    assert found[44.9] == ("staff attrition", BEFORE)
    assert found[84] == ("capacity utilization", YEAR)
    assert found[79] == ("capacity utilization", BEFORE)


def test_a_ratio_narrowed_or_ticked_down():
    found = facts(
        "Ostrander reported its results for 2025. Mill attrition ticked down to 12.1% from "
        "12.5%. The flour yield narrowed to 6.8% from 6.1%."
    )
    assert found[12.1] == ("mill attrition", YEAR)
    assert found[6.8] == ("flour yield", YEAR)
    assert found[6.1] == ("flour yield", BEFORE)


def test_an_amounts_rate_and_base_as_before():
    found = facts(
        "Ostrander reported its results for 2025. Revenue rose 4% to $5 million from $4.8 million."
    )
    assert found[4] == ("revenue growth", YEAR)
    assert found[4_800_000] == ("revenue", BEFORE)
