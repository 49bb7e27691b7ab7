"""A level whose verb closes a period at the figure ("Customer deposits closed the year at
$10.42 billion", "Net debt ended December at $17.8 billion", "Fleet utilization ended the
year at 98.1%"): the subject's level on that period's last day. Before, a period between the
verb and "at" hid the level, and the figure was dropped. Guard: a flow of the year keeps the
year. Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR_END = "2025-12-31/2025-12-31"


def test_an_amount_that_closed_the_year_at():
    found = facts(
        "Ostrander reported its results for 2025. Customer deposits closed the year at "
        "$10.42 billion. Net debt ended December at $17.8 million."
    )
    assert found[10_420_000_000] == ("customer deposits", YEAR_END)
    assert found[17_800_000] == ("net debt", YEAR_END)


def test_a_ratio_that_ended_the_year_at():
    found = facts(
        "Ostrander reported its results for 2025. Silo utilization ended the year at 98.1%."
    )
    assert found[98.1] == ("silo utilization", YEAR_END)


def test_a_flow_keeps_its_year():
    found = facts("Ostrander reported its results for 2025. Flour sales were $812 million.")
    assert found[812_000_000][1] == "2025-01-01/2025-12-31"
