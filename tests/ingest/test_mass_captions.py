"""A table captioned only by a unit of mass in its millions or thousands ("Mt", "koz") holds
amounts in that scale, and the unit is no part of any row's name."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Serra Alta Mining", ("Serra Alta",), FiscalCalendar.of("12-31", "start"))
PAGE = """Serra Alta 2Q31 production report
Investor Relations
2031-07-24

<html><head><title>2Q31 Production Report</title></head><body>
<h1>Serra Alta Mining — Production Report, 2Q31</h1>
<p>Serra Alta Mining announces its operating performance for the second quarter of 2031.</p>
<table>
<tr><th>Mt</th><th>2Q31</th><th>2Q30</th></tr>
<tr><td>Iron ore production</td><td>12.6</td><td>11.9</td></tr>
</table>
</body></html>
"""


def test_a_mass_caption_scales_the_rows() -> None:
    doc = parse_document(PAGE, ".txt")
    found = extract(doc.text, published=date(2031, 7, 24), entity=ENTITY).proposals
    got = {(p.metric, p.value, p.period.start.year) for p in found}
    assert ("iron ore production", 12_600_000, 2031) in got
    assert ("iron ore production", 11_900_000, 2030) in got
