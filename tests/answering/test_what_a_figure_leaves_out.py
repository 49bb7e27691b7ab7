"""What a figure is asked without, where no name of the store reads it, over a company
invented here (Pellow Games, calendar years; its report defines "Hollow Crown (HCR)").

A span of time left out ("excluding the 53rd week") or initials no name holds ("other
than HCR") are no aside to pass over: the whole figure is not the one asked. Initials
the company's report defines are read as that line, and the line is taken out of the
whole; initials nothing defines are said unexplained. A part the store holds taken out
("excluding online") is worked out as before.

On the engine this session started from (5c67d98) every case but the part held was
answered with the whole year's figure (a wrong figure with a citation); the part held and
the short form of a name's own exclusion ("ex fsc" of "excluding fuel surcharge": the rule's
first form, e8e2421, refused a development company's "ex fsc") are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import engine_over, fact

C = "Pellow Games"
Y25 = "2025-01-01/2025-12-31"
REPORT = "Pellow Games results. Hollow Crown (HCR) grew again; HCR is our largest title."


def _fact(metric: str, value: float) -> dict:
    return fact(C, metric, "actual", Y25, value, "EUR", "2026-02-20") | {
        "source": "report",
        "quote": "Pellow Games results.",
    }


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    source = {
        "key": "report",
        "title": "Pellow Games results",
        "publisher": "Test wire",
        "url": "https://example.com/report",
        "published": "2026-02-20",
        "text": REPORT,
    }
    data = {
        "entities": [{"name": C, "aliases": ["Pellow"]}],
        "sources": [source],
        "facts": [
            _fact("gross bookings", 240_000_000),
            _fact("Hollow Crown gross bookings", 90_000_000),
            _fact("online gross bookings", 60_000_000),
            _fact("merchandise revenue excluding fuel surcharge", 17_000_000),
        ],
    }
    return engine_over(seed, data)


@pytest.mark.parametrize(
    "question",
    [
        "pellow 2025 gross bookings excluding the 53rd week",
        "pellow gross bookings in 2025 ex the extra week",
        "pellow gross bookings in 2025 other than QZX",
    ],
)
def test_what_no_name_reads_is_not_passed_over(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how much of pellow's 2025 gross bookings came from games other than HCR", "€150 million"),
        ("pellow 2025 gross bookings excluding online", "€180 million"),
        # the short form of what a name of the store leaves out: that figure's own words
        ("pellow merchandise revenue ex fsc in 2025", "€17 million"),
    ],
)
def test_a_part_read_is_taken_out(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text
