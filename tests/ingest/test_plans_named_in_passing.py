"""A plan named in passing beside a result ("fell short of its £300 million revenue target",
"at the lower end of the $2.0 billion to $2.1 billion range it set in October") is that
plan's figure for the result's period, never a result of its own; the result told after it
keeps its own kind and base year. Companies invented here; each case failed on the engine
this session started from (734c82a)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract


def _found(body: str, day: date, calendar: FiscalCalendar | None = None):
    text = f"Quillon Garden Centres results\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    entity = (
        KnownEntity("Quillon Garden Centres", ("Quillon",), calendar)
        if calendar
        else KnownEntity("Quillon Garden Centres", ("Quillon",))
    )
    found = extract(text, published=day, entity=entity).proposals
    return {(p.kind.value, p.period.iso(), p.value, p.value_high) for p in found}


def test_a_target_missed_is_a_target_and_the_result_after_it_is_kept():
    found = _found(
        "Quillon Garden Centres fell short of its £640 million sales target for the year to "
        "June, reporting on Tuesday sales of £612.5 million for fiscal 2025, up from "
        "£588.0 million a year earlier.",
        date(2025, 8, 14),
        FiscalCalendar.of("06-30", "end"),
    )
    assert ("target", "2024-07-01/2025-06-30", 640_000_000, None) in found
    assert ("actual", "2024-07-01/2025-06-30", 612_500_000, None) in found
    assert ("actual", "2023-07-01/2024-06-30", 588_000_000, None) in found
    assert not any(kind == "actual" and value == 640_000_000 for kind, _, value, _ in found)


def test_a_range_the_result_landed_in_is_the_plan_for_the_result_s_year():
    found = _found(
        "Quillon's sales for 2025 came to $1,532 million, against $1,470 million the year "
        "before - near the bottom of the $1.5 billion to $1.6 billion range the company set "
        "in September.",
        date(2026, 2, 20),
    )
    assert ("actual", "2025-01-01/2025-12-31", 1_532_000_000, None) in found
    assert ("forecast", "2025-01-01/2025-12-31", 1_500_000_000, 1_600_000_000) in found
    assert not any(period.startswith("2026") for _, period, _, _ in found)


def test_a_weekday_names_no_measure():
    found = extract(
        "Quillon results\nTest Wire\n2025-08-14\n\nQuillon Garden Centres reported on "
        "Wednesday sales of $80.2 million for the second quarter.\n",
        published=date(2025, 8, 14),
        entity=KnownEntity("Quillon Garden Centres", ("Quillon",)),
    ).proposals
    assert found and all("wednesday" not in p.metric.lower() for p in found)
