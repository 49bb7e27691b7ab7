"""A letter that tells how the year's outlook was trimmed, then heads a paragraph with the next
year ("On November 5 we trimmed our outlook for organic revenue growth to 5% to 6% ... Fiscal
2032. Fiscal 2032 is a 53-week year ... We expect revenue of C$880 million to C$900 million"):
the new plan had taken the trimmed plan's year, a wrong period for a forecast and a clash.
Once the text talks about a later whole year, a plan with no period of its own is for that
year; a plan compared with a result just told keeps the plan's year."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tamsin Outdoor", ("Tamsin",), FiscalCalendar.of("12-31", "end"))
LETTER = """Tamsin Outdoor - Letter to shareholders, fiscal 2031 annual report
Tamsin Outdoor Media Inc
2032-02-24

Fiscal 2031 was the year digital became Tamsin's biggest growth engine. Revenue for fiscal
2031 was C$612.4 million.

A softer autumn. On November 5 we trimmed our outlook for organic revenue growth to 5% to 6%
and narrowed adjusted EBITDA to C$165 million to C$170 million. We delivered 5.4% organic
growth and C$168.4 million of adjusted EBITDA.

Fiscal 2032. We expect revenue of C$650 million to C$670 million and organic revenue growth of
4% to 6%.
"""


def test_the_new_plan_is_for_the_year_the_text_moved_on_to() -> None:
    found = extract(LETTER, published=date(2032, 2, 24), entity=ENTITY).proposals
    plans = {(p.value, p.value_high): p.period for p in found if p.kind.value != "actual"}
    assert plans[(650e6, 670e6)].end.year == 2032, plans
    assert plans[(4.0, 6.0)].end.year == 2032
    assert plans[(5.0, 6.0)].end.year == 2031  # the trimmed outlook keeps its year
