"""'How far short of the 755m high end did FY25 revenue fall': a range's end named by its
amount is an expectation set against the actual (no word of target or forecast said),
for a year counted in weeks too (30 Dec 2024 – 28 Dec 2025). Over a company invented
here (Strickland Lanes).

On the engine this session started from (6c5a4a2) the question read as the high end's
value and its history answered (a wrong figure). The high end asked alone is a guard."""

from __future__ import annotations

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

S, FY = "Strickland Lanes", "2024-12-30/2025-12-28"
FACTS = [
    fact(S, "revenue (high end)", "forecast", FY, 745e6, "USD", "2025-03-05"),
    fact(S, "revenue (low end)", "forecast", FY, 720e6, "USD", "2025-03-05"),
    fact(S, "revenue (high end)", "forecast", FY, 755e6, "USD", "2025-08-06"),
    fact(S, "revenue (low end)", "forecast", FY, 735e6, "USD", "2025-08-06"),
    fact(S, "revenue (high end)", "forecast", FY, 742e6, "USD", "2025-11-05"),
    fact(S, "revenue (low end)", "forecast", FY, 730e6, "USD", "2025-11-05"),
    fact(S, "revenue", "actual", FY, 736.4e6, "USD", "2026-03-03"),
]


def _engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": S, "aliases": ["Strickland"]}], FACTS, "2026-03-03"))


def test_the_actual_short_of_the_end_named(seed) -> None:
    answer = _engine(seed).ask(
        "how far short of the 755m high end did strickland's 2025 revenue fall"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "$18.6 million" in answer.text, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [736.4e6, 755e6], answer.text


def test_the_high_end_asked_alone(seed) -> None:  # (a guard)
    answer = _engine(seed).ask("strickland 2025 revenue guidance high end")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 742e6, answer.text
