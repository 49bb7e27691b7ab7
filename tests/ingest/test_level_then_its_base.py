"""A change told as the level it reached, then its base ("Revenue for the year rose to EUR
412.9 million from EUR 398.2 million", "throughput rose 5.0% to 9.42 million TEUs from 8.97
million TEUs" for nine months): the base is the same span a year before, as "up from" says
it (on 909564ee the decimal point in the level hid the cue, and the base was lost). A
quarter's base keeps the reading it had."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Noordwal Plastics", ("Noordwal",), FiscalCalendar.of("12-31", "start"))


def _found(sentence: str) -> set[tuple[float, str]]:
    text = f"Noordwal Plastics results\nWire\n2032-02-20\n\n{sentence}\n"
    found = extract(text, published=date(2032, 2, 20), entity=ENTITY).proposals
    return {(p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_a_year_s_level_then_its_base() -> None:
    got = _found("Revenue for the year rose to EUR 412.9 million from EUR 398.2 million.")
    assert (412_900_000, "2031-01-01/2031-12-31") in got
    assert (398_200_000, "2030-01-01/2030-12-31") in got


def test_nine_months_with_the_change_before_the_level() -> None:
    got = _found(
        "For the nine-month period ended 30 September 2031, container throughput rose 5.0% to "
        "9.42 million TEUs from 8.97 million TEUs."
    )
    assert (9_420_000, "2031-01-01/2031-09-30") in got
    assert (8_970_000, "2030-01-01/2030-09-30") in got
