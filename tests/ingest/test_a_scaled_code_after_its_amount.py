"""A scale letter glued before a currency code and written after the amount ("1,208.4 MEUR",
"96.5 MSEK", "740 TEUR"), as Finnish and Swedish releases write it: the amount in that
currency and scale, as "MSEK 5,720" before the amount already was. Before, the code was
read as the currency and its letter dropped (1,208.4 euros). Guard: the code before the
amount reads as it did. Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR_2025 = "2025-01-01/2025-12-31"
YEAR_2024 = "2024-01-01/2024-12-31"
OPENING = "Ostrander reported its results for 2025.\n\n"


def test_millions_of_euros_after_the_amount():
    found = facts(OPENING + "- Net sales 1,208.4 MEUR, up 2.3% from 1,181.2 MEUR in 2024.")
    assert found[1_208_400_000] == ("revenue", YEAR_2025)
    assert found[1_181_200_000] == ("revenue", YEAR_2024)
    assert 1208.4 not in found


def test_an_operating_profit_in_millions_of_kronor():
    found = facts(OPENING + "Operating profit was 96.5 MSEK in 2025.")
    assert found[96_500_000][1] == YEAR_2025
    assert 96.5 not in found


def test_the_code_before_the_amount_still_reads():
    found = facts(OPENING + "Net sales rose to MSEK 5,720 in 2025.")
    assert found[5_720_000_000][1] == YEAR_2025
