"""A count listed by place with its verb and things said once for the list ("Europe booked
9,350 trucks, North America 4,120 and South America 2,550", "the Americas placed 164 systems,
EMEA 97 and Asia-Pacific 57"): each later place's count of the same things. Before, a bare
number after a place was taken for a model's number ("Lumia 520") and dropped, and with no
verb or noun of its own it named nothing. Guards: a model's number after its name stays no
figure, and a place listed after a whole another place took part of counts nothing.
Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR = "2025-01-01/2025-12-31"


def test_places_after_the_first_with_its_verb():
    found = facts(
        "Ostrander reported its results for 2025. The Americas placed 164 mills, EMEA 97 and "
        "Asia-Pacific 57."
    )
    assert found[97] == ("EMEA mills placed", YEAR)
    assert found[57] == ("Asia-Pacific mills placed", YEAR)


def test_grouped_counts_of_places():
    found = facts(
        "Ostrander reported its results for 2025. Europe booked 9,350 silos, North America "
        "4,120 and Japan 2,550."
    )
    assert found[4_120][1] == YEAR
    assert found[2_550][1] == YEAR


def test_a_place_that_took_part_of_a_whole_lists_no_count():
    found = facts(
        "Ostrander reported its results for 2025. Europe accounted for 40 of the 52 new "
        "silos, Asia 12."
    )
    assert 12 not in found


def test_a_models_number_is_no_count():
    found = facts("Ostrander reported its results for 2025. The Hexa 520 sold 9,350 units.")
    assert 520 not in found
