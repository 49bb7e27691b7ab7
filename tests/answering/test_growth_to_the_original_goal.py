"""Growth implied by a goal as first stated, over a company invented here (Ba Vi Foods;
calendar years; a revenue plan for 2025 set in April and cut in October, and 2024's
actual revenue): "growth implied by the original 2025 plan vs 2024" is worked out from
the plan as first stated, never from the cut one. On the engine of 2026-12-05 (74fe56c9)
"original" was read only for progress toward a goal, and the growth was the cut plan's
(a development answer the judge read as wrong). The plan as it stands is the guard."""

from __future__ import annotations

import pytest

from tests.answering.invented import fact, one_company, values

B = "Ba Vi Foods"
Y24, Y25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
FACTS = [
    fact(B, "net revenue", "actual", Y24, 12_486e9, "VND", "2025-03-20"),
    fact(B, "net revenue", "target", Y25, 13_400e9, "VND", "2025-04-24"),
    fact(B, "net revenue", "target", Y25, 12_900e9, "VND", "2025-10-30"),
]


@pytest.fixture(scope="module")
def engine(seed):
    return one_company(seed, B, "Ba Vi", FACTS, "2025-10-30")


@pytest.mark.parametrize(
    ("question", "goal"),
    [
        ("growth implied by ba vi's original 2025 revenue plan vs 2024 actual", 13_400e9),
        ("growth implied by ba vi's 2025 revenue plan vs 2024 actual", 12_900e9),
    ],
)
def test_growth_to_the_goal_as_first_stated(engine, question, goal) -> None:
    assert values(engine, question) == [goal, 12_486e9]
