"""A measure named by a verb's -ing form before its head noun ("Trading volume was $512.8
million", "The average selling price rose to $4.12", "the mill operating rate was 79%"): a
kind of the measure, named as written. Before, the -ing form read as a verb, so the subject
was no noun phrase and the figure was dropped. Guards: "excluding" sets a part apart, and a
count of things ("operating days") is left to the rules of counts. Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR = "2025-01-01/2025-12-31"


def test_an_amount_of_a_measure_named_with_an_ing_form():
    found = facts(
        "Ostrander reported its results for 2025. Trading volume was $512.8 million, and "
        "processing fees were $41.2 million."
    )
    assert found[512_800_000] == ("trading volume", YEAR)
    assert found[41_200_000] == ("processing fees", YEAR)


def test_a_ratio_named_with_an_ing_form():
    found = facts("Ostrander reported its results for 2025. The milling spread was 6.8%.")
    assert found[6.8] == ("milling spread", YEAR)


def test_excluding_sets_a_part_apart():
    found = facts(
        "Ostrander reported its results for 2025. Revenue excluding fuel was $700 million."
    )
    assert found[700_000_000][0] == "revenue"
