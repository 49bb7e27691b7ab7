"""A figure stated "at the end of" a month ("against 37.5 per cent at the end of September",
"412 wholesale doors at the end of September") stood on that month's last day, never over
the month (on 3f25a2a it was read as September's). Guard: a figure "in September" stays the
month's."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Kumarakom Bank", ("Kumarakom",), FiscalCalendar.of("03-31", "end"))


def _found(body: str) -> set[tuple[str, float, str]]:
    text = f"Kumarakom Bank analyst call\nTranscript\n2031-01-16\n\n{body}\n"
    found = extract(text, published=date(2031, 1, 16), entity=ENTITY).proposals
    return {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_a_ratio_at_the_end_of_a_month_is_its_last_day() -> None:
    got = _found(
        "The CASA ratio was 36.8 per cent at 31 December, against 37.5 per cent at the end "
        "of September."
    )
    assert ("CASA ratio", 37.5, "2030-09-30/2030-09-30") in got
    assert ("CASA ratio", 36.8, "2030-12-31/2030-12-31") in got


def test_a_figure_in_a_month_stays_the_month_s() -> None:
    got = _found("Net interest income was ₹4,120 crore in December 2030.")
    assert all(period == "2030-12-01/2030-12-31" for *_, period in got)
