"""A line that opens on a count of things and the day they were counted on, with no verb
("188 branches at 30 June 2025 (31 December 2024: 183)", "- 19 depots in operation at 31
December 2025", "356 active bakery franchises at quarter end"): what the company held on
that day. Before, with no verb of holding and no subject before the count, the things were
no product sold and the figure was dropped. Guard: a count inside a sentence with no holder
stays as it was read. Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts


def test_a_bulleted_count_on_a_day_with_its_keyed_base():
    found = facts("Highlights:\n- 19 depots in operation at 31 December 2025 (30 June 2025: 17).")
    assert found[19] == ("depots", "2025-12-31/2025-12-31")
    assert found[17] == ("depots", "2025-06-30/2025-06-30")


def test_a_count_line_at_quarter_end():
    found = facts("Ostrander's results for 2025.\n\n356 active bakery franchises at year end.")
    assert found[356] == ("active bakery franchises", "2025-12-31/2025-12-31")


def test_a_count_within_a_sentence_is_no_holding():
    found = facts("Ostrander said demand from 356 bakery franchises at year end was strong.")
    assert 356 not in found
