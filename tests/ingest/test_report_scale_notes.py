"""A report that states once, in its prose, the scale of its tables' amounts ("Dollar amounts
in tables are in millions unless otherwise indicated"): every table below it with no note of
its own reads its bare amounts in that scale and currency. Invented filing excerpt."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.placement import report_note

FILING = """Quenby Outdoor Inc. - quarterly report excerpt
Quenby Outdoor Inc. - filing
2025-08-06

Management's discussion. {note}

Results of Operations

                                     Three Months Ended
                                          June 30,
                                      2025        2024
Net revenues                          $842        $790
Operating income                        97          88
"""


def _rows(note: str) -> set[tuple]:
    text = FILING.format(note=note)
    entity = KnownEntity("Quenby Outdoor", ("Quenby",), FiscalCalendar.of("12-31", "start"))
    found = extract(text, published=date(2025, 8, 6), entity=entity).proposals
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in found}


def test_a_scale_stated_for_the_report_s_tables_applies_to_a_table_without_one():
    found = _rows("Dollar amounts in tables are in millions unless otherwise indicated.")
    assert ("net revenues", "2025-04-01/2025-06-30", 842_000_000.0, "USD") in found
    assert ("operating income", "2024-04-01/2024-06-30", 88_000_000.0, "USD") in found


def test_the_rule_may_name_its_currency_after_the_scale():
    assert report_note("Amounts are in thousands of euros unless otherwise stated.", 60) == (
        1e3,
        "EUR",
    )


def test_a_scale_without_a_currency_or_said_of_one_sentence_is_no_rule():
    assert report_note("Amounts in tables are in millions.", 40) is None  # which currency?
    assert report_note("Cash amounts in millions of dollars rose.", 40) is None
