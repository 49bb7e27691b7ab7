"""How full something is, under each industry's name for it: occupancy, load factor, seat
factor (the reporting vocabulary's occupancy family). A question in one industry's words
finds the figure named in another's; "how full were the stores" never answers a count of
stores.

Before 2026-12-05 "load factor" of a "seat factor" and "occupancy" of a "seat factor"
were refused, and "how full were its centres" answered the number of centres (a wrong
answer in the development sets): "how full" now asks a percentage, never a count. A
figure asked by its own name, and "utilisation" of a "plant utilisation" in its other
spelling, are guards. (Utilisation is no member: as a family word it made "utilization"
refuse a "plant utilization rate", whose line goes unsaid; "utilisation" of a "fill
rate" and "capacity utilisation" of a "plant utilisation" stay refused.)"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

A, S, P, U = "Saffra Air", "Orbitel Sat", "Kerrigan Storage", "Ulsan Cells"
Y25 = "2025-01-01/2025-12-31"
END = "2025-12-31/2025-12-31"

FACTS = [
    fact(A, "seat factor", "actual", Y25, 81.4, "percent", "2026-02-10"),
    fact(A, "passengers carried", "actual", Y25, 12_400_000, "units", "2026-02-10"),
    fact(S, "transponder fill rate", "actual", END, 78.9, "percent", "2026-02-10"),
    fact(U, "plant utilization rate", "actual", Y25, 66.0, "percent", "2026-02-10"),
    fact(S, "plant utilisation", "actual", Y25, 71.0, "percent", "2026-02-10"),
    fact(P, "occupancy", "actual", END, 87.1, "percent", "2026-02-10"),
    fact(P, "centres owned", "actual", END, 121, "units", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": A, "aliases": ["Saffra"]},
        {"name": S, "aliases": ["Orbitel"]},
        {"name": P, "aliases": ["Kerrigan"]},
        {"name": U, "aliases": ["Ulsan"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-10"))


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("saffra load factor 2025", "seat factor"),
        ("saffra seat factor 2025", "seat factor"),  # (guard: its own name)
        ("saffra occupancy 2025", "seat factor"),
        ("ulsan utilization 2025", "plant utilization rate"),  # (its line unsaid)
        ("orbitel plant utilization 2025", "plant utilisation"),  # (its other spelling)
        ("kerrigan occupancy rate at the end of 2025", "occupancy"),
    ],
)
def test_how_full_by_another_industrys_name(engine, question, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.metric == metric, answer.text


def test_how_full_is_never_a_count(engine) -> None:
    answer = engine.ask("how full were kerrigan's centres at the end of 2025")
    assert not any(v.fact.metric == "centres owned" for v in answer.facts), answer.text
