"""A line whose label names a count and the day it is counted on, before the colon
("Clients at 31 March 2031: 61,240", "Nurses on assignment at quarter end: 4,120"): the
count the label names, held on that day. Before, a label said no day ("Harvest: 60,200
tonnes") or the day came after the figure ("415,500 units at quarter end"); with the day
in the label, a count of things no vocabulary word names was dropped as nothing sold.
Guards: a flow the vocabulary knows ("Revenue at 31 March 2031: ...") is no level, and
a list of counts under one label ("3 schemes, 1,200 beds") is not the label's count."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Wrenfold Care", ("Wrenfold",), FiscalCalendar.of("12-31", "end"))
PUBLISHED = date(2031, 5, 6)


def _found(body: str) -> list[tuple[str, float, Period]]:
    text = f"Wrenfold Care first quarter\nSlides\n{PUBLISHED.isoformat()}\n\n{body}\n"
    found = extract(text, published=PUBLISHED, entity=ENTITY).proposals
    return [(p.metric, p.value, p.period) for p in found]


def test_a_count_on_the_day_its_label_names() -> None:
    day = Period(date(2031, 3, 31), date(2031, 3, 31))
    assert _found("- Clients at 31 March 2031: 61,240") == [("clients", 61240, day)]
    assert _found("• Installed base at 31 March 2031: 2,915 systems") == [
        ("installed base", 2915, day)
    ]


def test_a_day_the_label_says_in_words() -> None:
    got = _found("Nurses on assignment at quarter end: 4,120")
    assert got == [("nurses on assignment", 4120, Period(date(2031, 3, 31), date(2031, 3, 31)))]


def test_a_flow_is_no_level_and_a_list_is_not_the_labels_count() -> None:
    assert not [g for g in _found("Revenue at 31 March 2031: 61,240") if g[2].days == 1]
    got = _found("Development pipeline at 31 March 2031: 3 schemes, 1,200 beds.")
    assert all(value != 3 for _, value, _ in got)
