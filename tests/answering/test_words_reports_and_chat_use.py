"""Words of reports and chat the engine had not read, over companies invented here, each
a refusal on the engine of 2026-12-05 (development sets written that day):

- a unit of power as the unit asked: "capacity at end 2025 in MW";
- chat's "svc" (service), "biz" (business) and Australian reports' "pcp" (the prior
  corresponding period, a year before);
- an amount with its currency's code against it ("Php742.6 billion");
- "online sales", "ecomm sales" of a grocer naming them "eCom sales" (the reporting
  vocabulary's product nouns), its "online penetration" still its own.

Guards: "organic growth" and "service revenue" asked in full."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

L, M, W = "Luzon Power Holdings", "Maison Verrier", "Wirrina Markets"
Y24, Y25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
H1_24, H1_25 = "2024-01-01/2024-06-30", "2025-01-01/2025-06-30"
Q1, Q2 = "2025-01-01/2025-03-31", "2025-04-01/2025-06-30"
FACTS = [
    fact(L, "attributable generating capacity", "actual", "2025-12-31/2025-12-31", 4_120,
         "units", "2026-02-20"),
    fact(L, "attributable generating capacity", "actual", "2024-12-31/2024-12-31", 3_870,
         "units", "2025-02-20"),
    fact(L, "service revenue", "actual", H1_25, 742_600_000_000, "PHP", "2025-08-10"),
    fact(L, "service revenue", "actual", H1_24, 688_000_000_000, "PHP", "2024-08-10"),
    fact(M, "organic revenue growth", "actual", Q1, 3.6, "percent", "2025-04-15"),
    fact(M, "organic revenue growth", "actual", Q2, 1.2, "percent", "2025-07-20"),
    fact(M, "Perfumes & Cosmetics revenue", "actual", Q1, 481_000_000, "EUR", "2025-04-15"),
    fact(M, "revenue", "actual", Q2, 2_296_000_000, "EUR", "2025-07-20"),
    fact(W, "eCom sales", "actual", Q2, 1_820_000_000, "AUD", "2025-07-20"),
    fact(W, "online penetration", "actual", Q2, 15.1, "percent", "2025-07-20"),
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": L, "aliases": ["Luzon Power"]},
        {"name": M, "aliases": ["Verrier"]},
        {"name": W, "aliases": ["Wirrina"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("luzon power capacity at end 2025 in MW", [4_120]),
        ("verrier organic growth q2 2025", [1.2]),
        ("how much did verrier's perfumes & cosmetics biz bring in in q1 2025", [481_000_000]),
        ("luzon power svc rev first half 2025", [742_600_000_000]),
        ("which luzon power half had service revenue of Php742.6 billion", [742_600_000_000]),
        ("wirrina online sales q2 2025", [1_820_000_000]),
        ("wirrina ecomm sales q2 2025", [1_820_000_000]),
        ("wirrina online penetration q2 2025", [15.1]),
        ("luzon power service revenue growth h1 2025 on pcp", [742_600_000_000, 688_000_000_000]),
    ],
)
def test_words_read(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == values, answer.text
