"""A part's share of a whole written with whose whole it is ("41% of the group's revenue",
"22% of Ostrander's sales") or as things counted ("64% of tonnes shipped", "15.1% of dozens
sold"): before, the whole was read only after an article or "its", and a count of things
named no measure, so the share was dropped as one said in passing. Guard: a share of an
industry's whole is no figure of the company's. Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR = "2025-01-01/2025-12-31"


def test_a_share_of_a_whole_said_with_whose_it_is():
    found = facts(
        "Ostrander reported its results for 2025. Retail packs accounted for 41% of the "
        "group's revenue in the year, and bakery mixes made up 17% of Ostrander's revenue."
    )
    assert found[41] == ("Retail packs share of revenue", YEAR)
    assert found[17][1] == YEAR


def test_a_share_of_things_counted():
    found = facts(
        "Ostrander reported its results for 2025. Exports were 64% of tonnes shipped in the "
        "year. Organic flour made up 15.1% of bags sold."
    )
    assert found[64] == ("Exports share of tonnes shipped", YEAR)
    assert found[15.1] == ("Organic flour share of bags sold", YEAR)


def test_a_share_of_an_industrys_whole_is_not_ours():
    found = facts("Ostrander's results for 2025. Rivals made up 41% of the industry's sales.")
    assert 41 not in found
