"""A list item that states a level, its base in brackets and then a signed rate ("Fee
income €418m (H1 2030: €396m), +5.6%", "Ticket sales €1,204m (2029: €1,150m) +4.7%") gives
the level's change over its base, for the level's period. On 8cd1ae9 a signed rate was the
level's only right after it (in brackets or tagged with its basis), so one after the base
was left unnamed."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Brannock Leisure", ("Brannock",), FiscalCalendar.of("12-31", "end"))


def _rates(body: str, published: date) -> dict[str, tuple[float, Period]]:
    text = f"Brannock Leisure results\nSlides\n{published.isoformat()}\n\n{body}\n"
    found = extract(text, published=published, entity=ENTITY).proposals
    return {p.metric: (p.value, p.period) for p in found if p.unit == "percent"}


def test_a_signed_rate_after_the_base_is_the_level_s_change() -> None:
    got = _rates(
        "H1 2031 HIGHLIGHTS\n- Fee income €418m (H1 2030: €396m), +5.6%\n",
        date(2031, 7, 30),
    )
    assert got["fee income growth"] == (5.6, Period(date(2031, 1, 1), date(2031, 6, 30)))


def test_without_a_comma_too() -> None:
    got = _rates("FY2030 HIGHLIGHTS\n- Revenue €1,204m (2029: €1,150m) +4.7%\n", date(2031, 2, 26))
    assert got["revenue growth"] == (4.7, Period(date(2030, 1, 1), date(2030, 12, 31)))
