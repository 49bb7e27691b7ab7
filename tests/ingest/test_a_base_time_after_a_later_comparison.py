"""A time phrase that dates a base set against a later figure of the sentence ("..., compared
with 31.4% in 2024") is that base's, never the period of a figure stated before the
comparison: "Marketplace fees grew 18.2% to EUR 96.4 million and made up 27.1% of revenue,
compared with 24.9% in 2024" leaves the fees in the year the text is about. Before, the
fees took 2024, and the period talked about moved back a year for the sentences after
(the test fails on the code before). Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

BRANDMOOR = KnownEntity("Brandmoor Auctions", ("Brandmoor",), CALENDAR)

BODY = (
    "Brandmoor Auctions today reported its results for the full year 2025.\n\n"
    "Full year 2025 in review\n\n"
    "- Revenue rose 9.0% to EUR 356.2 million. Marketplace fees grew 18.2% to EUR 96.4 "
    "million and made up 27.1% of revenue, compared with 24.9% in 2024.\n"
    "- Adjusted EBITDA was EUR 71.8 million.\n"
)


def test_the_figures_before_the_comparison_keep_the_year_talked_about():
    got = proposals(BODY, BRANDMOOR, date(2026, 2, 24), "Brandmoor Auctions results")
    found = {p.value: p.period.iso() for p in got}
    assert found[96_400_000] == "2025-01-01/2025-12-31"
    assert found[71_800_000] == "2025-01-01/2025-12-31"
