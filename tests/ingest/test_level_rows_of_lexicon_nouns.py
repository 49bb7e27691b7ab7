"""A table's row of counts whose label ends in a noun the lexicon counts on a day ("Service
routes(3)", "Industrial laundry plants") is a level on the column's last day. On 5fbc155b
such a row was read as a count over the column's year, unless its noun was one of the few
the table reader's own pattern names ("stores", "customers"). Guards: a row of how the level
moved ("Net new clinics") is still counted over the span, and a row whose last noun is no
level ("Plant revenue") too."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts

TABLE = """Ostrander Mills reported its results for 2025.

Operating statistics                  2025        2024
Service routes(3)                    6,120       5,980
Industrial laundry plants              214         209
Net new clinics                         12           9
"""


def test_a_row_of_a_lexicon_level_noun_is_a_level_on_the_last_day() -> None:
    got = ostrander_facts(TABLE)
    assert got[6_120] == ("service routes", "2025-12-31/2025-12-31")
    assert got[5_980] == ("service routes", "2024-12-31/2024-12-31")
    assert got[214][1] == "2025-12-31/2025-12-31"


def test_a_row_of_how_the_level_moved_is_over_the_span() -> None:
    from bot.ingest.tables.level_rows import counts_a_level

    got = ostrander_facts(TABLE)
    assert got.get(12, ("", ""))[1] != "2025-12-31/2025-12-31"
    assert not counts_a_level("Net new clinics") and not counts_a_level("Plant revenue")
    assert counts_a_level("Retail doors (number)")
