"""A web page's HTML saved in a .txt file is read as the page: its table's cells are
figures, its readers' comments are not the company's."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract

PAGE = """Larchmont Kites posts 2030 results
Larchmont Newsroom
2031-02-05

<!DOCTYPE html>
<html><head><title>Larchmont Kites posts 2030 results</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/kites">Kites</a></nav>
<main>
<h1>Larchmont Kites posts 2030 results</h1>
<p>Larchmont Kites today reported net sales of $418 million for 2030, up 6% from
$394 million in 2029.</p>
<table>
<tr><th>(in millions)</th><th>2030</th><th>2029</th></tr>
<tr><td>Net sales</td><td>$418</td><td>$394</td></tr>
<tr><td>Operating income</td><td>$51</td><td>$47</td></tr>
</table>
</main>
<section class="comments"><h3>Comments (1)</h3>
<p><b>skyfan</b>: Net sales of $600 million next year would be something!</p>
</section>
</body></html>
"""

ENTITY = KnownEntity("Larchmont Kites", ("Larchmont",), FiscalCalendar.of("12-31", "start"))


def test_a_page_in_a_text_file_is_read_as_html() -> None:
    doc = parse_document(PAGE, ".txt")
    assert "<td>" not in doc.text and "<p>" not in doc.text
    assert doc.text.startswith("Larchmont Kites posts 2030 results\nLarchmont Newsroom\n2031-02-05")
    assert "skyfan" not in doc.text  # a reader's comment is no part of the report


def test_its_table_cells_are_figures_and_comments_none() -> None:
    doc = parse_document(PAGE, ".txt")
    found = extract(doc.text, published=date(2031, 2, 5), entity=ENTITY).proposals
    values = {(p.value, p.period.start.year) for p in found}
    assert (51e6, 2030) in values and (47e6, 2029) in values
    assert all(p.value != 600e6 for p in found)


def test_plain_text_with_a_tag_in_it_stays_text() -> None:
    text = "A note\nWire\n2031-02-05\n\nSales rose to $5 million <b>in 2030</b>.\n"
    assert "<b>" in parse_document(text, ".txt").text
