"""Energy named by its noun and the participle of what was done with it ("Electricity
generated in the first half reached 6,120 million kWh", "Energy sold in the quarter was 730
GWh") is that measure in its own unit. Before, the capitalised noun before "generated" or
"sold" was read as another company that generated or sold, and the figure was "power of no
measure the words name" (a period with digits, "in H1/2025", also hid the subject). Guard: a
company that sold is still the company. Invented company; the tests fail on the code before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import named_and_dated, proposals

BRENNHOLT = KnownEntity("Brennholt Kraftwerke", ("Brennholt",), CALENDAR)
DAY = date(2025, 7, 30)
TITLE = "Brennholt Kraftwerke half-year update"
HALF = "2025-01-01/2025-06-30"


def facts(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, BRENNHOLT, DAY, TITLE)


def test_electricity_generated_with_a_period_of_digits():
    found = facts(
        "Electricity generated in H1/2025 reached 6,120 million kWh, up 4.2% from 5,873 "
        "million kWh in H1/2024."
    )
    assert found[6_120_000_000] == ("electricity generated (kWh)", HALF)
    assert found[5_873_000_000] == ("electricity generated (kWh)", "2024-01-01/2024-06-30")


def test_energy_sold_in_the_quarter():
    found = facts("Energy sold in the second quarter was 730 GWh.")
    assert found[730] == ("energy sold (GWh)", "2025-04-01/2025-06-30")


def test_a_forecast_of_generation():
    found = proposals(
        "Full-year generation is expected to be around 11.4 TWh.", BRENNHOLT, DAY, TITLE
    )
    assert [(p.metric, p.kind.value, p.value) for p in found] == [
        ("generation (TWh)", "forecast", 11.4)
    ]


def test_a_company_that_sold_is_still_a_company():
    # guard: "Ostvik sold ..." names who sold, with no verb of its own after
    found = proposals("Ostvik sold 410 GWh in the second quarter.", BRENNHOLT, DAY, TITLE)
    assert all(p.entity != BRENNHOLT.name for p in found)
