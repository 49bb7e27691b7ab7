"""A change said "over" a span of an earlier year than the one its sentence reports is set
against that span: "Revenue for the first quarter of 2025 was $41.2 million, an increase
of 5.2% over the first quarter of 2024" is the growth of the first quarter of 2025 (before,
it took 2024's quarter, as "rose 2.2% over the nine months" takes the span it names).
The same for a rise "over" one quarter or half of a named year with no other year in its
sentence. Guard: a span of months "over" which a change happened stays the change's own.
Invented company; fails on the code before."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts

Q1_2025 = "2025-01-01/2025-03-31"


def test_growth_over_the_same_quarter_a_year_before():
    found = ostrander_facts(
        "Ostrander Mills reported first-quarter 2025 results on Tuesday.\n\n"
        "Revenue for the first quarter of 2025 was $41.2 million, an increase of 5.2% over "
        "the first quarter of 2024."
    )
    assert found[5.2][1] == Q1_2025


def test_growth_over_the_half_a_year_before():
    found = ostrander_facts(
        "In the first half of 2025, flour shipments reached 212,000 tonnes, up 3.4% over the "
        "first half of 2024."
    )
    assert found[3.4][1] == "2025-01-01/2025-06-30"


def test_a_rise_over_one_quarter_of_a_named_year():
    # no other year in the sentence: a rise by so much over one quarter of a named year is
    # a rise on that quarter, and the growth is the quarter the report talks about
    found = ostrander_facts(
        "Ostrander Mills reported first-quarter 2025 results on Tuesday.\n\n"
        "Revenue for the first quarter of 2025 was $41.2 million.\n\n"
        "- Same-store flour sales increased 5.2% over the first quarter of 2024."
    )
    assert found[5.2][1] == Q1_2025


def test_growth_over_its_own_span():
    # guard: the nine months "over" which sales grew are the growth's own
    found = ostrander_facts("Net sales rose 2.2% over the first nine months of 2025.")
    assert found[2.2][1] == "2025-01-01/2025-09-30"
