"""A line naming the year's months so far ("January–September 2025 in brief") heads the
running totals listed under it, as a quarter's line heads the quarter's figures. Before, only
a quarter, a half or a year set the period talked about, so the items under a nine-month
heading took the quarter's period from the list above: two net sales for one quarter, and
neither was proposed. Guards: a span that does not start the year ("February–June 2025")
moves nothing, nor does a sentence naming months in passing. Invented company (Ostrander
Mills) and wording; the first two tests failed before the change."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

QUARTER = "2025-07-01/2025-09-30"
NINE_MONTHS = "2025-01-01/2025-09-30"


def test_items_under_a_nine_month_heading_are_its_running_totals():
    found = facts(
        "July–September 2025 in brief\n"
        "- Net sales decreased 0.6% to EUR 588.9 million.\n\n"
        "January–September 2025 in brief\n"
        "- Net sales increased 1.2% to EUR 1,763.5 million.\n"
    )
    assert found[588_900_000] == ("net sales", QUARTER)
    assert found[1_763_500_000] == ("net sales", NINE_MONTHS)


def test_a_heading_of_eight_months_so_far():
    found = facts(
        "Flour milled, January–August 2025\n- Ostrander milled 412,000 tonnes of flour.\n"
    )
    assert found[412_000][1] == "2025-01-01/2025-08-31"


def test_a_span_inside_the_year_heads_nothing():
    found = facts(
        "Ostrander reported its results for 2025.\n\nFebruary–June 2025 in brief\n"
        "- Ostrander milled 412,000 tonnes of flour.\n"
    )
    assert found[412_000][1] != "2025-02-01/2025-06-30"


def test_months_named_in_passing_in_prose_head_nothing():
    found = facts(
        "Ostrander reported its results for the fourth quarter of 2025. We buy most of our "
        "wheat in January and February\n\nRevenue was EUR 96 million.\n"
    )
    assert found[96_000_000][1] == "2025-10-01/2025-12-31"
