"""A count of things held on a day the sentence names right before the holder and its verb,
anywhere in the sentence ("He said that at 30 June 2025 Fenmoor operated 1,412 depots with
388,000 lockers"), or after the things with a hedge before the count ("We had
approximately 412,300 member households as of June 30, 2025"): each count is a level on
that day. Before, only a day opening the sentence, or a day right after the count with no
"approximately" before it, dated such a level, and the count was dropped as things not
sold. Guard: a count of things with no day stays unread. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 7)
LEAD = "Fenmoor Logistics reported its results for the second quarter of 2025. "


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Fenmoor Logistics letter\nTest Letters\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    entity = KnownEntity("Fenmoor Logistics", ("Fenmoor",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_day_before_the_holder_in_a_reported_clause() -> None:
    got = found("He said that at 30 June 2025 Fenmoor operated 1,412 depots with 388,000 lockers.")
    assert got[1_412] == ("depots", "2025-06-30/2025-06-30")
    assert got[388_000] == ("lockers", "2025-06-30/2025-06-30")


def test_a_hedged_count_with_its_day_after_the_things() -> None:
    got = found("We had approximately 412,300 member households as of June 30, 2025.")
    assert got[412_300] == ("member households", "2025-06-30/2025-06-30")


def test_things_with_no_day_stay_unread() -> None:
    # guard
    got = found("Fenmoor operated 1,412 depots with 388,000 lockers.")
    assert 388_000 not in got
