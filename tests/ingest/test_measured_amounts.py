"""Amounts in a physical unit (tonnes, litres, a unit with a qualifier written on) name what
was measured and done with it, and a farming company's "season" is its year: companies and
sentences invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

MAY_YEARS = FiscalCalendar.of("05-31", "end")
NAME = "Glenbrook Grain"
DAY = date(2024, 10, 10)
SEASON = "2024-06-01/2025-05-31"


def proposals(body: str):
    text = f"{NAME} update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity(NAME, ("Glenbrook",), MAY_YEARS)
    return extract(text, published=DAY, entity=entity).proposals


def rows(body: str) -> set[tuple]:
    return {(p.metric, p.kind.value, p.period.iso(), p.value) for p in proposals(body)}


def test_a_substance_in_a_unit_is_named_by_what_was_done_with_it():
    found = rows(
        "Glenbrook said it harvested 3.2 million tonnes of wheat in the three months to August."
    )
    assert found == {("wheat harvested", "actual", "2024-06-01/2024-08-31", 3.2e6)}


def test_a_unit_with_a_qualifier_written_on_is_a_unit_not_a_product():
    found = rows("Grain handled of 41 million tonnesDW in the three months to August.")
    assert found == {("grain handled", "actual", "2024-06-01/2024-08-31", 41e6)}


def test_a_later_bare_amount_in_the_same_unit_names_the_same_substance():
    found = rows(
        "Glenbrook said it harvested 3.2 million tonnes of wheat in the three months to "
        "August. It now expects to harvest 9.5 million tonnes across the whole season."
    )
    assert ("wheat harvested", "forecast", SEASON, 9.5e6) in found


def test_an_amount_in_a_unit_with_no_verb_of_handling_is_no_figure_of_ours():
    # a capacity or a size: what the company did with it is not said
    assert rows("The new silo at Ashby holds 40,000 tonnes.") == set()


def test_last_season_is_the_companys_previous_year():
    found = rows("Glenbrook harvested 8.9 million tonnes of wheat last season.")
    assert found == {("wheat harvested", "actual", "2023-06-01/2024-05-31", 8.9e6)}


def test_counts_of_product_lines_side_by_side_are_told_apart_by_their_names():
    found = rows(
        "Glenbrook sold 120 Harvester combines and 340 Tillmaster combines in the three "
        "months to August."
    )
    assert found == {
        ("Harvester combines sold", "actual", "2024-06-01/2024-08-31", 120),
        ("Tillmaster combines sold", "actual", "2024-06-01/2024-08-31", 340),
    }


def test_a_report_writing_the_companys_initials_means_the_company():
    text = (
        f"{NAME} update\nTest Wire\n{DAY.isoformat()}\n\n"
        "GGH sold 120 combines in the three months to August.\n"
    )
    entity = KnownEntity("Glenbrook Grain Holdings", ("Glenbrook",), MAY_YEARS)
    found = extract(text, published=DAY, entity=entity).proposals
    assert [(p.entity, p.value) for p in found] == [("Glenbrook Grain Holdings", 120)]


def test_a_price_a_unit_is_named_by_the_price_the_sentence_speaks_of():
    found = {
        (p.metric.lower(), p.kind.value, p.value, p.value_high)
        for p in proposals(
            "Glenbrook raised its forecast grain price for the 2024/25 season, lifting the "
            "range to $310 to $340 per tonne from the opening forecast of $290 to $320 per tonne."
        )
    }
    assert ("grain price", "forecast", 310, 340) in found
    assert ("grain price", "forecast", 290, 320) in found


def test_a_titled_product_opening_the_sentence_names_its_count():
    found = rows(
        "Golden Harvest Mix kept selling well with 1.3 million units sold in the three "
        "months to August."
    )
    assert found == {("Golden Harvest Mix units sold", "actual", "2024-06-01/2024-08-31", 1.3e6)}
