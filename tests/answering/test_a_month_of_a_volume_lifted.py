"""'Sept 2025 TEU lifted' asks for September's volume, over a shipping line invented here
(Kaimana Lines; monthly container liftings): "lifted" counts what was carried, no revision
of a target, so the month is the period asked, never the date a figure was stated by. On
the engine of 2026-12-05 (ef699dd2) the word read as a revision and August's liftings,
stated in September, were given (a development answer read as wrong)."""

from __future__ import annotations

from bot.answering import Status
from tests.answering.invented import fact, one_company, values

K = "Kaimana Lines"
FACTS = [
    fact(
        K, "container liftings", "actual", "2025-07-01/2025-07-31", 251_300, "units", "2025-08-10"
    ),
    fact(
        K, "container liftings", "actual", "2025-08-01/2025-08-31", 268_400, "units", "2025-09-10"
    ),
]


def test_a_month_of_a_volume_lifted(seed) -> None:
    engine = one_company(seed, K, "Kaimana", FACTS, "2025-09-10")
    assert engine.ask("kaimana sept 2025 teu lifted").status is not Status.ANSWERED
    assert values(engine, "kaimana aug 2025 teu lifted") == [268_400]  # (guard)
