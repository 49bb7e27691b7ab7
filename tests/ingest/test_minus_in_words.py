"""A minus written as a word before a figure ("a margin of minus 2.3 percent") makes it
negative; a range's ends and an unrelated "minus" elsewhere change nothing. Invented text."""

from __future__ import annotations

from bot.ingest.figures import find_figures


def values(text: str) -> list[float]:
    return [f.value for f in find_figures(text)]


def test_a_minus_in_words_makes_the_figure_negative():
    assert values("We posted an EBIT margin of minus 1.7 percent in the quarter.") == [-1.7]
    assert values("Like-for-like sales were minus 0.8% in March.") == [-0.8]


def test_a_figure_without_the_word_keeps_its_sign():
    assert values("The margin improved to 4.2 percent, from minus 1.1 percent.") == [4.2, -1.1]
