"""A wire's list item that states a bare count after its label and then its base a year
earlier ("* Q3 BOAT CHARTERS 2,915 VS 3,040", "* Q3 charter days 8,120 vs 7,640")
gives both: the count, named by its label, and its base in the same quarter a year before.
On 8cd1ae9 a count followed by its base was no list item's count (only one alone to the
item's end was), and in capitals "VS" was kept as an acronym, so the base was lost. Guard:
a count alone to the item's end is still read."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Solent Marinas", ("Solent",), FiscalCalendar.of("12-31", "end"))
Q3 = Period(date(2031, 7, 1), date(2031, 9, 30))
Q3_BEFORE = Period(date(2030, 7, 1), date(2030, 9, 30))

TEXT = """BRIEF-Solent Marinas Q3 charters slip
Harbour Newswire
2031-10-23

Oct 23 (Harbour Newswire) - Solent Marinas plc <SLM.L>:

* Q3 BOAT CHARTERS 2,915 VS 3,040
* Q3 charter days 8,120 vs 7,640
* Q3 MARINAS OPERATED 41
"""


def _found() -> dict[tuple[str, float], Period]:
    found = extract(TEXT, published=date(2031, 10, 23), entity=ENTITY).proposals
    return {(p.metric, p.value): p.period for p in found}


def test_a_count_and_its_base_in_capitals() -> None:
    got = _found()
    assert got[("boat charters", 2915)] == Q3
    assert got[("boat charters", 3040)] == Q3_BEFORE


def test_a_count_and_its_base_in_small_letters() -> None:
    got = _found()
    assert got[("charter days", 8120)] == Q3
    assert got[("charter days", 7640)] == Q3_BEFORE


def test_a_count_alone_to_the_item_s_end() -> None:
    assert _found()[("marinas operated", 41)] == Q3
