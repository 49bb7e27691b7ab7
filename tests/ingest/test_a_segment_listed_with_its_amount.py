"""Parts listed after a whole with "with the X segment at A and the Y segment at B"
("Revenue was EUR 412 million, with the milling segment at EUR 300 million and the baking
segment at EUR 112 million"). Before, "with" opened no segment's clause, so the first part
was read as the whole's revenue, clashed with it and neither was proposed; and the second
part took the first segment's name, the first one named in its clause. Invented company
(Ostrander Mills) and wording; failed before the change."""

from __future__ import annotations

from tests.ingest.invented import ostrander_facts as facts

YEAR = "2025-01-01/2025-12-31"


def test_segments_listed_with_their_amounts():
    found = facts(
        "Revenue was EUR 412 million in 2025, with the milling segment at EUR 300 million "
        "and the baking segment at EUR 112 million."
    )
    assert found[412_000_000] == ("revenue", YEAR)
    assert found[300_000_000] == ("milling revenue", YEAR)
    assert found[112_000_000] == ("baking revenue", YEAR)


def test_capitalised_segments_with_a_dollar():
    found = facts(
        "Revenue for the second half of 2025 was $360.4 million, with the Prairies segment at "
        "$305.8 million and the Port segment at $54.6 million."
    )
    assert found[305_800_000] == ("Prairies revenue", "2025-07-01/2025-12-31")
    assert found[54_600_000] == ("Port revenue", "2025-07-01/2025-12-31")
