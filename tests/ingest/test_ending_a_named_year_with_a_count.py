"""A count a company had, or means to have, at the end of a period it names by number or
by its fiscal name ("we aim to finish fiscal 2027 with about 300 kiosks", "plans to end FY26
with around 128 showrooms", "ended the second quarter of fiscal 2025 with 401 kiosks"): a
level on that period's last day. Before, only "the year" and a bare year or month were read
so, and the plan's own verb ("to end", "to finish") was no ending at all; places held
("480 locations", "showrooms") were dropped as no product. A level counted at a year's end
with a base of no time of its own ("finished the year with 121 kiosks, up from 116") has its
base at the end of the year before. Guards: places that are not held ("in 20 countries")
stay out, and a quarter's timeless base keeps no day. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 1, 20)


def found(body: str) -> dict[float, tuple[str, str, str]]:
    text = f"Tarnwick Cycles annual letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Tarnwick Cycles", ("Tarnwick",), CALENDAR)
    return {
        p.value: (p.metric, p.kind.value, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = "Tarnwick Cycles reported its results for 2025. "


def test_a_plan_to_finish_a_fiscal_year_with_a_count() -> None:
    got = found(LEAD + "We aim to finish fiscal 2027 with about 300 kiosks.")
    assert got[300] == ("kiosks", "target", "2027-12-31/2027-12-31")


def test_a_plan_to_end_a_year_named_by_its_code() -> None:
    got = found(LEAD + "We plan to end FY26 with around 128 showrooms.")
    assert got[128] == ("showrooms", "target", "2026-12-31/2026-12-31")


def test_a_quarter_of_a_fiscal_year_ended_with_a_count() -> None:
    got = found(LEAD + "We ended the second quarter of fiscal 2025 with 401 kiosks.")
    assert got[401] == ("kiosks", "actual", "2025-06-30/2025-06-30")


def test_places_held_at_a_months_end() -> None:
    got = found(LEAD + "We ended December with 480 locations.")
    assert got[480] == ("locations", "actual", "2025-12-31/2025-12-31")


def test_a_year_end_levels_timeless_base_is_the_year_befores_end() -> None:
    got = found(LEAD + "We finished the year with 121 kiosks, up from 116.")
    assert got[121] == ("kiosks", "actual", "2025-12-31/2025-12-31")
    assert got[116] == ("kiosks", "actual", "2024-12-31/2024-12-31")


def test_places_not_held_stay_out() -> None:
    # guard
    got = found(LEAD + "Tarnwick sold 61,000 bicycles in 2025 and now trades in 20 countries.")
    assert 20 not in got


def test_a_quarters_timeless_base_keeps_no_day() -> None:
    # guard: a quarter's base may be the quarter before or a year before
    got = found(LEAD + "We ended the quarter with 121 kiosks, up from 116.")
    assert got.get(116, (None, None, None))[2] != "2024-12-31/2024-12-31"
