"""Figures of one measure listed by part are each named by their part, never lost as two
figures for one thing."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind, Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.model import Proposal
from bot.ingest.part_names import parts_apart

ENTITY = KnownEntity("Quenby Instruments", ("Quenby",), FiscalCalendar.of("12-31", "start"))
YEAR = Period(date(2030, 1, 1), date(2030, 12, 31))


def _p(metric: str, value: float, quote: str, unit: str = "EUR") -> Proposal:
    return Proposal(
        "Quenby Instruments", metric, Kind.ACTUAL, YEAR, value, unit, date(2031, 2, 1), quote, 0
    )


def test_parts_after_the_figures_name_them() -> None:
    quote = (
        "By division, 2030 revenue was EUR 412 million in Marine Sensors, "
        "EUR 288 million in Lab Optics and EUR 95 million in Field Service."
    )
    found = parts_apart(
        [_p("revenue", 412e6, quote), _p("revenue", 288e6, quote), _p("revenue", 95e6, quote)],
        ("Quenby Instruments", "Quenby"),
    )
    assert {(p.metric, p.value) for p in found} == {
        ("Marine Sensors revenue", 412e6),
        ("Lab Optics revenue", 288e6),
        ("Field Service revenue", 95e6),
    }


def test_parts_before_the_figures_name_them_and_replace_another_part() -> None:
    quote = "Alpine revenue up 4.1%; Coastal up 2.7%"
    found = parts_apart(
        [
            _p("alpine revenue growth", 4.1, quote, "percent"),
            _p("alpine revenue growth", 2.7, quote, "percent"),
        ],
        ("Quenby Instruments", "Quenby"),
    )
    assert {(p.metric, p.value) for p in found} == {
        ("alpine revenue growth", 4.1),
        ("Coastal revenue growth", 2.7),
    }


def test_times_the_company_and_the_whole_are_no_parts() -> None:
    company = ("Quenby Instruments", "Quenby")
    for quote in (
        "revenue of EUR 412 million in Q4, against EUR 388 million",
        "revenue of EUR 412 million in December, against EUR 388 million",
        "Total revenue was EUR 412 million; Quenby EUR 388 million",
        "QUENBY RECORD REVENUE EUR 412 MILLION; EUR 388 MILLION IN 2029",
    ):
        found = parts_apart([_p("revenue", 412e6, quote), _p("revenue", 388e6, quote)], company)
        assert [p.metric for p in found] == ["revenue", "revenue"], quote


def test_figures_that_do_not_clash_keep_their_names() -> None:
    quote = "Revenue was EUR 412 million in Marine Sensors."
    found = parts_apart([_p("revenue", 412e6, quote)], ("Quenby Instruments",))
    assert found[0].metric == "revenue"


def test_a_list_by_segment_in_a_report_gives_each_segment_its_figure() -> None:
    text = (
        "Quenby Instruments posts 2030 results\nTest Wire\n2031-02-01\n\n"
        "Quenby Instruments said on Saturday that its 2030 revenue rose to EUR 795 million. "
        "By division, 2030 revenue was EUR 412 million in Marine Sensors, EUR 288 million in "
        "Lab Optics and EUR 95 million in Field Service.\n"
    )
    found = extract(text, published=date(2031, 2, 1), entity=ENTITY).proposals
    by_value = {p.value: p.metric for p in found if p.unit == "EUR"}
    assert "Marine Sensors" in by_value.get(412e6, "")
    assert "Lab Optics" in by_value.get(288e6, "")
    assert "Field Service" in by_value.get(95e6, "")
    assert 795e6 in by_value
