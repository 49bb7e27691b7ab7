"""A count said over a span is of that span, never of its last day: a line labelled as an
average, a count "in the quarter", and the base of a figure that averaged ("averaged 22.9
million, up from 19.0 million"). A signed count "in the quarter" is what the count added."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Lintwhistle", ("Lintwhistle",), FiscalCalendar.of("12-31", "start"))


def _spans(body: str) -> dict[float, str]:
    text = f"Lintwhistle fourth quarter\nWire\n2031-01-20\n\n{body}\n"
    found = extract(text, published=date(2031, 1, 20), entity=ENTITY).proposals
    return {p.value: f"{p.period.start}/{p.period.end}" for p in found}


Q4 = "2030-10-01/2030-12-31"


def test_the_base_of_an_average_is_an_average_too() -> None:
    got = _spans(
        "Lintwhistle reported fourth-quarter results. Monthly active users averaged 9.1 "
        "million, up from 7.4 million in the same quarter a year earlier."
    )
    assert got[9_100_000] == Q4
    assert got[7_400_000] == "2029-10-01/2029-12-31"


def test_a_count_in_the_quarter_is_of_the_quarter() -> None:
    got = _spans(
        "Lintwhistle reported fourth-quarter results. "
        "We had 205,000 active customers in the quarter."
    )
    assert got[205_000] == Q4


def test_a_line_labelled_average_is_of_the_span() -> None:
    got = _spans("Average employees paid per pay period in the fourth quarter of 2030: 31,200")
    assert got[31_200] == Q4
