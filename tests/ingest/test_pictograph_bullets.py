"""Lines opened by a pictograph or an arrow ("✅ Orders: ...", "➡️ Revenue ...", "■ ...") are
list items, one each, as "- " and "• " lines are: before, the lines ran together into one
sentence and their figures were read against each other's words. Guard: a pictograph inside
a line opens no item. Invented company."""

from __future__ import annotations

from bot.ingest.layout import analyse

TEXT = """Tarnby Ferries on social media
Test Corpus
2025-11-03

Our numbers for October 2025:

✅ Passengers: 412,300 (October 2024: 398,100)
➡️ Cars carried: 61,200
■ Freight units: 9,840

Thank you for travelling with us 🚢 this autumn.
"""


def test_each_pictograph_line_is_an_item():
    items = [s.text for s in analyse(TEXT).sentences if s.role == "item"]
    assert items == [
        "Passengers: 412,300 (October 2024: 398,100)",
        "Cars carried: 61,200",
        "Freight units: 9,840",
    ]


def test_a_pictograph_inside_a_line_opens_no_item():
    # guard
    bodies = [s.text for s in analyse(TEXT).sentences if s.role == "body"]
    assert any(b.startswith("Thank you for travelling") for b in bodies)
