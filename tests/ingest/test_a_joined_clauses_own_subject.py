"""An amount a later clause names by its own subject, joined to the clause before by "and",
"while" or a semicolon ("Bakery sales were $262.4 million and franchise fees were $38.8
million"): that subject's amount. Before, a subject no vocabulary word heads left the amount
to the measure the sentence opened with ("bakery revenue" twice), and the clash dropped
both. Guards: a place as the later subject is a part of the whole, a measure the vocabulary
knows is named by it. Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR = "2025-01-01/2025-12-31"


def test_a_later_clauses_own_subject_names_its_amount():
    found = facts(
        "Ostrander reported its results for 2025. Bakery sales were $262.4 million and "
        "franchise royalties and fees were $38.8 million."
    )
    assert found[262_400_000] == ("bakery revenue", YEAR)
    assert found[38_800_000] == ("franchise royalties and fees", YEAR)


def test_a_later_clause_after_while():
    found = facts(
        "Ostrander reported its results for 2025. Bakery sales were $262.4 million, while "
        "service fees were $41.2 million."
    )
    assert found[41_200_000] == ("service fees", YEAR)


def test_a_place_and_a_known_measure_as_before():
    found = facts(
        "Ostrander reported its results for 2025. Revenue was $812 million and Europe was "
        "$400 million, while operating profit was $95 million."
    )
    assert found[400_000_000] == ("Europe revenue", YEAR)
    assert found[95_000_000] == ("operating income", YEAR)
