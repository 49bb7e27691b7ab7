"""A count its subject calls an average ("Paying users, on a monthly average basis, were ...",
"measured as the monthly average of users who ...") is the period's figure, not a level on
its last day, and so is its base. Invented company and figures."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR = FiscalCalendar.of("12-31", "start")


def _facts(sentence: str) -> dict[tuple[str, float], str]:
    head = "Inkwell Comics results\ntest\n2025-08-07\n\nInkwell Comics reported results."
    text = f"{head}\n\n{sentence}\n"
    entity = KnownEntity("Inkwell Comics", (), CALENDAR)
    out = extract(text, published=date(2025, 8, 7), entity=entity).proposals
    return {(p.period.iso(), p.value): p.metric for p in out}


def test_a_count_on_a_monthly_average_basis_is_the_quarter_s_and_so_is_its_base():
    facts = _facts(
        "Paying users, on a monthly average basis, were 3.12 million in the second quarter, "
        "up from 2.98 million in the first quarter."
    )
    assert ("2025-04-01/2025-06-30", 3120000.0) in facts
    assert ("2025-01-01/2025-03-31", 2980000.0) in facts


def test_a_count_measured_as_a_monthly_average_is_the_quarter_s():
    facts = _facts(
        "Paying users, measured as the monthly average of users who bought at least one "
        "episode, were 3.12 million in the second quarter."
    )
    assert ("2025-04-01/2025-06-30", 3120000.0) in facts


def test_a_count_at_the_quarter_s_end_stays_a_level():
    facts = _facts("Paying users were 3.12 million at the end of the second quarter.")
    assert ("2025-06-30/2025-06-30", 3120000.0) in facts


TABLE = """Inkwell Comics results
test
2025-02-06

Key figures

                                            Q4 2024     Q4 2023     FY 2024
Paying users (monthly average, million)        3.12        2.98        3.05
"""


def test_a_row_note_naming_what_it_counts_before_its_scale():
    entity = KnownEntity("Inkwell Comics", (), CALENDAR)
    out = extract(TABLE, published=date(2025, 2, 6), entity=entity).proposals
    facts = {(p.period.iso(), p.value) for p in out if p.unit == "units"}
    assert ("2024-10-01/2024-12-31", 3120000.0) in facts
    assert ("2024-01-01/2024-12-31", 3050000.0) in facts
