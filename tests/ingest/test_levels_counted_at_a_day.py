"""A figure its own words count on a day ("at end of Q2", "on 30 June 2025", a bracket
holding the day alone) stood on that day, whatever noun it counts; a flow's verb, a plan,
a bracketed label of another figure or a statement's day change nothing. Invented text."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract


def periods(body: str) -> dict[float, str]:
    text = (
        "Lindqvist Hiss update\nTest Wire\n2025-08-06\n\n"
        f"Lindqvist Hiss AB reported results for the second quarter of 2025.\n{body}\n"
    )
    found = extract(
        text,
        published=date(2025, 8, 6),
        entity=KnownEntity("Lindqvist Hiss AB", ("Lindqvist",), CALENDAR),
    ).proposals
    return {p.value: p.period.iso() for p in found}


def test_a_count_at_the_end_of_a_quarter_is_that_days():
    got = periods("- Service base: 318,000 units under maintenance contract at end of Q2")
    assert got[318_000] == "2025-06-30/2025-06-30"


def test_a_count_with_its_day_in_brackets_is_that_days():
    got = periods("Retail doors: 1,940 (May 31, 2025)")
    assert got[1_940] == "2025-05-31/2025-05-31"


def test_a_flow_at_the_end_of_a_quarter_keeps_the_quarter():
    got = periods("We shipped 4,000 pumps at the end of the quarter.")
    assert got[4_000] == "2025-04-01/2025-06-30"


def test_a_bracketed_label_of_another_figure_dates_nothing():
    got = periods("Lindqvist ended the quarter with 18,240 customers (30 June 2024: 17,190).")
    assert got[18_240] == "2025-06-30/2025-06-30"


def test_a_table_row_at_the_end_of_the_period_is_that_days():
    text = (
        "Lindqvist Hiss update\nTest Wire\n2025-08-06\n\n"
        "Lindqvist Hiss AB reported results for the second quarter of 2025.\n\n"
        "| | Q2 2025 | Q2 2024 |\n|---|---|---|\n| Depots (EOP) | 96 | 91 |\n"
    )
    found = {
        p.value: p.period.iso()
        for p in extract(
            text,
            published=date(2025, 8, 6),
            entity=KnownEntity("Lindqvist Hiss AB", ("Lindqvist",), CALENDAR),
        ).proposals
    }
    assert found[96] == "2025-06-30/2025-06-30"
    assert found[91] == "2024-06-30/2024-06-30"


def test_what_the_company_ended_the_half_with_is_that_days_count():
    got = periods(
        "On the network: we ended the half with 1,214 depots, compared with 1,201 at the year end."
    )
    assert got[1_214] == "2025-06-30/2025-06-30"
