"""Amounts translated into another currency "for convenience only" ("US dollar equivalents,
for convenience only at AED 3.6725 per US$: 3Q 2030 revenue US$ 311 mn") are the reader's
conversion of the report's own figures, no facts of their own (on 3f25a2a they were
proposed as "USD revenue"). Guard: the report's own amounts in its home currency stay."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Qurm Water PJSC", ("Qurm Water",), FiscalCalendar.of("12-31", "start"))


def test_a_convenience_translation_is_no_fact() -> None:
    text = (
        "Qurm Water third-quarter results\nPress release\n2030-11-12\n\n"
        "Revenue for the third quarter of 2030 was AED 1,142 million, up 6.9%.\n\n"
        "US dollar equivalents, for convenience only at AED 3.6725 per US$: 3Q 2030 revenue "
        "US$ 311 mn.\n"
    )
    found = extract(text, published=date(2030, 11, 12), entity=ENTITY).proposals
    assert {p.unit for p in found if p.unit != "percent"} == {"AED"}
    assert any(p.value == 1_142_000_000 for p in found)
