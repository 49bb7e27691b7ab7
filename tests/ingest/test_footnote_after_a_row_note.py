"""A row label's footnote number after its unit note, one space apart ("Adjusted EBITDA ($M)
(3)   83.1   71.5"): a mark of the label, never the row's first amount (on 3f25a2a "(3)" was
read as the first column's figure and every figure moved one column). Guard: a label
closed by a bracket and glued to its first amount ("Full year FY2030 (Actual) 1,184.6")
still splits there."""

from __future__ import annotations

from bot.ingest.tables.cells import cells


def test_a_footnote_number_stays_in_the_label() -> None:
    assert cells("Adjusted EBITDA ($M) (3)                 83.1        71.5     16%") == [
        "Adjusted EBITDA ($M) (3)",
        "83.1",
        "71.5",
        "16%",
    ]


def test_a_glued_first_amount_still_splits() -> None:
    assert cells("Full year FY2030 (Actual) 1,184.6   3.9") == [
        "Full year FY2030 (Actual)",
        "1,184.6",
        "3.9",
    ]
