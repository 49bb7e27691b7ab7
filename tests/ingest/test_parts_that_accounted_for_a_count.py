"""Parts of a count said with "accounted for", the later ones with "for" alone ("The
northern terminals accounted for 12.6 million TEU, the southern terminals for 6.1 million TEU
and inland depots for 2.7 million TEU", "By region, EMEA accounted for 1,020 MW, the Americas
for 610 MW and Asia Pacific for 310 MW"): each part's share of the count stated before it,
named by the part and that count's measure. Before, the parts were dropped as counts of
things not sold, or as power of no measure the words name, or read as one list whose later
items clashed. Guard: a pronoun ("This accounted for ...") is no part. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 26)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Harwick Quay Holdings annual results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Harwick Quay Holdings", ("Harwick Quay",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_parts_of_a_count_in_a_measured_unit() -> None:
    got = found(
        "Throughput rose to 21.4 million TEU in 2025. The northern terminals, led by the "
        "Kessel yard, accounted for 12.6 million TEU, the southern terminals for 6.1 million "
        "TEU and inland depots for 2.7 million TEU."
    )
    for value in (12_600_000, 6_100_000, 2_700_000):
        assert got[value][1] == "2025-01-01/2025-12-31"
    assert got[12_600_000][0] != got[6_100_000][0] != got[2_700_000][0]


def test_parts_of_power() -> None:
    got = found(
        "Deliveries were 1,940 MW in the fourth quarter of 2025. By region, EMEA accounted for "
        "1,020 MW, the Americas for 610 MW and Asia Pacific for 310 MW."
    )
    assert {got[v][1] for v in (1_020, 610, 310)} == {"2025-10-01/2025-12-31"}
    assert len({got[v][0] for v in (1_020, 610, 310)}) == 3


def test_a_pronoun_is_no_part() -> None:
    # guard
    got = found("Throughput rose to 21.4 million TEU in 2025. This accounted for 4.1 million TEU.")
    assert all(not name.lower().startswith("this") for name, _ in got.values())
