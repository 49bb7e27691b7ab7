"""Power or energy named by the clause's subject with a verb that moves it to the figure
("Turbine shipments in the quarter came to 612 MW", "Storage output amounted to 3,140 MWh",
"The order backlog slipped to 2,250 MW"), or sold by the company ("we sold 88.4 GWh of cells"):
the measure the subject or the verb names, in the unit the text states. Before, only "was",
"reached", "rose to" and a few others tied a subject to such a figure, and selling named no
measure, so the figure was dropped as power of no measure the words name. Guard: a span word
before the subject ("Third-quarter") is the period, never part of the name. Invented
company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 10, 29)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Vantholm Energy quarterly update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Vantholm Energy", ("Vantholm",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_subject_that_came_to_the_figure() -> None:
    got = found("Turbine shipments in the third quarter came to 612 MW.")
    assert got[612] == ("turbine shipments (MW)", "2025-07-01/2025-09-30")


def test_a_subject_that_amounted_to_the_figure() -> None:
    got = found("Storage output in the third quarter amounted to 3,140 MWh.")
    assert got[3_140][0] == "storage output (MWh)"


def test_a_level_that_slipped_to_the_figure() -> None:
    got = found("The order backlog slipped to 2,250 MW at 30 September 2025.")
    assert got[2_250] == ("order backlog (MW)", "2025-09-30/2025-09-30")


def test_energy_sold() -> None:
    got = found("In the third quarter we sold 88.4 GWh of cells.")
    assert got[88.4] == ("sales (GWh)", "2025-07-01/2025-09-30")


def test_a_span_word_is_no_part_of_the_name() -> None:
    # guard
    got = found("Third-quarter electricity sales were 1,472 GWh.")
    assert got[1_472][0] == "electricity sales (GWh)"
