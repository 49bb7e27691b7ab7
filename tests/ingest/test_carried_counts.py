"""What a carrier counts, over an invented ferry and airline operator: "carried 3.2 million
passengers", "flew 1.1 million travellers" are counts of what was carried, named so
("passengers carried"), never products sold; a rival's count after it stays the rival's and
a restated total ("Of the 3.2 million passengers, ...") is no new figure."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.counts import carried
from bot.ingest.extract import KnownEntity, extract

REPORT = """Tarnwick Lines third-quarter traffic
Tarnwick Lines - traffic release
2025-10-14

Tarnwick Lines carried 3.2 million passengers in the third quarter of 2025, up 6%.

Its regional airline flew 1.1 million travellers in the second quarter of 2025.

For comparison, rival operator Selby Ferries said last week it carried 5 million passengers
in 2024.

Of the 3.2 million passengers, most travelled on the short crossings.

The company hosted 40 trade events in 2024.
"""


def _facts() -> dict[float, str]:
    entity = KnownEntity("Tarnwick Lines", ("Tarnwick",), FiscalCalendar())
    found = extract(REPORT, published=date(2025, 10, 14), entity=entity).proposals
    return {p.value: f"{p.metric} {p.period.iso()}" for p in found}


def test_a_verb_of_carrying_before_a_figure_is_read():
    assert carried("Tarnwick Lines carried ")
    assert carried("the airline flew a record ")
    assert carried("it transported about ")
    assert not carried("Tarnwick Lines hosted ")
    assert not carried("the carrier said it expects ")


def test_counts_carried_are_named_by_what_was_carried_and_only_ours_are_read():
    facts = _facts()
    assert facts[3_200_000] == "passengers carried 2025-07-01/2025-09-30"
    assert facts[6.0] == "passengers carried growth 2025-07-01/2025-09-30"
    assert facts[1_100_000] == "travellers carried 2025-04-01/2025-06-30"
    # the rival's count, the events hosted: no figure of ours
    assert 5_000_000 not in facts
    assert 40 not in facts
    assert len(facts) == 3


TRAFFIC = """Tarnwick Lines reports June 2025 traffic
Tarnwick Lines - monthly traffic release
2025-07-09

Tarnwick Lines today reported traffic for June 2025 and the first six months of 2025.

June traffic set a monthly record: Tarnwick Lines carried 1.3 million passengers, and the
load factor rose to 88.5%.
"""


def test_a_month_before_the_noun_it_qualifies_is_the_period_not_the_day_said():
    entity = KnownEntity("Tarnwick Lines", ("Tarnwick",), FiscalCalendar())
    found = extract(TRAFFIC, published=date(2025, 7, 9), entity=entity).proposals
    facts = {(p.metric, p.value): (p.period.iso(), p.as_of) for p in found}
    june = ("2025-06-01/2025-06-30", date(2025, 7, 9))
    assert facts[("passengers carried", 1_300_000)] == june
    assert facts[("load factor", 88.5)] == june
