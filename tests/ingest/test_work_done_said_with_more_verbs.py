"""Work done on things over the period, said with more verbs of doing ("the clinics handled
214,600 admissions", "we billed 179,260 megalitres", "connected 7,640 new properties",
"signed 29,800 rooms"): the things and the verb name the count. Before, each was dropped as
"a count of things, not of sales". A corporate doing so said is none of the business's
("signed 3 acquisitions", before read as "acquisitions sold"); guard: "ran 331 centres" is
still the level of centres held. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 5)


def named(body: str) -> dict[float, tuple[str, str]]:
    text = f"Ostrander Mills update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Ostrander Mills", ("Ostrander",), CALENDAR)
    found = extract(text, published=DAY, entity=entity).proposals
    return {p.value: (p.metric, p.period.iso()) for p in found}


def test_handled():
    found = named("Ostrander's bakery schools handled 214,600 enrolments in the third quarter.")
    assert found[214_600] == ("enrolments handled", "2025-07-01/2025-09-30"), found


def test_billed():
    found = named("We billed 179,260 megalitres of water in the third quarter.")
    assert found[179_260] == ("megalitres billed", "2025-07-01/2025-09-30"), found


def test_signed():
    found = named("We opened 1,370 kiosks and signed 2,980 kiosks in the third quarter.")
    assert found[2_980][0] == "kiosks signed", found


def test_a_corporate_doing_stays_none():
    # guard
    assert 3 not in named("Ostrander signed 3 acquisitions in the third quarter.")


def test_centres_run_stay_a_level():
    # guard: "ran" is a verb of holding, not of work done
    found = named("Ostrander ran 331 bakeries at 30 September 2025.")
    assert found[331][1] == "2025-09-30/2025-09-30", found
