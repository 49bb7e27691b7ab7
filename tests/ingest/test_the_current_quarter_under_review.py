"""A result "for the current quarter" in a report published after that quarter closed is
the quarter under review, never the one still running on the report's date; a plan for the
current quarter is the one running. Invented reports."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract


def periods(body: str) -> dict[float, str]:
    text = f"Berjaya Cold Stores quarterly report\nTest Exchange\n2025-11-24\n\n{body}\n"
    found = extract(
        text,
        published=date(2025, 11, 24),
        entity=KnownEntity("Berjaya Cold Stores Berhad", ("Berjaya Cold Stores",), CALENDAR),
    ).proposals
    return {p.value: p.period.iso() for p in found}


def test_a_result_for_the_current_quarter_is_the_quarter_under_review():
    got = periods(
        "For the current quarter under review, the Group recorded revenue of MYR 412.6 million, "
        "an increase of 7.9% against the corresponding quarter of the preceding year."
    )
    assert got[412_600_000] == "2025-07-01/2025-09-30"


def test_a_plan_for_the_current_quarter_is_the_one_running():
    got = periods(
        "The Group reported revenue of MYR 412.6 million for the third quarter. It expects "
        "revenue of about MYR 430 million in the current quarter."
    )
    assert got[430_000_000] == "2025-10-01/2025-12-31"
