"""A span of months or weeks followed by "to" and a figure ("took output for the first nine
months to 34,150 tonnes") is that span, the figure what it reached; a span "to" a day ("the
nine months to 30 June") still ends on the day, and "the year to 40 million" names no year.
Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.timing import find_times

DAY = date(2025, 11, 6)


def test_a_span_to_a_figure_is_the_span():
    text = (
        f"Quarlby Salt update\nTest Wire\n{DAY.isoformat()}\n\n"
        "Quarlby Salt produced 4,100 tonnes in the third quarter. That took output for the "
        "first nine months to 12,650 tonnes and sales to 11,980 tonnes.\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Quarlby Salt", ())).proposals
    facts = {(p.period.iso(), p.value) for p in found}
    assert ("2025-01-01/2025-09-30", 12_650) in facts
    assert ("2025-01-01/2025-09-30", 11_980) in facts
    assert not any(
        value in (12_650, 11_980) and period.startswith("2025-07") for period, value in facts
    )


def test_a_span_to_a_day_still_ends_on_the_day():
    times = [t.text for t in find_times("Revenue for the six months to 30 June 2025 rose.", DAY)]
    assert times == ["the six months to 30 June 2025"]
    times = [t.text for t in find_times("Revenue for the three months to May 31 rose.", DAY)]
    assert times == ["the three months to May 31"]
