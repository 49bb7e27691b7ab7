"""A country whose name is a plural is named by its adjective too: "the Philippine Stock
Exchange" names the Philippines, so a report's "P41.2 billion" is in pesos. On 5fbc155b
only "Philippines" (and "-n", "-an" endings) named it, and every amount after the sign was
lost. Guard: a report naming no country for the sign still reads no amount."""

from __future__ import annotations

from bot.ingest.local_signs import LOCAL_KEY, report_signs
from tests.ingest.invented import OSTRANDER, OSTRANDER_DAY, proposals


def test_a_plural_country_named_by_its_adjective() -> None:
    body = (
        "Ostrander Mills, listed on the Philippine Stock Exchange, said revenues rose 14.1% "
        "to P41.2 billion in 2025."
    )
    found = proposals(body, OSTRANDER, OSTRANDER_DAY, "Ostrander Mills results")
    assert any(p.value == 41_200_000_000 and p.unit == "PHP" for p in found)


def test_no_country_no_sign() -> None:
    assert LOCAL_KEY + "P" not in report_signs("Ostrander Mills said revenues were P41.2 billion.")
