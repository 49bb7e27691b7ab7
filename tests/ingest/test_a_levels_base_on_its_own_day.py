"""A level's base told with its own day after a bare comparison's cue ("Net debt stood at
EUR 412.6 million at 30 June 2025, compared with EUR 455.0 million at 31 December 2024",
"We operated 318 stores at September 27, 2025, compared with 301 stores at December 28,
2024"): the same measure held on the base's day. Before, "compared with" left the base
with no period of its own (and a count's base, past its noun, with no measure), and it
was dropped.
Guard: a base with no day of its own stays unread. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 6)
LEAD = "Brannock Haulage reported its results for the third quarter of 2025. "


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Brannock Haulage letter\nTest Letters\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    entity = KnownEntity("Brannock Haulage", ("Brannock",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_an_amounts_base_on_the_last_year_end() -> None:
    got = found(
        "Net debt stood at EUR 412.6 million at 30 June 2025, compared with EUR 455.0 million "
        "at 31 December 2024."
    )
    assert got[455_000_000] == ("net debt", "2024-12-31/2024-12-31")


def test_a_counts_base_with_its_noun_and_day() -> None:
    got = found(
        "We operated 318 stores at September 27, 2025, compared with 301 stores at December "
        "28, 2024."
    )
    assert got[301] == (got[318][0], "2024-12-28/2024-12-28")


def test_a_base_with_no_day_of_its_own_stays_unread() -> None:
    # guard
    got = found(
        "Net debt stood at EUR 412.6 million at 30 June 2025, compared with EUR 455.0 million."
    )
    assert 455_000_000 not in got
