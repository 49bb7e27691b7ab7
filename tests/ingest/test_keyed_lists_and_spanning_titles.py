"""Table shapes a reader of the printed page reads at a glance: a fact sheet's dotted
leaders ("Chile ........ 3.1"), a list of label/figure rows whose title says when and in
what unit, an HTML table whose first row is a title spanning every column, and a
units note in the singular with an exception ("(NZ$ million, unless otherwise stated)"). Companies
and figures invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.leaders import blank_leaders

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")


def _facts(text: str, name: str, published: date, suffix: str = ".txt") -> set[tuple]:
    doc = parse_document(text, suffix)
    entity = KnownEntity(name, (), CALENDAR_YEARS)
    return {
        (p.metric, p.period.iso(), round(p.value, 3), p.unit)
        for p in extract(doc.text, published=published, entity=entity).proposals
    }


def test_a_dotted_leader_is_blanked_and_every_offset_kept():
    line = "  Chile ........................ 3.1\n  Peru . . . . . . . 2.4\n"
    blanked = blank_leaders(line)
    assert len(blanked) == len(line)
    assert blanked.split() == ["Chile", "3.1", "Peru", "2.4"]
    assert blank_leaders("He paused... then said 4.") == "He paused... then said 4."


SHEET = """Corrillo Copper annual figures
Corrillo Copper investor relations
2026-02-10

4  CATHODE SALES BY MARKET — 2025 (kt)

   Chile ............................ 61.5
   China ............................ 48.2
   Rest of world .................... 12.9

   Note: sales to traders are shown under the market of final delivery.
"""


def test_a_list_of_labels_and_figures_takes_its_period_and_unit_from_its_title():
    found = {(m, p, v) for m, p, v, _ in _facts(SHEET, "Corrillo Copper", date(2026, 2, 10))}
    year = "2025-01-01/2025-12-31"
    assert {v for m, p, v in found if p == year} >= {61.5, 48.2, 12.9}
    assert any(m.startswith("Chile") for m, p, v in found if v == 61.5)


HTML = """<html><head><title>Ferrandez Tiles reports first-half results</title></head><body>
<h1>Ferrandez Tiles reports first-half results</h1>
<p>Castellon, 30 July 2025. Ferrandez Tiles S.A. today published its results for the six
months to 30 June 2025, with sales of EUR 412 million.</p>
<table>
<tr><td colspan="3">Sales by product line (in EUR millions)</td></tr>
<tr><td></td><td>H1 2025</td><td>H1 2024</td></tr>
<tr><td>Floor tiles</td><td>251.0</td><td>240.4</td></tr>
<tr><td>Wall tiles</td><td>118.3</td><td>121.7</td></tr>
<tr><td>Mosaics</td><td>42.7</td><td>39.9</td></tr>
</table>
<p>The board expects a stronger second half as the Lyon showroom opens.</p>
</body></html>
"""


def test_a_title_row_spanning_an_html_table_is_the_caption_of_the_headings_below():
    found = _facts(HTML, "Ferrandez Tiles", date(2025, 7, 30), suffix=".html")
    half = "2025-01-01/2025-06-30"
    values = {(p, v, u) for _, p, v, u in found}
    assert {(half, 251e6, "EUR"), (half, 118.3e6, "EUR"), (half, 42.7e6, "EUR")} <= values
    assert ("2024-01-01/2024-06-30", 240.4e6, "EUR") in values


NOTED = """Marrowgate Leisure second-quarter data
Marrowgate Leisure
2025-07-29

(NZ$ million, unless otherwise stated)      2Q25      2Q24    Change
Ticket revenue                              412.6     388.1    +6.3%
Food and beverage revenue                    96.0      90.4    +6.2%
"""


def test_a_units_note_in_the_singular_with_an_exception_scales_the_table():
    found = _facts(NOTED, "Marrowgate Leisure", date(2025, 7, 29))
    assert ("ticket revenue", "2025-04-01/2025-06-30", 412.6e6, "NZD") in found
    assert ("food and beverage revenue", "2024-04-01/2024-06-30", 90.4e6, "NZD") in found
