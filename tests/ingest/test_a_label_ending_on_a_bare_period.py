"""A line's label that ends on its period written bare, with no "in" before it ("Lens
fittings 2025: 41,300", "Return rate Q3: 6.1%", "Kiosks serviced Q3 2025: 1,240 (Q3 2024:
1,105)"): the period dates the figure and is no part of the label's name. Before, a bare
year stopped the label (no name, the figure lost) and a bare "Q3" ran into the name. Guard:
a label whose words are no measure ("Analysts' view 2025: 41,000") is still not read as the
company's figure. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 5)


def found(line: str) -> dict[float, tuple[str, str]]:
    text = (
        f"Tellaro Optics full-year update\nTest Releases\n{DAY.isoformat()}\n\n"
        f"Tellaro Optics reports its results for the year 2025.\n\nHighlights:\n{line}\n"
    )
    entity = KnownEntity("Tellaro Optics", ("Tellaro",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_label_ending_on_a_bare_year():
    got = found("- Lens fittings 2025: 41,300 (2024: 38,900)")
    assert got[41_300] == ("lens fittings", "2025-01-01/2025-12-31")
    assert got[38_900] == ("lens fittings", "2024-01-01/2024-12-31")


def test_a_label_ending_on_a_bare_quarter():
    got = found("- Kiosks serviced Q3 2025: 1,240 (Q3 2024: 1,105)")
    assert got[1_240] == ("kiosks serviced", "2025-07-01/2025-09-30")
    assert got[1_105] == ("kiosks serviced", "2024-07-01/2024-09-30")


def test_a_quarter_written_alone_is_no_part_of_the_name():
    assert found("- Lens fittings Q3: 11,800")[11_800] == ("lens fittings", "2025-07-01/2025-09-30")


def test_a_label_of_other_peoples_words_is_still_no_measure():
    # guard
    assert 41_000 not in found("- Analysts' view 2025: 41,000")
