"""A level said to stand "on" a day written month first with no year ("stood at $4.2 billion
on May 31", "had 58 depots open on March 29") is the level on that day, as "on 31 May"
already was: the time phrase keeps its "on" when the month comes first, and the level's
day was looked for only before the phrase, so the level had no period and was dropped (or
an annual measure's name dated it over a year ahead). Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 6, 18)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Quillon Freight quarterly update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Quillon Freight", ("Quillon",), CALENDAR)
    return {
        p.value: (p.kind.value, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_balance_on_a_month_first_day():
    got = found("Quillon's order backlog stood at $4.2 billion on May 31.")
    assert got[4_200_000_000] == ("actual", "2026-05-31/2026-05-31")


def test_things_held_on_a_month_first_day():
    got = found("Quillon had 58 depots open on March 29.")
    assert got[58] == ("actual", "2026-03-29/2026-03-29")


def test_an_annual_run_rate_on_a_month_first_day():
    got = found("Annual recurring revenue stood at $310 million on April 30.")
    assert got[310_000_000] == ("actual", "2026-04-30/2026-04-30")


def test_a_day_first_level_as_before():
    got = found("Quillon's order backlog stood at $4.2 billion on 31 May.")
    assert got[4_200_000_000] == ("actual", "2026-05-31/2026-05-31")


def test_a_flow_on_a_day_is_no_level():
    assert 4_000 not in found("Quillon shipped 4,000 pallets on May 31.")


def test_a_plan_after_a_level_on_a_day_keeps_its_own_end():
    got = found(
        "Quillon had 74 depots open on March 29, but it now plans to end 2026 with 76 depots."
    )
    assert got[74] == ("actual", "2026-03-29/2026-03-29")
    assert got[76] == ("target", "2026-12-31/2026-12-31")
