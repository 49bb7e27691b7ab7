"""A table's units note with a clause of its own after a semicolon ("(Millions of won;
percentages show year-on-year change)") still gives the table's scale and currency: the
rows' amounts are proposed in millions of won. Before, the semicolon ended no note, the
amounts had no currency and only the change column was proposed. Invented company and
wording (fails on the code before)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

GAEUL = KnownEntity("Gaeul Bakeries", ("Gaeul",), CALENDAR)
DAY = date(2025, 8, 7)

BODY = """\
Gaeul Bakeries reported its first-half results on Thursday.

(Millions of won; percentages show year-on-year change)

                                  1H 2025        1H 2024       YoY
Net sales                         318,420        301,055      +5.8%
Operating profit                   21,310         19,870      +7.2%
"""


def test_amounts_under_a_note_with_a_clause_after_its_semicolon():
    found = proposals(BODY, GAEUL, DAY, "Gaeul Bakeries first half")
    got = {(p.value, p.unit, p.period.iso()) for p in found}
    assert (318_420e6, "KRW", "2025-01-01/2025-06-30") in got
    assert (301_055e6, "KRW", "2024-01-01/2024-06-30") in got
    assert (21_310e6, "KRW", "2025-01-01/2025-06-30") in got
    assert (5.8, "percent", "2025-01-01/2025-06-30") in got
