"""Work done told count first, the verb after the things as a participle, on a line that
opens on the count: "52 Corvo systems placed, compared to 40 in Q3 2024", "7,310
procedures performed on ...", "12.4 Mt of copper ore milled (Q3 2024: 11.8 Mt)", "48,100
tonnes of apples harvested". Before, only the verb before the count was read ("placed 52
systems"), and such a line was lost. Guard: things counted at a day ("455 systems placed
worldwide at quarter end") are a level, not work done over the period. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 5)
Q3, Q3_LAST = "2025-07-01/2025-09-30", "2024-07-01/2024-09-30"


def found(line: str) -> dict[float, tuple[str, str]]:
    text = (
        f"Marrivel Medical third-quarter update\nTest Releases\n{DAY.isoformat()}\n\n"
        f"Marrivel Medical reports its results for the third quarter of 2025.\n\n"
        f"Highlights:\n{line}\n"
    )
    entity = KnownEntity("Marrivel Medical", ("Marrivel",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_things_placed_told_count_first():
    got = found("- 52 Corvo systems placed, compared to 40 in Q3 2024.")
    assert got[52] == ("systems placed", Q3)
    assert got[40] == ("systems placed", Q3_LAST)


def test_things_performed_told_count_first():
    got = found("- 7,310 procedures performed on Corvo systems, up from 5,900 a year earlier.")
    assert got[7_310] == ("procedures performed", Q3)


def test_a_weight_of_stuff_told_count_first():
    got = found("- 12.4 Mt of copper ore milled (Q3 2024: 11.8 Mt)")
    assert got[12_400_000] == ("copper ore milled", Q3)
    assert got[11_800_000] == ("copper ore milled", Q3_LAST)
    assert found("- 48,100 tonnes of apples harvested")[48_100] == ("apples harvested", Q3)


def test_things_counted_at_a_day_are_no_work_done():
    # guard
    assert 455 not in found("- 455 systems placed worldwide at quarter end")
