"""A period a figure is said to be "flat with" or "in line with" ("Take rate was 61 basis
points, flat with the second quarter") is the base it is measured against: never the
figure's own period, nor the period the text goes on talking about. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 4)
CALL = f"""Quarrow Pay third-quarter call
Test Wire
{DAY.isoformat()}

Revenue for the third quarter was $211.4 million, up 14% from $185.4 million in the third
quarter of last year. Take rate was 61 basis points, flat with the second quarter. Adjusted
EBITDA was $48.9 million, a margin of 23.1%, and net income was $12.2 million.
"""


def test_a_period_set_level_with_a_figure_is_no_topic():
    found = extract(CALL, published=DAY, entity=KnownEntity("Quarrow Pay")).proposals
    q3 = (date(2025, 7, 1), date(2025, 9, 30))
    for value in (48_900_000, 23.1, 12_200_000):
        got = [p for p in found if p.value == value]
        assert got and (got[0].period.start, got[0].period.end) == q3, value
    assert not any(p.period.start == date(2025, 4, 1) for p in found)


def test_the_time_a_record_is_measured_back_to_is_no_period():
    text = (
        f"Quarrow Pay third-quarter call\nTest Wire\n{DAY.isoformat()}\n\n"
        "Q3 was another strong quarter. Revenue was $30.2 million, up 17% year over "
        "year, our fastest growth since 2021, and we shipped 1,200 terminals, up 12%.\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Quarrow Pay")).proposals
    rates = [p for p in found if p.value in (17, 12)]
    assert rates and all(p.period.start == date(2025, 7, 1) for p in rates)
    assert not any(p.period.start.year == 2021 for p in found)
