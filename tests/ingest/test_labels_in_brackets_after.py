"""A figure followed by a bracket that breaks it down by period ("Like-for-like sales growth
+2.4% (Q1 +2.1% | Q2 +2.7%)"): the last label in the bracket had framed the figure before it,
the half's growth proposed as the second quarter's, a wrong figure. A time in brackets that
hold other figures labels them, never frames the figure before; the first quarter's own
figure keeps its label."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Kestrel Grocers", ("Kestrel",), FiscalCalendar.of("02-28", "end"))
SLIDES = """Kestrel Grocers interim slides
Kestrel Grocers plc
2031-10-09

[Slide 3]
H1 FY32 highlights
- Group sales EUR 1,212.8m (H1 FY31: EUR 1,161.0m), +4.5%
- Like-for-like sales growth +2.4% (Q1 +2.1% | Q2 +2.7%)
"""


def test_the_halfs_growth_is_never_the_second_quarters() -> None:
    found = extract(SLIDES, published=date(2031, 10, 9), entity=ENTITY).proposals
    growth = {p.value: p.period for p in found if "like-for-like" in p.metric}
    second_quarter = (date(2031, 6, 1), date(2031, 8, 31))
    assert all((p.start, p.end) != second_quarter for v, p in growth.items() if v == 2.4)
    assert (growth[2.1].start, growth[2.1].end) == (date(2031, 3, 1), date(2031, 5, 31))
