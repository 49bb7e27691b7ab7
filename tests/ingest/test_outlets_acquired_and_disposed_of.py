"""Outlets a chain acquired or disposed of over a period, counted as its openings and
closures are ("acquired 21 bakeries and opened 4 new sites", "opened 19 bakeries, acquired 6
and closed 3", "acquired 10 stores and disposed of 1"). Before, "acquired" marked a count of
what the company did and named nothing, and "disposed of" no event at all. Guard: what a
company buys that is no outlet (companies, land parcels) counts nothing. Invented company
(Ostrander Mills) and wording; the first two tests failed before the change."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR = "2025-01-01/2025-12-31"


def test_outlets_acquired_beside_those_opened_and_closed():
    found = facts("In 2025 we opened 19 bakeries, acquired 6 and closed 3.")
    assert found[19] == ("bakery openings", YEAR)
    assert found[6] == ("bakery acquisitions", YEAR)
    assert found[3] == ("bakery closures", YEAR)


def test_outlets_acquired_and_disposed_of():
    found = facts("During 2025 we acquired 10 stores and disposed of 1.")
    assert found[10] == ("store acquisitions", YEAR)
    assert found[1] == ("store disposals", YEAR)


def test_companies_and_land_bought_are_no_outlets():
    found = facts("In 2025 Ostrander acquired 9 land parcels and acquired 2 companies.")
    assert 9 not in found
    assert 2 not in found
