"""Things a company exports are counted as exported: "we exported 3,214,800 trays in 2024,
up from 2,987,500 trays" and "expects to export 3.3 to 3.5 million trays" are trays exported
(before, neither was read at all: a plural noun no verb of selling counts is no product).
Guards: a sale in a sentence that names exports elsewhere stays a sale, and a share of
revenue from exports is no count. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import named_and_dated

DAY = date(2025, 3, 20)


def facts(body: str) -> dict[float, tuple[str, str]]:
    entity = KnownEntity("Orrin Berry Farms", ("Orrin",), CALENDAR)
    return named_and_dated(body, entity, DAY, "Annual review", "Test Corpus")


def test_trays_exported_and_their_base():
    found = facts(
        "Orrin exported 3,214,800 trays in 2024, up from 2,987,500 trays in 2023.\n\n"
        "Orrin expects to export 3.3 million to 3.5 million trays in 2025."
    )
    assert found[3_214_800] == ("trays exported", "2024-01-01/2024-12-31")
    assert found[2_987_500] == ("trays exported", "2023-01-01/2023-12-31")
    assert found[3_300_000][0] == "trays exported"


def test_a_sale_beside_a_share_of_exports_stays_a_sale():
    # guard
    found = facts("Exports were 61% of revenue; Orrin sold 1,402,300 trays in 2024.")
    assert found[1_402_300][0] == "trays sold"
    assert "exported" not in found[61][0]
