"""A year of a 16-week first quarter and three of 12 (a restaurant chain's): a report that
says its quarter ended on a day that closes the 16th (or the 28th) week of the year, and
that no block of 13 weeks explains ("the sixteen weeks ended April 21, 2026"), puts every
quarter of its figures in those weeks: "the first quarter" is the 16 weeks, a level "at the
end of the quarter" is on its last day, and "the first quarter of last year" the 16 weeks
of the year before. Before, the quarters stayed blocks of 13 weeks (a first quarter ending
three weeks early), the stated day too far off to snap to. Guard: a year of 13-week
quarters keeps them."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tallow Taco", ("Tallow",), FiscalCalendar.of("12-31", "start"))


def _found(body: str, published: date) -> list[tuple[str, float, Period]]:
    text = f"Tallow Taco first quarter call\nTranscript\n{published.isoformat()}\n\n{body}\n"
    found = extract(text, published=published, entity=ENTITY).proposals
    return [(p.metric, p.value, p.period) for p in found]


YEAR = (
    "Our fiscal year ends on the last Tuesday of December; fiscal 2025 was the 52 weeks "
    "ended December 30, 2025. "
)


def test_the_first_quarter_is_sixteen_weeks() -> None:
    got = _found(
        YEAR + "For the sixteen weeks ended April 21, 2026, total revenue was $310.0 million. "
        "Restaurant-level margin for the first quarter was 17.2%, compared with 18.1% in the "
        "first quarter of last year. We ended the quarter with 904 restaurants.",
        date(2026, 5, 5),
    )
    quarter = Period(date(2025, 12, 31), date(2026, 4, 21))
    periods = {value: period for _, value, period in got}
    assert periods[310.0e6] == quarter
    assert periods[17.2] == quarter
    assert periods[18.1] == Period(date(2025, 1, 1), date(2025, 4, 22))
    assert periods[904] == Period(date(2026, 4, 21), date(2026, 4, 21))


def test_a_year_of_thirteen_week_quarters_keeps_them() -> None:
    got = _found(
        YEAR + "For the thirteen weeks ended March 31, 2026, total revenue was $250.0 million. "
        "Restaurant-level margin for the first quarter was 17.2%.",
        date(2026, 5, 5),
    )
    quarter = Period(date(2025, 12, 31), date(2026, 3, 31))
    periods = {value: period for _, value, period in got}
    assert periods[250.0e6] == quarter
    assert periods[17.2] == quarter
