"""A bare count in brackets keyed by its period, after a count the sentence names ("We
shipped 18,250 kayaks in the second quarter (Q2 2024: 16,900)", "Paddleboards sold rose
9% to 7,400 in the half (H1 2024: 6,780)"): the same measure for the labelled period, past
a rate between the two. Before, the bracketed count had no word of its own and was dropped
as a number that counts nothing (only a keyed amount of money took the figure before it).
Guard: a keyed count whose level was never read stays unread. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 12)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Brackwater Paddle Co. trading update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Brackwater Paddle Co.", ("Brackwater",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_bare_count_after_its_label() -> None:
    got = found("We shipped 18,250 kayaks in the second quarter (Q2 2024: 16,900).")
    assert got[18_250][1] == "2025-04-01/2025-06-30"
    assert got[16_900] == (got[18_250][0], "2024-04-01/2024-06-30")


def test_a_rate_between_the_count_and_its_base() -> None:
    got = found("We sold 7,400 paddleboards in the first half, up 9% (H1 2024: 6,780).")
    assert got[7_400][1] == "2025-01-01/2025-06-30"
    assert got[6_780] == (got[7_400][0], "2024-01-01/2024-06-30")


def test_an_unread_level_leaves_its_base_unread() -> None:
    # guard
    got = found("Our volunteers ran 412 river clean-ups in the first half (H1 2024: 388).")
    assert 388 not in got
