"""Metric naming in prose, over invented companies: a growth with no noun of its own is the
growth of what the sentence's level counts, and that level has the time just named."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")


def _facts(text: str, published: date) -> set[tuple]:
    entity = KnownEntity("Brightwater Cycles", (), CALENDAR_YEARS)
    return {
        (p.metric, p.kind.value, p.period.iso(), p.value, p.unit)
        for p in extract(text, published=published, entity=entity).proposals
    }


PLAN = (
    "Brightwater Cycles cuts its sales plan\n\n"
    "Brightwater Cycles said on Monday it now plans to sell more bicycles than last year. "
    "The new plan implies growth of only 2 percent in 2019, compared with a rise of 8 percent "
    "in 2018, when the company sold 1.24 million bicycles.\n"
)


def test_a_growth_with_no_noun_is_the_growth_of_the_level_the_sentence_states():
    found = _facts(PLAN, date(2019, 6, 4))
    assert ("bicycle sales growth", "target", "2019-01-01/2019-12-31", 2.0, "percent") in found


def test_what_a_plan_is_compared_with_for_a_year_already_over_is_the_result():
    found = _facts(PLAN, date(2019, 6, 4))
    assert ("bicycle sales growth", "actual", "2018-01-01/2018-12-31", 8.0, "percent") in found


def test_a_figure_in_a_when_clause_has_the_time_just_named():
    found = _facts(PLAN, date(2019, 6, 4))
    assert ("bicycles sold", "actual", "2018-01-01/2018-12-31", 1240000.0, "units") in found
    assert not any(v == 1240000.0 and p.startswith("2019") for _, _, p, v, _ in found)


def test_a_bare_number_set_against_a_regions_figure_counts_the_same_for_its_region():
    text = (
        "Brightwater Cycles first quarter\n\nBrightwater Cycles delivered 96,000 bicycles in "
        "the first quarter of 2025. Deliveries in Germany reached 31,200 bicycles, while "
        "French customers took 18,400.\n"
    )
    found = _facts(text, date(2025, 4, 20))
    q1 = "2025-01-01/2025-03-31"
    assert ("Germany bicycles delivered", "actual", q1, 31200.0, "units") in found
    assert ("France bicycles delivered", "actual", q1, 18400.0, "units") in found


def test_a_change_of_a_units_measure_names_what_was_counted_and_where():
    text = (
        "Brightwater Cycles half year\n\nWe sold 48,000 bicycles in the first half of 2025. "
        "France remains weak; our e-bike unit sales there were down 14%, as dealers cut stock.\n"
    )
    found = _facts(text, date(2025, 7, 30))
    h1 = "2025-01-01/2025-06-30"
    assert ("France e-bike unit sales growth", "actual", h1, -14.0, "percent") in found


def test_a_companys_distinctive_first_word_is_an_alias_a_dictionary_word_is_not():
    from bot.ingest.entities import report_aliases

    assert "Zanotti" in report_aliases("Zanotti Appliances S.p.A. reported", "Zanotti Appliances")
    assert report_aliases("General Widgets said", "General Widgets") == ()
    assert report_aliases("German Widgets said", "German Widgets") == ()  # a region's word
    taken = report_aliases("Zanotti Appliances said", "Zanotti Appliances", ["Zanotti"])
    assert "Zanotti" not in taken  # another company the store knows goes by it
