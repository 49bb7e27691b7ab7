"""A rate on a day, then in brackets the same rate on another day ("Berth fill rate: 91.4% at
31 March 2031 (88.2% at 31 December 2030)"): the bracketed rate is the same measure, on
the day its bracket names. Before, a rate no vocabulary word names (a fill rate) left
the bracketed one nameless, and it was dropped. Guard: a bracketed rate with no day of
its own ("(88.2% of berths)") is not taken for the rate before it."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Marrowby Homes", ("Marrowby",), FiscalCalendar.of("12-31", "end"))
PUBLISHED = date(2031, 5, 10)


def _found(body: str) -> list[tuple[str, float, Period]]:
    text = f"Marrowby Homes first quarter\nSlides\n{PUBLISHED.isoformat()}\n\n{body}\n"
    found = extract(text, published=PUBLISHED, entity=ENTITY).proposals
    return [(p.metric, p.value, p.period) for p in found if p.unit == "percent"]


def _day(y: int, m: int, d: int) -> Period:
    return Period(date(y, m, d), date(y, m, d))


def test_the_bracketed_rate_on_its_own_day() -> None:
    got = _found("- Berth fill rate: 91.4% at 31 March 2031 (88.2% at 31 December 2030).")
    assert ("berth fill rate", 91.4, _day(2031, 3, 31)) in got
    assert ("berth fill rate", 88.2, _day(2030, 12, 31)) in got


def test_a_bracketed_rate_without_a_day() -> None:
    got = _found("- Berth fill rate: 91.4% at 31 March 2031 (88.2% of berths).")
    assert not [g for g in got if g[1] == 88.2 and g[0] == "berth fill rate"]
