"""A count whose noun is followed by the verb of selling as a participle ("with 64,200
kettles delivered", "21,500 ovens shipped"): the participle says it is a sale and names the
measure. Before, a clause that sold nothing before the figure ("Germany remained our
largest market, with ...") read it as a count of things, not of sales, and lost it. Guard:
a count of things with no such participle ("hosted 14 events attended by dealers") is still
no sale. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)
LEAD = (
    "Orrin Appliances reported its first half of 2025. "
    "Orrin delivered 402,000 kettles in the half. "
)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Orrin Appliances half-year letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Orrin Appliances", ("Orrin",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_participle_after_the_noun_makes_it_a_sale():
    got = found(LEAD + "Germany remained our largest market, with 64,200 kettles delivered.")
    assert got[64_200] == ("Germany kettles delivered", "2025-01-01/2025-06-30")


def test_the_participle_names_the_measure():
    got = found(LEAD + "Austria stayed small, with 21,500 kettles shipped.")
    assert got[21_500][0] == "Austria kettles shipped"


def test_a_count_of_things_without_it_is_no_sale():
    # guard
    got = found(LEAD + "The company hosted 14 events attended by dealers.")
    assert 14 not in got
