"""A plan for what a company means to hold by a day ("a goal of 9,000 members by 30 June
2028") counts on that day, never over the fiscal year around it; a plan for a flow (things
to sell, a margin) keeps its year. Invented reports."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

JUNE_YEARS = FiscalCalendar.of("06-30", "end")  # fiscal 2027 = Jul 2026 - Jun 2027


def proposed(body: str) -> dict[float, tuple[str, str, Kind]]:
    text = f"Pemberly Group update\nTest Wire\n2025-10-02\n\n{body}\n"
    found = extract(
        text,
        published=date(2025, 10, 2),
        entity=KnownEntity("Pemberly Group", ("Pemberly",), JUNE_YEARS),
    ).proposals
    return {p.value: (p.metric, p.period.iso(), p.kind) for p in found}


def test_a_goal_of_things_held_by_a_day_counts_on_that_day():
    found = proposed(
        "Pemberly Group reported revenue of $84 million for the quarter. We are also setting "
        "ourselves a goal of 9,400 clients by 30 June 2028."
    )
    assert found[9400] == ("clients", "2028-06-30/2028-06-30", Kind.TARGET)


def test_a_goal_reached_by_the_end_of_a_fiscal_year_counts_on_its_last_day():
    found = proposed(
        "Pemberly Group reported revenue of $84 million for the quarter. Its plan is to "
        "reach 610 stores by the end of fiscal 2027."
    )
    assert found[610][1] == "2027-06-30/2027-06-30"


def test_a_ratio_a_plan_puts_on_a_day_counts_on_that_day():
    found = proposed(
        "Pemberly Group reported revenue of $84 million for the quarter. The group aims to "
        "lift its bed occupancy to 91% by 31 December 2026."
    )
    assert found[91][1] == "2026-12-31/2026-12-31"


def test_plans_for_flows_keep_their_year():
    found = proposed(
        "Pemberly Group reported revenue of $84 million for the quarter. It aims to sell "
        "2.5 million tickets by 30 June 2027. It still aims for an operating margin of 14% "
        "by 30 June 2027."
    )
    assert found[14][1] != "2027-06-30/2027-06-30"
    assert 2_500_000 not in found or found[2_500_000][1] != "2027-06-30/2027-06-30"


def test_a_labelled_goal_by_the_end_of_a_year_counts_on_its_last_day():
    found = proposed(
        "Pemberly Group reported revenue of $84 million for the quarter.\nTargets:\n"
        "- Retail doors goal unchanged: 640 by the end of FY2027"
    )
    assert found[640][1:] == ("2027-06-30/2027-06-30", Kind.TARGET)
