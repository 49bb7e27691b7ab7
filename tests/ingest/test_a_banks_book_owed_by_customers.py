"""A bank's balance-sheet rows of what it lent to, or took from, its customers ("Gross loans
to customers", "Deposits from customers") are money in the table's note, and levels on the
column's day, and so are the parts set in below them ("Retail", "SME"): the customers they
name are the other side of the loan, never things counted (tables/reader.py). Before, the
rows were read as bare counts of customers (17,096 units) and the parts of the loans were
dropped. Guard: "Number of customers" is still a count. Invented bank; fails on the code
before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

TALLAGH = KnownEntity("Tallagh Savings Bank", ("Tallagh",), CALENDAR)
DAY = date(2026, 3, 4)
BODY = (
    "Tallagh Savings Bank today published its results for 2025.\n\n"
    "Balance sheet (EUR m)                  31 Dec 2025    31 Dec 2024    Change\n"
    "Loans and advances to customers             9,412          8,730     +7.8%\n"
    "  Mortgages                                 6,118          5,702     +7.3%\n"
    "  SME lending                               3,294          3,028     +8.8%\n"
    "Deposits from customers                    11,260         10,415     +8.1%\n"
    "Number of customers ('000)                    842            801     +5.1%\n"
)


def found() -> dict[float, tuple[str, str]]:
    return {
        p.value: (p.unit, p.period.iso())
        for p in proposals(BODY, TALLAGH, DAY, "Tallagh Savings Bank results")
    }


def test_loans_to_customers_are_money_on_the_day():
    assert found()[9_412_000_000] == ("EUR", "2025-12-31/2025-12-31")
    assert found()[11_260_000_000] == ("EUR", "2025-12-31/2025-12-31")
    assert 9_412 not in found()


def test_the_loans_parts_are_money_too():
    assert found()[6_118_000_000] == ("EUR", "2025-12-31/2025-12-31")
    assert found()[3_028_000_000] == ("EUR", "2024-12-31/2024-12-31")


def test_a_number_of_customers_is_still_counted():
    # guard: customers counted are no money
    assert 842_000 * 1_000_000 not in found()
    assert 842_000_000_000 not in found()
