"""A count, its noun, then its parts in brackets or set off by dashes, each a figure and the
word that sets it apart ("ended the year with 2,310 bakeries (1,980 franchised, 330
company-run)", "opened 14 bakeries in the quarter — 9 franchised and 5 company-run — and
..."): each part is the whole's measure for that part, on the whole's day or over its
period. Before, only a colon opened such a list; the parts in brackets were read under the
whole's own name and dropped with it as disagreeing. Guards: a bracket that holds the
whole's base ("(2024: 2,240)") is no list of parts, and a figure after the closing dash is
no part. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 1, 22)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Hollin Bakeries annual letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Hollin Bakeries", ("Hollin",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = "Hollin Bakeries reported its results for 2025. "
YEAR_END = "2025-12-31/2025-12-31"


def test_parts_in_brackets() -> None:
    got = found(
        LEAD + "Hollin ended the year with 2,310 bakeries (1,980 franchised, 330 company-run)."
    )
    assert got[2_310] == ("bakeries", YEAR_END)
    assert got[1_980] == ("franchised bakeries", YEAR_END)
    assert got[330] == ("company-run bakeries", YEAR_END)


def test_parts_between_dashes() -> None:
    got = found(
        LEAD + "We ended the year with 2,310 bakeries — 1,980 franchised and 330 company-run — "
        "and 41 depots."
    )
    assert got[1_980] == ("franchised bakeries", YEAR_END)
    assert got[330] == ("company-run bakeries", YEAR_END)


def test_a_bracketed_base_is_no_part() -> None:
    # guard
    got = found(LEAD + "Hollin ended the year with 2,310 bakeries (2024: 2,240).")
    assert got[2_240][0] == "bakeries"
