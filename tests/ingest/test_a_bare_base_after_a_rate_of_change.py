"""A base written with its scale alone after the amount's rate of change: "EUR 845 million
in 2024, an increase of 7.8% from 784 million in 2023" is in euros too, as "EUR 4.1 billion,
up from 3.9 billion" was. Before, the rate between them hid the amount, the base was a bare
count and no fact; fails on the code before. Guards: a base of another scale than the amount
("2.1 million bikes ... EUR 5 billion, up 4% from 1.9 million") stays a count, and so does a
base in a sentence of its own."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from bot.ingest.figures import find_figures
from tests.ingest.invented import proposals

HALDEN = KnownEntity("Halden Looms", ("Halden",), CALENDAR)


def test_a_base_after_the_rate_takes_the_amounts_currency():
    found = proposals(
        "Halden's net sales were EUR 845 million in 2024, an increase of 7.8% from 784 million "
        "in 2023.",
        HALDEN,
        date(2025, 2, 20),
        "Halden Looms results",
    )
    assert ("2023-01-01/2023-12-31", 784_000_000, "EUR") in {
        (p.period.iso(), p.value, p.unit) for p in found
    }


def test_a_base_of_another_scale_or_sentence_stays_a_count():
    read = find_figures(
        "Halden sold 2.1 million rugs, worth EUR 5 billion, up 4% from 1.9 million."
    )
    assert {f.unit for f in read if f.value == 1_900_000} == {"units"}
    read = find_figures("Revenue was EUR 845 million, up 7.8%. Shipments rose 3% from 9 million.")
    assert {f.unit for f in read if f.value == 9_000_000} == {"units"}
