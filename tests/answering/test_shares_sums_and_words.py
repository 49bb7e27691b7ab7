"""Kinds of question met on companies nobody had seen, over companies invented here:

- a part's share of a whole said with the part first ("Canada share of revenue",
  "Canada as a % of revenue"), not only as "what share of revenue came from Canada";
- "the sum of Q1 and Q2 revenue": the word "sum" asks the figures added up; a ratio
  ("combined ratio") is never added up;
- a change stated as "electricity generated growth" is the change of "electricity
  generated (GWh)": a change's name carries no unit tag;
- "hw" and "sw" of hardware and software figures (never "how" before a noun);
- "output" of a utility's "electricity generated" (a production word), and "outlets" of
  a restaurant chain's "restaurants" (a store word).

Each failed before, but the ratio (a guard: summing gaps is new)."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import bundle, engine_over, fact, values

B, G, P = "Brindle Burgers", "Tallis Grid", "Pellucid Consoles"
Q1, Q2 = "2025-01-01/2025-03-31", "2025-04-01/2025-06-30"
Y25, END = "2025-01-01/2025-12-31", "2025-12-31/2025-12-31"

FACTS = [
    fact(B, "revenue", "actual", Y25, 2_400_000_000, "USD", "2026-02-20"),
    fact(B, "Canada revenue", "actual", Y25, 300_000_000, "USD", "2026-02-20"),
    fact(B, "revenue", "actual", Q1, 560_000_000, "USD", "2025-04-30"),
    fact(B, "revenue", "actual", Q2, 610_000_000, "USD", "2025-07-30"),
    fact(B, "franchised restaurants", "actual", END, 2_140, "units", "2026-02-20"),
    fact(B, "combined ratio", "actual", Q1, 88.0, "percent", "2025-04-30"),
    fact(B, "combined ratio", "actual", Q2, 90.5, "percent", "2025-07-30"),
    fact(G, "electricity generated (GWh)", "actual", Q2, 1_870, "units", "2025-07-28"),
    fact(
        G,
        "electricity generated (GWh)",
        "actual",
        "2024-04-01/2024-06-30",
        1_764,
        "units",
        "2025-07-28",
    ),
    fact(G, "electricity generated growth", "actual", Q2, 6.0, "percent", "2025-07-28"),
    fact(P, "hardware units sold", "actual", Y25, 9_400_000, "units", "2026-02-12"),
    fact(P, "software units sold", "actual", Y25, 61_000_000, "units", "2026-02-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": B, "aliases": ["Brindle"]},
        {"name": G, "aliases": ["Tallis"]},
        {"name": P, "aliases": ["Pellucid"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    "question",
    [
        "canada share of brindle's 2025 revenue",
        "brindle canada as a % of 2025 revenue",
    ],
)
def test_a_parts_share_said_part_first(engine, question) -> None:
    assert values(engine, question) == [300_000_000, 2_400_000_000]


def test_the_sum_of_two_quarters(engine) -> None:
    assert values(engine, "sum of brindle revenue for q1 2025 and q2 2025") == [
        560_000_000,
        610_000_000,
    ]


def test_a_ratio_is_never_added_up(engine) -> None:
    answer = engine.ask("brindle combined ratio q2 2025 against q1 2025, gap in points")
    assert answer.intent != "sum" and "2.5 percentage points" in answer.text, answer.text


def test_a_change_is_named_without_its_levels_unit_tag(engine) -> None:
    assert values(engine, "by how much did tallis output grow in q2 2025 in %")[0] == 6.0


def test_hw_and_sw_are_hardware_and_software_where_the_store_has_them(engine) -> None:
    assert values(engine, "pellucid hw units 2025") == [9_400_000]
    assert values(engine, "pellucid sw units 2025") == [61_000_000]
    assert values(engine, "hw many hardware units did pellucid sell in 2025") == [9_400_000]


def test_words_of_a_kind_of_figure(engine) -> None:
    assert values(engine, "tallis output q2 2025") == [1_870]
    assert values(engine, "brindle franchised outlets at the end of 2025") == [2_140]
