"""Column heads stacked over several lines whose last line carries the table's units and the
years ("Audited / year ended / 30 June" over "NZ$'000   2025   2024"): each column is the
year its stack names. Before, the line of years (a label and two numbers) was read as the
table's first row, the columns named "year ended 30 June" with no year, and no figure was
proposed; an "Audited" line over the heads was also read into each row's name. Invented
company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 9, 18)
JUNE_YEARS = FiscalCalendar.of("06-30", "end")


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Kereru Timber annual results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Kereru Timber Limited", ("Kereru",), JUNE_YEARS)
    doc = parse_document(text, ".txt")
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(doc.text, published=DAY, entity=entity).proposals
    }


TABLE = """Kereru Timber Limited reported its audited results for the year ended 30 June 2025.

                                        Audited        Audited
                                     year ended     year ended
                                        30 June        30 June
NZ$'000                                    2025           2024
Revenue                                 418,260        396,115
Operating profit                         52,904         47,331
"""

YEAR = "2024-07-01/2025-06-30"
YEAR_BEFORE = "2023-07-01/2024-06-30"


def test_a_line_of_years_closes_the_stacked_heads() -> None:
    got = found(TABLE)
    assert got[418_260_000] == ("revenue", YEAR)
    assert got[396_115_000] == ("revenue", YEAR_BEFORE)
    assert got[52_904_000] == ("operating profit", YEAR)


def test_without_the_audited_line() -> None:
    got = found(TABLE.replace("Audited        Audited", ""))
    assert got[47_331_000] == ("operating profit", YEAR_BEFORE)


def test_a_row_of_counts_like_years_stays_a_row() -> None:
    # guard: a first row of plain numbers under one-line heads is a row, not heads
    got = found(
        "Kereru Timber Limited reported its results for the year ended 30 June 2025.\n\n"
        "                               2025           2024\n"
        "Mills                          2019           2018\n"
        "Revenue (NZ$'000)           418,260        396,115\n"
    )
    assert got[418_260_000] == ("revenue", YEAR)
