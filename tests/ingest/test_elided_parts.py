"""A part named right before its amount, its verb and measure left to the clause before
("Orlin Audio Stores generated $650.4 million of revenue in the year and Wholesale $561.6
million"): the second amount had been read as the bare measure, the whole company's revenue,
where it clashed with the whole and answered for it. It is that part's figure; the whole
stays. A measure named before an amount ("and EBITDA $48 million") is no part."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Orlin Audio", ("Orlin",), CALENDAR)
RESULTS = """Orlin Audio results
Orlin Audio Inc
2031-05-14

Net revenue for the year rose to $1.212 billion from $1.105 billion. The company's own stores
again out-earned its Wholesale business: Orlin Audio Stores generated $650.4 million of revenue
in the year and Wholesale $561.6 million. Operating profit was $96 million and EBITDA $148 million.
"""


def _named() -> dict[float, str]:
    found = extract(RESULTS, published=date(2031, 5, 14), entity=ENTITY).proposals
    return {p.value: p.metric for p in found}


def test_the_part_named_before_its_amount_names_it() -> None:
    named = _named()
    assert named.get(561_600_000) == "Wholesale revenue", named


def test_the_whole_stays_the_whole() -> None:
    assert _named().get(1_212_000_000) == "revenue"


STEEL = """Tomari Steel union newsletter
Tomari Steel Corp
2032-03-10

In April to December, Kita Works produced 4,212 thousand tonnes of crude steel and Minato Works
2,914 thousand tonnes.
"""


def test_the_part_takes_the_measure_the_clause_before_told() -> None:
    entity = KnownEntity("Tomari Steel", ("Tomari",), CALENDAR)
    found = extract(STEEL, published=date(2032, 3, 10), entity=entity).proposals
    named = {p.value: p.metric for p in found}
    kita, minato = named[4_212_000], named[2_914_000]
    assert kita.startswith("Kita Works") and minato.startswith("Minato Works"), named
    assert kita.removeprefix("Kita Works") == minato.removeprefix("Minato Works")


def test_a_measure_before_an_amount_is_no_part() -> None:
    assert "EBITDA" in _named().get(148_000_000, "")
    assert "operating" not in _named().get(148_000_000, "")
