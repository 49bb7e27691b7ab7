"""A country's three-letter code names it where the store holds figures of it: "aus
supermarkets comps" is the Australian supermarkets' comparable sales growth of a grocer
invented here (Bunyip Markets, Australian and New Zealand supermarkets). On the engine of
2026-12-05 "aus" was a name the store lacked (a development set written that day). Guards:
a code no held region has ("GBR") and a code that spells a word ("can") stay unread."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

B = "Bunyip Markets"
Q2 = "2025-09-29/2025-12-28"
FACTS = [
    fact(B, "Australian Supermarkets comparable sales growth", "actual", Q2, 3.3, "percent",
         "2026-02-20"),
    fact(B, "New Zealand Supermarkets comparable sales growth", "actual", Q2, 1.1, "percent",
         "2026-02-20"),
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, B, "Bunyip", FACTS, "2026-02-20")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bunyip aus supermarkets comps 29 sep - 28 dec 2025", 3.3),
        ("bunyip AUS supermarkets comps 29 sep - 28 dec 2025", 3.3),
        ("bunyip nzl supermarkets comps 29 sep - 28 dec 2025", 1.1),
    ],
)
def test_a_country_by_its_three_letters(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


def test_a_code_of_no_region_held_stays_unread(engine) -> None:
    answer = engine.ask("bunyip gbr supermarkets comps 29 sep - 28 dec 2025")
    assert answer.status is not Status.ANSWERED, answer.text
