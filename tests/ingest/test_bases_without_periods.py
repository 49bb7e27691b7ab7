"""A base whose period the text never says ("Second-quarter revenue was $412.6 million, down
from $430.1 million") is no figure of the quarter itself: proposing it there would clash
with the figure it is the base of, and could be answered for it. And the time of a base
figure ("against 8.1 million in the same quarter last year") frames no later figure of the
sentence. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)


def test_a_quarter_s_timeless_base_is_left_out():
    text = (
        f"Wexcombe Leisure second-quarter letter\nTest Wire\n{DAY.isoformat()}\n\n"
        "Visitors spent more. Second-quarter revenue was $412.6 million, down from $430.1 "
        "million.\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Wexcombe Leisure")).proposals
    q2 = [p for p in found if p.period.start == date(2025, 4, 1) and p.unit == "USD"]
    assert [p.value for p in q2] == [412_600_000]
    assert q2[0].metric == "revenue"
    assert not any(p.value == 430_100_000 and p.period.start.year == 2025 for p in found)


def test_a_year_s_timeless_base_is_the_year_before():
    text = (
        f"Wexcombe Leisure annual letter\nTest Wire\n{DAY.isoformat()}\n\n"
        "Revenue was $1.6 billion in 2024, up from $1.5 billion.\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Wexcombe Leisure")).proposals
    base = [p for p in found if p.value == 1_500_000_000]
    assert base and base[0].period.start == date(2023, 1, 1)


def test_a_base_figure_s_time_frames_no_later_figure():
    entity = KnownEntity("Wexcombe Leisure", (), FiscalCalendar.of("11-30", "end"))
    day = date(2025, 9, 24)
    text = (
        f"Wexcombe Leisure third quarter fiscal 2025 call\nTest Wire\n{day.isoformat()}\n\n"
        "Our third quarter covers June, July and August.\n\n"
        "We welcomed 8.6 million guests in the quarter, against 8.1 million in the same "
        "quarter last year, and occupancy hit 93.4%.\n"
    )
    found = extract(text, published=day, entity=entity).proposals
    rate = [p for p in found if p.value == 93.4]
    assert rate and rate[0].period.start == date(2025, 6, 1)
