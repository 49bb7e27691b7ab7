"""A count of what a period added, said with "net new" or as net or gross openings ("expects
90 to 110 net new cafés in 2026", "added 57 net new depots", "31 net store openings", a
label "Net store openings: 9"): a flow over the period, named as written. Before, the
noun alone was read as the level held on the period's last day. Guard: a level stays a
level. Invented company."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR_2025 = "2025-01-01/2025-12-31"
YEAR_2026 = "2026-01-01/2026-12-31"
OPENING = "Ostrander reported its results for 2025. "


def test_net_new_outlets_planned_for_a_year():
    found = facts(OPENING + "It expects 90 net new bakeries in 2026.")
    assert found[90] == ("net new bakeries", YEAR_2026)


def test_net_new_things_a_year_added():
    found = facts("Ostrander reported its results for 2025. It added 57 net new stores in 2025.")
    assert found[57] == ("net new stores", YEAR_2025)


def test_net_openings_after_the_count():
    found = facts(OPENING + "It had 31 net store openings in 2025.")
    assert found[31] == ("net store openings", YEAR_2025)


def test_a_label_of_net_openings():
    found = facts("Ostrander reported its results for 2025.\n\nNet store openings: 9 in 2025.")
    assert found[9] == ("net store openings", YEAR_2025)


def test_a_label_of_new_things_opened():
    found = facts("Ostrander reported its results for 2025.\n\nNew stores opened in 2025: 23.")
    assert found[23] == ("store openings", YEAR_2025)


def test_a_level_stays_a_level():
    found = facts("Ostrander reported its results for 2025. It ended 2025 with 412 stores.")
    assert found[412] == ("stores", "2025-12-31/2025-12-31")


def test_a_label_with_a_verb_before_its_colon_labels_nothing_after():
    found = facts(
        OPENING + "\n\nNet openings in 2025 were 19 bakeries: 21 inaugurations and 2 closures."
    )
    assert found.get(21, ("", ""))[0] != "net openings"
