"""Additions asked of a span the company states none for: "wallets added in Q4", of a
company stating its "active wallets added" for Q3 only and its active wallets at each
quarter's and month's end, is the count's change over the span; where the additions are
stated for the span asked, they answer. A company named "… Pay" asks nothing paid:
"agents added in Q4 Kobo Pay" is the agents' change, never a money figure.

The changes failed on the engine of e698371c (the additions' name chosen, then no figure
for the span: "I don't have … for Q4"); the agents' change failed on "pay" read as a
verb of paying, which turned away every count. The additions stated for their own
quarter are a guard.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Kobo Pay"
FACTS = [
    fact(C, "active wallets", "actual", "2024-12-31/2024-12-31", 8_100_000, "units", "2025-02-20"),
    fact(C, "active wallets", "actual", "2025-06-30/2025-06-30", 9_050_000, "units", "2025-08-05"),
    fact(C, "active wallets", "actual", "2025-09-30/2025-09-30", 9_700_000, "units", "2025-10-30"),
    fact(C, "active wallets", "actual", "2025-12-31/2025-12-31", 10_420_000, "units", "2026-02-19"),
    fact(
        C, "active wallets added", "actual", "2025-07-01/2025-09-30", 650_000, "units", "2025-10-30"
    ),
    fact(C, "agents", "actual", "2025-09-30/2025-09-30", 61_300, "units", "2025-10-30"),
    fact(C, "agents", "actual", "2025-12-31/2025-12-31", 66_050, "units", "2026-02-19"),
    fact(
        C,
        "agent channel payment value",
        "actual",
        "2025-10-01/2025-12-31",
        410_000_000_000,
        "NGN",
        "2026-02-19",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": C, "aliases": ["KoboPay"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-19"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many active wallets did kobo pay add in q4 2025", "720,000"),
        ("kobo pay active wallets added q4 2025", "720,000"),
        ("wallets added in the first 9m of 2025 at kobo pay", "1.6 million"),
        ("net wallets added during 2025 kobo pay", "2.32 million"),
    ],
)
def test_additions_unheld_are_the_counts_change(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["active wallets"] * 2, answer.text
    assert f"went up {said}" in answer.text


def test_additions_stated_for_the_span_answer(engine: Engine) -> None:
    answer = engine.ask("how many active wallets did kobo pay add in q3 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["active wallets added"], answer.text
    assert "650,000" in answer.text


def test_a_company_named_pay_asks_nothing_paid(engine: Engine) -> None:
    answer = engine.ask("agents added in q4 2025 kobo pay")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["agents", "agents"], answer.text
    assert "went up 4,750" in answer.text
