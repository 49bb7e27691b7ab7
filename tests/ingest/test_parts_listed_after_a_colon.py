"""A count, its noun and a colon, then its parts, each a figure and the words that set it
apart ("We closed the quarter with 918 bakeries: 602 franchised and 316 company-run", "...
1,140 kiosks: 700 in Canada, 390 in Mexico and 50 in Chile"): each part is the whole's
measure for that part, on the whole's day. Before, the parts took the whole's own name and
the three figures, one name on one day, were all dropped as disagreeing; a list of places
kept only the first. Guards: a figure after the colon that is no part ("1,260 vans: 140
more than a year ago") names no part, and the whole is the figure before the colon, never
one stated earlier in the sentence."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Oaklet Bakeries", ("Oaklet",), FiscalCalendar.of("12-31", "end"))
DAY = Period(date(2031, 6, 30), date(2031, 6, 30))


def _found(body: str, published: date = date(2031, 8, 4)) -> dict[str, tuple[float, Period]]:
    text = f"Oaklet Bakeries results\nSlides\n{published.isoformat()}\n\n{body}\n"
    found = extract(text, published=published, entity=ENTITY).proposals
    return {p.metric: (p.value, p.period) for p in found}


def test_parts_named_by_a_word_after_their_figures() -> None:
    got = _found("We closed the quarter with 918 bakeries: 602 franchised and 316 company-run.")
    assert got["bakeries"] == (918, DAY)
    assert got["franchised bakeries"] == (602, DAY)
    assert got["company-run bakeries"] == (316, DAY)


def test_parts_in_places_each_a_region() -> None:
    got = _found("We ended June with 1,140 kiosks: 700 in Canada, 390 in Mexico and 50 in Chile.")
    assert got["kiosks"] == (1140, DAY)
    assert {name: got[name][0] for name in got if name != "kiosks"} == {
        "Canada kiosks": 700,
        "Mexico kiosks": 390,
        "Chile kiosks": 50,
    }


def test_a_figure_after_the_colon_that_is_no_part() -> None:
    got = _found("We ended June with 1,260 vans: 140 more than a year ago.")
    assert not any(name.startswith("more") for name in got)
    assert all(value != 140 for value, _ in got.values())
