"""Kinds of notation over invented companies: a wire's shorthand for a 52/53-week calendar,
"Q3 (13 wks to Sept 27)" and "a 53-week yr ending Jan 3, 2026", dates the company's periods
in its weeks as the words in full do ("the 13 weeks to October 4", "a 53-week year
ending")."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

DECEMBER_YEARS = FiscalCalendar.of("12-31", "start")
NAME = "Pellow Brewing"
DAY = date(2025, 10, 30)


def facts(body: str) -> set[tuple]:
    text = f"BRIEF-{NAME} Q3 volume\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity(NAME, (), DECEMBER_YEARS)
    return {
        (p.period.iso(), p.value) for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_weeks_and_year_in_a_wires_shorthand():
    found = facts(
        "Oct 30 (Test Wire) - Pellow Brewing Ltd:\n"
        "* Q3 (13 wks to Sept 27) volume 118.2 mln litres, up 3.1 pct\n"
        "* Q3 net revenue C$212.4 mln vs C$201.9 mln, up 5.2 pct\n"
        "* Fiscal 2025 is a 53-week yr ending Jan 3, 2026\n"
    )
    assert ("2025-06-29/2025-09-27", 212_400_000) in found
    assert ("2024-06-30/2024-09-28", 201_900_000) in found
