"""A ratio named "return on" its base ("Return on average equity (ROAE) was 17.4%") is named
whole, its "on" part of the name; a measure whose name ends on a verb's -ing form the
dictionary knows only as a verb ("Gearing finished the year at 31.2%") is named by that
gerund. Before, the "on" cut the subject to a bare "Return" and the gerund read as a verb:
no figure was proposed. Guard: a verb's -ing form after the figure stays no part of any
name. Invented company; the tests fail on the code before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import named_and_dated

TALLOWBY = KnownEntity("Tallowby Savings Bank", ("Tallowby",), CALENDAR)
DAY = date(2026, 3, 4)


def facts(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, TALLOWBY, DAY, "Tallowby Savings Bank annual results")


def test_a_return_on_average_equity_and_its_year_before():
    found = facts(
        "Return on average equity (ROAE) was 17.4% in 2025, compared with 15.9% the year before."
    )
    assert found[17.4] == ("return on average equity", "2025-01-01/2025-12-31")
    assert found[15.9] == ("return on average equity", "2024-01-01/2024-12-31")


def test_a_gerund_named_level_at_the_years_end():
    found = facts("Gearing finished the year at 31.2%.")
    assert found[31.2] == ("gearing", "2025-12-31/2025-12-31")


def test_a_verbs_ing_form_after_the_figure_names_nothing():
    # guard
    found = facts("Net interest income was $84 million in 2025, rising 6%.")
    name, period = found[84_000_000]
    assert name.endswith("interest income") and period == "2025-01-01/2025-12-31"
