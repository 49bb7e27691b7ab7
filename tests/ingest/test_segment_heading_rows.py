"""A table whose rows are grouped under heading rows that name segments ("| **Brewing
Systems (BS)** | | |" over "| Sales | 412 | 398 |"): each row below a heading, up to the
next, is that segment's ("Brewing Systems sales"). Before, every segment's "Sales" row took
the bare name, the figures of one name and period clashed (with the group's own table too),
and all of them were dropped. Guards: a heading row that names a measure ("| Revenue | |")
is no segment, and the group's table above keeps its own names."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Kettwig Anlagen AG", ("Kettwig",), FiscalCalendar.of("12-31", "end"))
PUBLISHED = date(2031, 8, 6)

GROUP = """## Key figures — Group

| € million | Q2 2031 | Q2 2030 |
|---|--:|--:|
| Sales | 1,020 | 980 |
| EBITDA | 150 | 141 |
"""

SEGMENTS = """## Key figures — Segments

| € million | Q2 2031 | Q2 2030 |
|---|--:|--:|
| **Brewing Systems (BS)** | | |
| Sales | 612 | 590 |
| EBITDA | 95 | 88 |
| **Dairy Lines (DL)** | | |
| Sales | 408 | 390 |
| EBITDA | 55 | 53 |
"""


def _found(body: str) -> set[tuple[str, str, float]]:
    text = f"Kettwig Anlagen AG half-year report\nIR\n{PUBLISHED.isoformat()}\n\n{body}\n"
    doc = parse_document(text, ".md")
    found = extract(doc.text, published=PUBLISHED, entity=ENTITY).proposals
    return {(p.metric, p.period.iso(), p.value) for p in found}


def test_rows_below_a_segment_heading_are_the_segments() -> None:
    got = _found(GROUP + "\n" + SEGMENTS)
    q2 = "2031-04-01/2031-06-30"
    assert ("sales", q2, 1020e6) in got
    assert ("Brewing Systems sales", q2, 612e6) in got
    assert ("Dairy Lines sales", q2, 408e6) in got
    assert ("Dairy Lines EBITDA", q2, 55e6) in got
    assert not [g for g in got if g[0] == "sales" and g[2] != 1020e6 and g[1] == q2]


def test_a_heading_row_naming_a_measure_is_no_segment() -> None:
    table = """| € million | Q2 2031 | Q2 2030 |
|---|--:|--:|
| **Revenue** | | |
| Brewing Systems | 612 | 590 |
| Dairy Lines | 408 | 390 |
"""
    got = _found(table)
    assert not [g for g in got if g[0].startswith("Revenue ")]
