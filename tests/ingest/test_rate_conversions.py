"""An amount restated in another currency for the reader, at a rate named by its day or
basis ("at year-end rates", "at today's rate"), or alone in brackets after the amount it
restates with words between them: never a figure of the company's (an invented Danish
ferry operator's results note). An amount that only names its currency before "at current
rates" still keeps the sentence's own figures."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

NOTE = """Fjordlinje results note
Fjordlinje investor relations
2026-03-04

Fjordlinje reported revenue of DKK 9,420 million for 2025 (around USD 1.37 billion), up 4%.

EBIT was DKK 1,180 million for 2025, which is roughly EUR 158 million at year-end exchange rates.

At today's rate, the year's passenger revenue of DKK 3,050 million is about GBP 340 million.

- Q4 freight revenue DKK 1.61 bln vs DKK 1.52 bln yr-ago; about 235 mln dollars at current rates
"""


def _found() -> set[tuple[float, str]]:
    entity = KnownEntity("Fjordlinje", (), FiscalCalendar())
    found = extract(NOTE, published=date(2026, 3, 4), entity=entity).proposals
    return {(p.value, p.unit) for p in found}


def test_the_reports_own_amounts_are_kept():
    facts = _found()
    assert (9_420_000_000, "DKK") in facts
    assert (1_180_000_000, "DKK") in facts
    assert (1_610_000_000, "DKK") in facts
    assert (1_520_000_000, "DKK") in facts


def test_amounts_converted_at_a_named_rate_or_alone_in_brackets_are_dropped():
    assert not {u for _, u in _found()} & {"USD", "EUR", "GBP"}
