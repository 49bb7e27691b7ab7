"""Figures of another company named by its possessive measure ("Larchmont Foods' revenue
is expected at ..."), of a rival named after the word that says so ("our rival, Corbel
Kitchens, which says it served ..."), and a writer's own calculation are not the company's;
the company's possessive by the first word of its name stays its own. Companies invented
here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 20)


def _values(body: str) -> set[float]:
    text = (
        f"Vantor Catering Group third-quarter notes\nTest Wire\n{DAY.isoformat()}\n\n"
        f"Vantor Catering Group reported revenue of EUR 812 million for the third quarter. {body}\n"
    )
    entity = KnownEntity("Vantor Catering Group", (), FiscalCalendar.of("12-31", "end"))
    return {p.value for p in extract(text, published=DAY, entity=entity).proposals}


def test_another_company_s_possessive_measure_is_theirs():
    found = _values(
        "Larchmont Foods' full-year revenue is expected at around EUR 2.1 billion, "
        "according to its own guidance."
    )
    assert 2_100_000_000 not in found
    assert 812_000_000 in found


def test_a_rival_named_after_the_word_rival_speaks_for_itself():
    found = _values(
        "Some of you follow our larger rival, Corbel Kitchens, which says it served 90 million "
        "meals last year."
    )
    assert 90_000_000 not in found


def test_a_writer_s_own_calculation_is_not_the_company_s():
    found = _values(
        "According to the reporter's calculation, the outlook implies revenue growth of about 6%."
    )
    assert 6 not in found


def test_the_company_s_possessive_by_its_first_word_stays_its_own():
    found = _values("Vantor's full-year revenue is expected at EUR 3.2 billion.")
    assert 3_200_000_000 in found


def test_a_broker_s_analyst_named_by_the_firm_forecasts_for_the_broker():
    found = _values(
        "Mira Castell of Holloway Securities forecast Vantor's operating profit at EUR 158 "
        "million for 2026."
    )
    assert 158_000_000 not in found


def test_a_newspaper_s_own_calculation_is_not_the_company_s():
    found = _values(
        "Nordic sales would have been SEK 410 million, by this newspaper's calculation."
    )
    assert 410_000_000 not in found


def test_a_market_price_as_published_by_price_reporters_is_not_the_company_s():
    found = _values(
        "The average spot price for the quarter, as published by independent price reporters, "
        "was EUR 76.40 a tonne."
    )
    assert 76.4 not in found
