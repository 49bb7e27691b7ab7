"""Outlets opened or closed, whatever the outlets ("we opened 131 new studios in the
quarter", "opened 32 greenfield depots", "opened four kiosks and closed 2"): openings and
closures over the period, named by the thing opened ("studio openings", "kiosk closures"),
the closures' noun read from the openings before them when left out. Before, only the
places the vocabulary lists (stores, restaurants, clinics ...) were so read; anything else
was dropped as no sales figure. Guards: a deal closed is no closure, a homebuilder's homes
closed are deliveries, and "added" names no opening (any amount may be added). Invented
company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)
QUARTER = "2025-04-01/2025-06-30"


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Pellow Fitness quarterly letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Pellow Fitness", ("Pellow",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = "Pellow Fitness reported its results for the second quarter of 2025. "


def test_new_outlets_opened() -> None:
    got = found(LEAD + "We opened 131 new studios in the quarter.")
    assert got[131] == ("studio openings", QUARTER)


def test_outlets_with_a_word_of_kind() -> None:
    got = found(LEAD + "Pellow opened 32 greenfield depots in the quarter.")
    assert got[32] == ("greenfield depot openings", QUARTER)


def test_closures_of_the_outlets_named_before() -> None:
    got = found(LEAD + "We opened 14 kiosks and closed 3 in the quarter.")
    assert got[14] == ("kiosk openings", QUARTER)
    assert got[3] == ("kiosk closures", QUARTER)


def test_a_deal_closed_is_no_closure() -> None:
    # guard
    got = found(LEAD + "The company closed 3 deals in the quarter.")
    assert not any(name.endswith("closures") for name, _ in got.values())


def test_added_names_no_opening() -> None:
    # guard
    got = found(LEAD + "The extra week added 19.8 million litres in the quarter.")
    assert not any(name.endswith("openings") for name, _ in got.values())


def test_more_outlets_are_named_by_the_outlets() -> None:
    got = found(LEAD + "Pellow opened 2 more studios in the quarter.")
    assert got[2] == ("studio openings", QUARTER)
