"""A count on a day broken down into the kinds of thing it counts, each named after its own
figure ("203 bakeries at 31 December 2025 — 61 flagships and 142 kiosks", ", comprising 61
flagships and 142 kiosks"): each part is a level of its own things on the whole's day.
Before, the parts had no verb of their own and were dropped as counts of nothing sold (or
named after the sentence's opening words). Guard: parts that do not add up to the whole are
not read so. Invented company (Ostrander Mills) and wording; the first two tests failed
before the change."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

DAY = "2025-12-31/2025-12-31"


def test_parts_after_a_dash():
    found = facts(
        "Ostrander operated 203 bakeries at 31 December 2025 — 61 flagships and 142 kiosks — "
        "after opening 11 in the year."
    )
    assert found[203] == ("bakeries", DAY)
    assert found[61] == ("flagships", DAY)
    assert found[142] == ("kiosks", DAY)


def test_parts_after_comprising_and_a_colon():
    found = facts(
        "Ostrander operated 203 bakeries at 31 December 2025, comprising 61 flagships and "
        "142 kiosks. Ostrander ran 90 vans at 31 December 2025: 52 bread vans, 30 cake vans "
        "and 8 trailers."
    )
    assert found[142] == ("kiosks", DAY)
    assert found[52] == ("bread vans", DAY)
    assert found[8] == ("trailers", DAY)


def test_parts_that_do_not_add_up_are_left_alone():
    found = facts(
        "Ostrander operated 203 bakeries at 31 December 2025: 60 flagships and 142 kiosks."
    )
    assert found.get(142, ("", ""))[0] != "kiosks"


def test_parts_after_of_which_named_after_their_counts():
    """ "498 bakeries, of which 301 own bakeries and 197 franchised": the parts' names come
    after their counts, which the rule for "of which" with names before them leaves alone.
    Failed before the change."""
    found = facts(
        "Ostrander ran 498 bakeries at 31 December 2025, of which 301 own bakeries and 197 "
        "franchised."
    )
    assert found[301] == ("own bakeries", DAY)
    assert found[197] == ("franchised bakeries", DAY)
