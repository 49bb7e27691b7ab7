"""The earlier range of a revised plan, however the text hands it over: "up from EUR 110-125
mln" after a plan (a range is never the last period's result), "from 9.0% to 10.5%
previously", "narrowing the €1.30bn to €1.40bn range it gave in November", "compared with
the range of ... that we reaffirmed in May", "(previously: between EUR 36m and EUR 40m)".
Before, the old range was read as a second statement of the plan on the report's day,
clashed with the new one and neither was proposed. Guard: an actual result "up from" a
single earlier figure stays the last period's. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2031, 9, 17)
ENTITY = KnownEntity("Brackenmoor Mills", ("Brackenmoor",), CALENDAR)


def _plans(body: str) -> set[tuple[float, float | None, date]]:
    text = f"Brackenmoor Mills update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=ENTITY).proposals
    return {(p.value, p.value_high, p.as_of) for p in found}


def test_a_range_after_up_from_in_a_wire_line() -> None:
    got = _plans("Sees FY flour revenue EUR 120-130 mln, up from EUR 110-125 mln")
    assert (120_000_000, 130_000_000, DAY) in got
    assert (110_000_000, 125_000_000, date(2031, 9, 16)) in got


def test_a_range_followed_by_previously() -> None:
    got = _plans(
        "Brackenmoor is narrowing its 2031 EBITDA margin guidance to 9.5% to 10.5%, from "
        "9.0% to 10.5% previously."
    )
    assert (9.5, 10.5, DAY) in got
    assert (9.0, 10.5, date(2031, 9, 16)) in got


def test_the_range_a_narrowing_replaced_with_its_month() -> None:
    got = _plans(
        "It now expects 2031 net income of between €1.33bn and €1.38bn, narrowing the €1.30bn "
        "to €1.40bn range it gave in June."
    )
    assert (1_330_000_000, 1_380_000_000, DAY) in got
    assert (1_300_000_000, 1_400_000_000, date(2031, 6, 1)) in got


def test_a_range_we_reaffirmed_after_compared_with() -> None:
    got = _plans(
        "We now expect mill EBITDA of between $296 million and $312 million, compared with "
        "the range of $318 million to $342 million that we reaffirmed in May."
    )
    assert (296_000_000, 312_000_000, DAY) in got
    assert (318_000_000, 342_000_000, date(2031, 5, 1)) in got


def test_between_in_a_bracket_after_previously() -> None:
    got = _plans(
        "Adjusted EBIT for 2031 is now expected to be between EUR 38m and EUR 42m "
        "(previously: between EUR 36m and EUR 40m)."
    )
    assert (38_000_000, 42_000_000, DAY) in got
    assert (36_000_000, 40_000_000, date(2031, 9, 16)) in got


def test_a_result_up_from_last_year_is_no_revision() -> None:
    # guard: a result compared with one earlier figure is last year's, not an old plan
    text = (
        f"Brackenmoor Mills results\nTest Wire\n{DAY.isoformat()}\n\n"
        "Brackenmoor's flour revenue for 2030 was EUR 120 million, up from EUR 110 million.\n"
    )
    found = extract(text, published=DAY, entity=ENTITY).proposals
    assert {(p.value, p.period.start.year, p.as_of) for p in found} >= {
        (120_000_000, 2030, DAY),
        (110_000_000, 2029, DAY),
    }
