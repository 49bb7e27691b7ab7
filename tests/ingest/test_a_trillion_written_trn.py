"""A trillion abbreviated as the press does ("N1.96trn", "$4.2 trln"): the amount in its
currency, as "tn" already was. Before, a sign or code before such an amount found no
figure at all, and the growth beside it took the base's year. Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR = "2025-01-01/2025-12-31"


def test_an_amount_in_trn_after_a_dollar_sign():
    found = facts("Ostrander reported its results for 2025. Flour sales were $1.34trn in 2025.")
    assert found[1_340_000_000_000] == ("flour revenue", YEAR)


def test_an_amount_in_trln_with_a_space():
    found = facts("Ostrander reported its results for 2025. Flour sales were $2.71 trln in 2025.")
    assert found[2_710_000_000_000] == ("flour revenue", YEAR)


def test_growth_to_an_amount_in_trn_from_a_base_of_a_named_year():
    found = facts(
        "Ostrander reported its results for 2025. Flour sales rose 12.5% to $1.8trn from "
        "$1.6trn in 2024."
    )
    assert found[1_800_000_000_000][1] == YEAR
    assert found[1_600_000_000_000][1] == "2024-01-01/2024-12-31"
    assert found[12.5][1] == YEAR
