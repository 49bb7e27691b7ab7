"""A change asked "in units" where the store states the change as a percentage too, over
a company invented here (Ortakoy Ovens; calendar years).

"Exports yoy change in units" asks the amount: this year's volume less last year's, both
cited, never the stated percentage. Asked plainly, the stated change answers.

On the engine this session started from (3f25a2a) the question in units answered -6.9%
(a wrong answer in a new development set); the plain change is a guard."""

from __future__ import annotations

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

OVENS = "Ortakoy Ovens"
Y24, Y25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
FACTS = [
    fact(OVENS, "export sales volume", "actual", Y24, 2_910_000, "units", "2026-02-26"),
    fact(OVENS, "export sales volume", "actual", Y25, 2_710_000, "units", "2026-02-26"),
    fact(OVENS, "export sales volume change", "actual", Y25, -6.9, "percent", "2026-02-26"),
]


def engine_of(seed) -> Engine:
    return engine_over(seed, bundle([{"name": OVENS, "aliases": ["Ortakoy"]}], FACTS, "2026-02-26"))


def test_a_change_in_units_is_the_difference(seed) -> None:
    answer = engine_of(seed).ask("ortakoy exports yoy change in units 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [2_710_000, 2_910_000], answer.text
    assert "200,000" in answer.text, answer.text


def test_the_stated_change_asked_plainly(seed) -> None:
    answer = engine_of(seed).ask("ortakoy export volume change 2025")
    assert [v.fact.value for v in answer.facts] == [-6.9], answer.text
