"""A quarter named as a part of the company's own year with a possessive between ("the first
quarter of its fiscal 2026", "the third quarter of Brennock's financial year") is that
quarter, as "the first quarter of fiscal 2026" is: before, the year was read alone and the
quarter's sales were given the whole year. Guards: a quarter and a year the text sets apart
("in the first quarter; for fiscal 2026 it expects ...") stay apart. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

MARCH_YEARS = FiscalCalendar.of("03-31", "start")


def periods(body: str, day: date) -> dict[float, str]:
    text = f"Brennock Tools update\nTest Column\n{day.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Brennock Tools", ("Brennock",), MARCH_YEARS)
    return {p.value: p.period.iso() for p in extract(text, published=day, entity=entity).proposals}


def test_a_quarter_of_its_fiscal_year_is_the_quarter():
    found = periods(
        "Brennock Tools said net sales in the April–June quarter, the first quarter of its "
        "fiscal 2026, came to $412.6 million, against $398.1 million in the same quarter a "
        "year earlier.",
        date(2026, 8, 7),
    )
    assert found[412_600_000] == "2026-04-01/2026-06-30"
    assert found[398_100_000] == "2025-04-01/2025-06-30"


def test_a_quarter_of_the_companys_financial_year_is_the_quarter():
    found = periods(
        "Revenue for the three months to December, the third quarter of Brennock's financial "
        "year, rose to $455.0 million from $431.2 million in the same quarter a year earlier.",
        date(2026, 2, 10),
    )
    assert found[455_000_000] == "2025-10-01/2025-12-31"


def test_a_quarter_and_a_year_set_apart_stay_apart():
    # guard
    found = periods(
        "Brennock Tools reported revenue of $412.6 million for the first quarter. For its fiscal "
        "2026 it expects revenue of $1.75 billion.",
        date(2026, 8, 7),
    )
    assert found[412_600_000] == "2026-04-01/2026-06-30"
    assert found[1_750_000_000] == "2026-04-01/2027-03-31"
