"""A web page's markup saved in a text file from its first block (no <html> or <body>) is
read as a page: readers' comments below it are no part of the report. A money table's note
that excepts rows by a word ("$ in millions, except kiosk data") leaves those rows, and a
one-word qualifier row below them, as plain counts. "Finished the year with N net new X" is
what the year added. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 3, 4)
PAGE = """Lanterne Kiosks reports fiscal 2025 results
Lanterne investor site
2026-03-04

<nav>Home | Investors | Careers</nav>
<article>
<h1>Lanterne Kiosks reports fiscal 2025 results</h1>
<p>Lanterne Kiosks today reported results for fiscal 2025, the year ended December 31, 2025.</p>
<table>
<tr><th>($ in millions, except kiosk data)</th><th>Fiscal 2025</th><th>Fiscal 2024</th></tr>
<tr><td>Total revenues</td><td>412.5</td><td>398.0</td></tr>
<tr><td>Kiosk sales</td><td>301.2</td><td>290.4</td></tr>
<tr><td>Kiosks at end of year</td><td>1,284</td><td>1,240</td></tr>
<tr><td>Licensed</td><td>910</td><td>871</td></tr>
</table>
<p>"We finished the year with 44 net new kiosks," the chief executive said.</p>
</article>
<section class="comments"><h3>Comments (2)</h3>
<p><b>kioskfan</b>: they must have 1,500 kiosks by now</p>
<p><b>anon</b>: revenue of $450 million next year, easy</p>
</section>
"""


def _facts() -> set[tuple]:
    doc = parse_document(PAGE, ".txt")
    entity = KnownEntity("Lanterne Kiosks", (), FiscalCalendar.of("12-31", "end"))
    found = extract(doc.text, published=DAY, entity=entity).proposals
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in found}


def test_readers_comments_under_a_pasted_page_fragment_are_left_out():
    doc = parse_document(PAGE, ".txt")
    assert "kioskfan" not in doc.text
    assert "Kiosks at end of year" in doc.text
    assert not any(value in (1500, 450e6) for _, _, value, _ in _facts())


def test_rows_a_money_note_excepts_are_counts():
    facts = _facts()
    assert any(value == 1284 and unit == "units" for _, _, value, unit in facts)
    assert not any(value in (1284e6, 910e6) for _, _, value, _ in facts)
    assert any(value == 301_200_000 and unit == "USD" for _, _, value, unit in facts)


def test_net_new_things_at_the_year_s_end_are_the_year_s_additions():
    facts = _facts()
    assert ("net new kiosks", "2025-01-01/2025-12-31", 44.0, "units") in facts
