"""'How many Tsubasa cards are in force' of an issuer holding its cards in force and a
card's purchase volume in yen: a count asked is never a volume of goods or purchases
kept in money, whatever words of its name the question says. Orders kept in money are
still counts ("how many orders"). Over a company invented here (Mizuno Card, calendar
years).

On the engine this session started from (6c5a4a2) the Tsubasa card's purchase volume
answered (a wrong figure): a "volume" is of the goods-sold family, whose money figures
counted as counts. The cards in force and the orders in money are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

M, Y25, END = "Mizuno Card", "2025-01-01/2025-12-31", "2025-12-31/2025-12-31"
FACTS = [
    fact(M, "Tsubasa card purchase volume", "actual", Y25, 5e12, "JPY", "2026-05-12"),
    fact(M, "cards in force", "actual", END, 19_000_000, "units", "2026-05-12"),
    fact(M, "orders received", "actual", Y25, 42e9, "JPY", "2026-05-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": M, "aliases": ["Mizuno"]}], FACTS, "2026-05-12"))


def test_a_count_is_never_a_volume_in_money(engine) -> None:
    answer = engine.ask("how many tsubasa cards does mizuno have in force")
    assert 5e12 not in [v.fact.value for v in answer.facts], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many cards did mizuno have in force at the end of 2025", 19_000_000),
        ("how many orders did mizuno receive in 2025", 42e9),
        ("mizuno tsubasa card purchase volume 2025", 5e12),
    ],
)
def test_counts_and_amounts_held(engine, question, value) -> None:  # (guards)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_money_asked_never_answered_by_a_count_named_alike(seed) -> None:
    """'Full-year 2025 operating revenue' where only a forecast range of it is held: no
    actual, never the revenue passenger miles, a count whose name the same words explain
    (given before 2026-12-05: a wrong answer in a development set)."""
    c, y = "Tamsin Coaches", "2025-01-01/2025-12-31"
    facts = [
        fact(c, "operating revenue (low end)", "forecast", y, 395e6, "USD", "2025-04-20"),
        fact(c, "operating revenue (high end)", "forecast", y, 410e6, "USD", "2025-04-20"),
        fact(c, "revenue passenger miles", "actual", y, 3_199_800_000, "units", "2026-02-20"),
    ]
    engine = engine_over(seed, bundle([{"name": c, "aliases": ["Tamsin"]}], facts, "2026-02-20"))
    answer = engine.ask("tamsin full-year 2025 operating revenue")
    assert answer.status is not Status.ANSWERED, answer.text
    assert all(v.fact.unit == "USD" for v in answer.facts), answer.text


def test_a_rate_named_alike_still_answers_a_kind_a_count_lacks(seed) -> None:
    """Guard: 'the cage-free target' of a company holding cage-free hens as a count and a
    cage-free share as its target: the share target (a rate may stand for either)."""
    c = "Tamsin Eggs"
    facts = [
        fact(c, "cage-free laying hens", "actual", "2025-12-31/2025-12-31", 2_100_000, "units",
             "2026-03-10"),
        fact(c, "cage-free share of dozens sold", "target", "2027-07-01/2028-06-30", 25,
             "percent", "2026-03-10"),
    ]  # fmt: skip
    engine = engine_over(seed, bundle([{"name": c, "aliases": ["Tamsin"]}], facts, "2026-03-10"))
    answer = engine.ask("tamsin cage-free target")
    assert [v.fact.value for v in answer.facts] == [25], answer.text
