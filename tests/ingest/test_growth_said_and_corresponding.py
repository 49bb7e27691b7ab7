"""Two common ways of stating a rate, over an invented consumer-goods maker: a measure's
growth said with a copula ("Revenue growth was 6% in 2025", "Volume growth for 2024 was
-1.5%", "Underlying volume growth (UVG) was 3%"), and an Indian filing's "corresponding
quarter" (the same quarter a year earlier), so a margin and its prior-year comparison are
two figures, not one clashing pair."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.timing import find_times

APRIL_YEARS = FiscalCalendar.of("03-31", "end")

RELEASE = """Annual results
Pallavi Home Products
2025-05-20

Revenue growth was 6% in 2024.

Volume growth for 2023 was -1.5%.

Underlying volume growth (UVG) was 3% in 2022.
"""

NOTES = """Outcome of Board Meeting
Pallavi Home Products Limited, filing to the exchanges
2025-10-28

The Board approved the results for the quarter ended 30 September 2025.

Notes:
1. EBITDA margin for the quarter was 21.6% (corresponding quarter: 20.9%).
"""


def test_a_growth_said_with_a_copula_is_the_growth_of_what_precedes_it():
    entity = KnownEntity("Pallavi Home Products", ("Pallavi",), FiscalCalendar())
    found = extract(RELEASE, published=date(2025, 5, 20), entity=entity).proposals
    facts = {(p.metric, p.period.iso()): p.value for p in found}
    assert facts[("revenue growth", "2024-01-01/2024-12-31")] == 6.0
    assert facts[("volume growth", "2023-01-01/2023-12-31")] == -1.5
    # (its initials in brackets end no clause: the measure before them grew)
    assert facts[("underlying volume growth", "2022-01-01/2022-12-31")] == 3.0


def test_the_corresponding_quarter_is_the_same_quarter_a_year_earlier():
    mentions = find_times("over the corresponding period of the previous year", date(2025, 10, 28))
    assert [(t.text, t.mode) for t in mentions] == [
        ("the corresponding period of the previous year", "anaphoric")
    ]
    entity = KnownEntity("Pallavi Home Products", ("Pallavi",), APRIL_YEARS)
    found = extract(NOTES, published=date(2025, 10, 28), entity=entity).proposals
    facts = {(p.metric, p.period.iso()): p.value for p in found}
    assert facts[("EBITDA margin", "2025-07-01/2025-09-30")] == 21.6
    assert facts[("EBITDA margin", "2024-07-01/2024-09-30")] == 20.9
