"""A metric's name loses the words it picked up from where its figure stood: a slide's
number, the span its period carries, a leading quarter, the units its value holds; and a
figure whose name says a span of weeks its period is not had the wrong period."""

from __future__ import annotations

from bot.ingest.name_noise import tidy_name


def test_slide_span_and_unit_words_leave_the_name():
    assert tidy_name("kiosks slide 7 --- sales channel") == "kiosks sales channel"
    assert tidy_name("net revenue 53 wks") == "net revenue"
    assert tidy_name("9-mth revenue") == "revenue"
    assert tidy_name("Q2 realised price") == "realised price"
    assert tidy_name("adjusted EBITDA EUR million") == "adjusted EBITDA"


def test_a_name_of_measure_words_alone_stays():
    assert tidy_name("order backlog") == "order backlog"
    assert tidy_name("FY") == "FY"  # nothing would be left
    assert tidy_name("EBITDA margin") == "EBITDA margin"


def test_a_span_the_name_says_must_be_the_periods():
    from datetime import date

    from bot.facts.model import Period
    from bot.ingest.name_noise import span_disagrees

    year = Period(date(2024, 2, 4), date(2025, 2, 1))
    assert span_disagrees("net sales 39 wks", year)  # a 39-week column read as the year
    assert not span_disagrees("net sales 52 wks", year)
    assert not span_disagrees("order bank 26 wks", Period(date(2024, 12, 29), date(2024, 12, 29)))
    assert not span_disagrees("net sales", year)
