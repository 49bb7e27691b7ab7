"""The parts of a count, each named by a word of kind after it ("2,140 kiosks, 903 of them
company-run and 1,237 franchised", "of which 412 were company-operated and 1,728 were
franchised", "4.6 million lines, and 1.9 million of them were prepaid"): the whole's measure
for that kind of thing, on the whole's day. Before, the part after "and" took the first
part's name (or every part the whole's), the two clashed and both were dropped. Guards: a
comparison's base after "and" is no part, and a part named by a place is left to the
reading of places. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)
JUNE_30 = "2025-06-30/2025-06-30"


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Brantwell Kiosks quarterly letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Brantwell Kiosks", ("Brantwell",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_parts_after_of_them_without_a_verb() -> None:
    got = found(
        "At June 30, 2025 Brantwell had 2,140 restaurants, 903 of them company-run and "
        "1,237 franchised."
    )
    assert got[2_140] == ("restaurants", JUNE_30)
    assert got[903] == ("company-run restaurants", JUNE_30)
    assert got[1_237] == ("franchised restaurants", JUNE_30)


def test_parts_after_of_which_each_with_its_verb() -> None:
    got = found(
        "At June 30, 2025 we had 2,140 clubs, of which 412 were company-operated and "
        "1,728 were franchised."
    )
    assert got[412] == ("company-operated clubs", JUNE_30)
    assert got[1_728] == ("franchised clubs", JUNE_30)


def test_one_part_of_them_named_after_its_verb() -> None:
    got = found(
        "At the end of June 2025 we had 4.6 million subscribers, and 1.9 million of them "
        "were prepaid."
    )
    assert got[4_600_000] == ("subscribers", JUNE_30)
    assert got[1_900_000] == ("prepaid subscribers", JUNE_30)


def test_a_base_after_and_is_no_part() -> None:
    # guard
    got = found(
        "At June 30, 2025 we had 2,140 clubs, of which 412 were company-operated, against "
        "2,010 and 388 a year earlier."
    )
    assert got[412] == ("company-operated clubs", JUNE_30)
    assert not got.get(388, ("",))[0].startswith("and")
