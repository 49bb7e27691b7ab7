"""Two table rows of one measure told apart by a basis in brackets ("Operating profit
(reported)" over "Operating profit (underlying)") are that basis's measure each
("reported operating profit", "underlying operating profit"; tables/row_metrics.basis_first).
Before, the bracket was dropped as a note, both rows read as one operating profit, and the
clash dropped all four figures. Guard: a bracket that is no basis is still a note. Invented
company; fails on the code before."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts

TABLE = (
    "Ostrander Mills today announced its results for 2025.\n\n"
    "| USD m                          | 2025   | 2024   |\n"
    "|--------------------------------|--------|--------|\n"
    "| Revenue                        | 812.4  | 790.1  |\n"
    "| Operating profit (reported)    | 91.2   | 84.0   |\n"
    "| Operating profit (underlying)  | 99.5   | 88.3   |\n"
    "| Net profit                     | 61.0   | 57.2   |\n"
)


def test_rows_of_one_measure_on_two_bases():
    found = ostrander_facts(TABLE)
    assert found[91_200_000] == ("reported operating profit", "2025-01-01/2025-12-31")
    assert found[88_300_000] == ("underlying operating profit", "2024-01-01/2024-12-31")


def test_a_bracket_that_is_no_basis():
    # guard: "(restated)" is none of the bases; the row keeps its plain name
    found = ostrander_facts(TABLE.replace("Net profit           ", "Net profit (restated)"))
    assert found[61_000_000][0] == "net profit"
