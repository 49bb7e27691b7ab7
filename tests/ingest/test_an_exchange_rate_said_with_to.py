"""An exchange rate said with "to" ("the pound averaged EGP 50 to the dollar", "KES 129 to one
US dollar") is a price of one currency in another, as "EGP 31 per dollar" already was: no
amount of the company's. Before, it was proposed as 50 pounds of something. Guard: an
amount in the same currency stays an amount. Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

OPENING = "Ostrander reported its results for 2025.\n\n"


def test_a_rate_to_the_dollar():
    found = facts(OPENING + "Part of it is currency; the pound averaged EGP 50 to the dollar.")
    assert 50 not in found


def test_a_rate_to_one_us_dollar():
    found = facts(OPENING + "The shilling averaged KES 129 to one US dollar in 2025.")
    assert 129 not in found


def test_an_amount_in_the_currency_stays():
    found = facts(OPENING + "Revenue was EGP 50 million in 2025, up from EGP 41 million in 2024.")
    assert found[50_000_000] == ("revenue", "2025-01-01/2025-12-31")
