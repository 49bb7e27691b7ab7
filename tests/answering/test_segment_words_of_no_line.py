"""A word that marks a line ("family", "line", "products") said right after the
company's name, before another word, or one a metric is named with ("vinyl products
revenue"), is part of the thing asked ("family plan subscribers", "vinyl products
volume"), never a marker to pass over: the company's other figure ("premium
subscribers", "vinyl records sold") never answers it. Over a company invented here (Cantora
Music, calendar years).

On the engine this session started from (6c5a4a2) "cantora family plan subscribers"
answered the premium subscriber target, and a products volume the records sold (wrong
figures). The marker after a line's
name ("the cloud segment") is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C, Y25 = "Cantora Music", "2025-01-01/2025-12-31"
FACTS = [
    fact(C, "premium subscribers", "target", "2026-12-31/2026-12-31", 53e6, "units", "2026-02-05"),
    fact(C, "premium subscribers", "actual", "2025-12-31/2025-12-31", 48e6, "units", "2026-02-05"),
    fact(C, "cloud revenue", "actual", Y25, 410e6, "EUR", "2026-02-05"),
    fact(C, "vinyl records sold", "actual", Y25, 9_100_000, "units", "2026-02-05"),
    fact(C, "vinyl products revenue", "actual", Y25, 95e6, "EUR", "2026-02-05"),
    fact(C, "streaming revenue", "actual", Y25, 1.2e9, "EUR", "2026-02-05"),
    fact(C, "other segments revenue", "actual", Y25, 30e6, "EUR", "2026-02-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Cantora"]}], FACTS, "2026-02-05"))


@pytest.mark.parametrize(
    "question", ["cantora family plan subscribers", "cantora vinyl products volume 2025"]
)
def test_a_thing_asked_with_a_segment_word(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("cantora cloud segment revenue 2025", 410e6),
        ("cantora premium subscribers at end 2025", 48e6),
        ("cantora vinyl products revenue 2025", 95e6),
        # (a marker after its line, though another name says it: "other segments")
        ("cantora streaming segment revenue 2025", 1.2e9),
    ],
)
def test_the_marker_after_a_line(engine, question, value) -> None:  # (guards)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
