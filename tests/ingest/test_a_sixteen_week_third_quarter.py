"""A grocer's year of 52 weeks cut into quarters of 12, 12, 16 and 12 weeks: "the third
quarter of fiscal 2026, the 16 weeks ended July 4, 2026" is those 16 weeks (from 15 March),
and its first nine months the 40 weeks from the year's first day. Before, no layout of the week
calendar put a quarter's end on that day (blocks of 13 weeks end the third on 27 June), so
the report kept its months (April to June); and a layout of a 16-week first quarter, which
ends its third quarter on the same day, would make it 12 weeks: the span the report states
says which. Invented company; fails on the code before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

BRULOT = KnownEntity("Marches Brulot", ("Brulot",), FiscalCalendar(9, 30, "end"))
DAY = date(2026, 8, 18)

BODY = (
    "Marches Brulot today announced its results for the third quarter of fiscal 2026, the 16 "
    "weeks ended July 4, 2026.\n\n"
    "Third-quarter sales were $2,184.6 million, and sales for the first nine months of "
    "fiscal 2026 were $5,402.9 million.\n\n"
    "Our fiscal year ends on the last Saturday of September."
)


def test_a_third_quarter_of_sixteen_weeks():
    found = {
        p.value: p.period.iso()
        for p in proposals(BODY, BRULOT, DAY, "Marches Brulot third quarter")
    }
    assert found[2_184_600_000] == "2026-03-15/2026-07-04"
    assert found[5_402_900_000] == "2025-09-28/2026-07-04"
