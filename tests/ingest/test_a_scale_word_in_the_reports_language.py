"""Amounts with a scale word in the report's own language: German "Mio."/"Mrd.",
Portuguese "milhões"/"bilhões", Spanish "billones" (a million million), Polish "mln zł",
French "M€"/"Md€", with a decimal comma or a point, and a range whose one scale covers both
ends ("1.420 bis 1.480 Mio. €"). Before, the quantity reader knew English scales only: the
amounts were read as nothing (the "Mio." even ended the sentence) or as bare counts.
Guards: "from 8,2 to 9,5 %" is a change, no range; an English "1.5 million" is left to the
quantity reader. Invented companies."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures

DAY = date(2025, 11, 12)


def _amounts(sentence: str) -> set[tuple[float, float | None, str]]:
    text = (
        f"Quarterly statement\nTest Releases\n{DAY.isoformat()}\n\n"
        f"Ostwald Pumpen AG reported its third-quarter results today.\n{sentence}\n"
    )
    entity = KnownEntity("Ostwald Pumpen", ("Ostwald",), CALENDAR)
    return {
        (p.value, p.value_high, p.unit)
        for p in extract(text, published=DAY, entity=entity).proposals
    }


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Order intake rose to 734,6 Mio. € from 611,2 Mio. € a year earlier.", 734_600_000, "EUR"),
        ("Sales revenues reached 1.204,9 Mio. Euro in the quarter.", 1_204_900_000, "EUR"),
        ("Order backlog amounted to 2,7 Mrd. € at 30 September 2025.", 2_700_000_000, "EUR"),
        ("Gross revenue reached R$ 5,27 bilhões in the third quarter.", 5_270_000_000, "BRL"),
        ("Net income rose to R$ 73,5 milhões in the third quarter.", 73_500_000, "BRL"),
        ("For the first nine months, sales totalled COP 1.97 billones.", 1_970_000_000_000, "COP"),
        ("Net revenue was 207.3 mln zł in July–September.", 207_300_000, "PLN"),
        ("Revenue for the third quarter came to 188,6 M€.", 188_600_000, "EUR"),
        ("Revenue for the third quarter came to 1 093,2 M€.", 1_093_200_000, "EUR"),
    ],
)
def test_a_scale_word_in_the_reports_language(sentence, value, unit):
    assert (value, None, unit) in _amounts(sentence)


def test_one_scale_after_a_range_covers_both_ends():
    got = _amounts("We now expect sales revenues of 1.420 bis 1.480 Mio. € for the year 2025.")
    assert (1_420_000_000, 1_480_000_000, "EUR") in got


def test_a_change_from_one_rate_to_another_is_no_range():
    # guard
    figures = find_figures("The EBIT margin rose from 8,2 to 9,5 % in the quarter.")
    assert all(f.high is None for f in figures)


def test_an_english_amount_is_the_quantity_readers():
    # guard
    figures = find_figures("Revenue was 1.5 million euros and 2.25 billion dollars.")
    assert {(f.value, f.unit) for f in figures} == {(1_500_000, "EUR"), (2_250_000_000, "USD")}
