"""A count's prior-year figure in brackets after the things it counts, in a report that
writes the year before in brackets ("we carried 402,115 passengers (395,086)", "the Americas
took 84,600 watches (80,200), Greater China 92,400 (104,700)"). Before, only a bracket right
after the number was read, so the noun between left the bracketed count unread, and in a
list by place it broke the places after it. Guards: a bracket after a preposition's phrase
or a note in brackets is no comparative. Invented company (Ostrander Mills) and wording;
the first two tests failed before the change."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

CONVENTION = "Figures in brackets refer to the same period of the previous year. "
H1 = "2025-01-01/2025-06-30"
H1_BEFORE = "2024-01-01/2024-06-30"


def test_a_bracket_after_the_things_counted():
    found = facts(
        CONVENTION + "In the first half of 2025 Ostrander Mills sold 402,115 sacks (395,086)."
    )
    assert found[402_115][1] == H1
    assert found[395_086][1] == H1_BEFORE


def test_a_list_by_place_with_brackets():
    found = facts(
        CONVENTION + "In the first half of 2025 the Americas took 84,600 ovens (80,200), "
        "Greater China 92,400 (104,700) and Europe 71,800 (73,600)."
    )
    assert found[92_400] == ("Greater China ovens sold", H1)
    assert found[104_700] == ("Greater China ovens sold", H1_BEFORE)
    assert found[73_600][1] == H1_BEFORE


def test_a_note_in_brackets_is_no_comparative():
    found = facts(
        CONVENTION + "In the first half of 2025 Ostrander Mills sold 402,115 sacks (note 3)."
    )
    assert 3 not in found
    assert found[402_115][1] == H1
