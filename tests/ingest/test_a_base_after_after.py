""" "After" between two figures of one measure sets the second against the first, as "versus"
does: the base is the same measure's figure of its own time, and that time ("the year
before") dates the base alone, never the sentence's other figures."""

from __future__ import annotations

from datetime import date

from bot.ingest.after_cue import after_as_versus
from bot.ingest.extract import KnownEntity, extract

NAME = "Saimaa Ferries"
DAY = date(2026, 3, 5)


def _found(sentence: str) -> set[tuple[str, str, float]]:
    text = f"{NAME} full-year results\nTest Wire\n{DAY.isoformat()}\n\n{sentence}\n"
    return {
        (p.metric, p.period.iso(), p.value)
        for p in extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    }


def test_a_base_after_after_is_dated_alone():
    found = _found(
        "The company said 2025 revenue was EUR 610 million, EBITDA was EUR 122 million, an "
        "EBITDA margin of 20% after 18% the year before, and net profit was EUR 41 million."
    )
    assert ("EBITDA margin", "2025-01-01/2025-12-31", 20.0) in found
    assert ("EBITDA margin", "2024-01-01/2024-12-31", 18.0) in found
    assert ("EBITDA", "2025-01-01/2025-12-31", 122_000_000) in found
    assert ("net income", "2025-01-01/2025-12-31", 41_000_000) in found


def test_after_an_event_or_a_count_is_no_base():
    for text in (
        "The season ended on 10 May 2025 after 81 days at sea",
        "It made a loss of EUR 6.4m, after a EUR 19.8m impairment charge",
        "Members fell by 2,404 after adding 5.2 million in the first half",
    ):
        assert after_as_versus(text) == text
    said = "Second-quarter revenue was EUR 809.5 million, after EUR 702.9 million in the first"
    assert after_as_versus(said).count("vs.") == 1
    assert len(after_as_versus(said)) == len(said)
