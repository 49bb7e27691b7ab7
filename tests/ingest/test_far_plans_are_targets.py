"""A plan for a period that begins more than a year after it was stated is a goal the
company sets itself, never a forecast; a plan for the coming year stays a forecast.
Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 12, 9)


def _kinds(body: str) -> set[tuple[str, str, float]]:
    text = f"Penrose Pet Supply investor day\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity("Penrose Pet Supply", ())).proposals
    return {(p.kind.value, p.period.iso(), p.value) for p in found}


def test_a_goal_three_years_out_is_a_target():
    found = _kinds("- 2029: EBITDA margin 7.5% - 8.0%")
    assert any(kind == "target" and period == "2029-01-01/2029-12-31" for kind, period, _ in found)
    assert not any(kind == "forecast" for kind, _, _ in found)


def test_next_year_s_outlook_stays_a_forecast():
    found = _kinds("For 2026 Penrose Pet Supply expects revenue of $1.2 billion.")
    assert ("forecast", "2026-01-01/2026-12-31", 1_200_000_000) in found


def test_a_month_a_range_was_given_in_is_not_the_plan_s_period():
    found = _kinds(
        "Penrose Pet Supply narrowed its 2025 revenue forecast to $1.10 billion to $1.12 "
        "billion, from the $1.08 billion to $1.14 billion range it gave in July."
    )
    assert not any(period == "2025-07-01/2025-07-31" for _, period, _ in found)
