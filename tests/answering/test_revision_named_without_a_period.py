"""'The top of the cost-to-income guide before the October revision', no year said: the
period whose guide was revised in October, never a later year's guide stated once.

On the engine this session started from (e51c4c0c) the latest year's guide answered (a
wrong answer in a development set). The guide with no revision named, and after it, are
guards."""

from __future__ import annotations

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

BANK = "Oyelaran Bank"
Y25, Y26 = "2025-01-01/2025-12-31", "2026-01-01/2026-12-31"
FACTS = [
    fact(BANK, "cost-to-income ratio", "forecast", Y25, 43, "percent", "2025-03-26", high=45),
    fact(BANK, "cost-to-income ratio", "forecast", Y25, 40, "percent", "2025-10-29", high=42),
    fact(BANK, "cost-to-income ratio", "forecast", Y26, 39, "percent", "2026-03-19", high=41),
]


def _engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": BANK, "aliases": ["Oyelaran"]}], FACTS, "2026-03-19"))


def test_the_period_revised_in_the_month_named(seed) -> None:
    answer = _engine(seed).ask("top of oyelaran's cost to income guide before the october revision")
    assert answer.status is Status.ANSWERED, answer.text
    assert "45%" in answer.text and "2025" in answer.text, answer.text
    assert "41%" not in answer.text, answer.text


def test_the_latest_guide_when_no_revision_is_named(seed) -> None:
    answer = _engine(seed).ask("top of oyelaran's cost to income guide")  # (guard)
    assert answer.status is Status.ANSWERED, answer.text
    assert "41%" in answer.text and "2026" in answer.text, answer.text
