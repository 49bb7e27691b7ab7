"""Festivals dated by other calendars, over Sabra Sweets (calendar year; figures for
Ramadan, Eid al-Fitr and its eve, Khmer New Year, the week to Lunar New Year's Eve, the
Orthodox Easter weekend, and the ISO weeks that hold some of them), invented here:

- "Ramadan 2024", "Eid al-Fitr 2024", "Ramadan 1447" (a Hijri year: 2026), "Eid eve
  2025", "Khmer New Year 2025", "Lunar New Year week 2026", "Orthodox Easter weekend
  2024": the span the store holds for the festival, dated by the `holidays` package's
  country calendars and dateutil's Easter. Before 2026-12-06 these names were words
  nothing explained and the engine abstained (the week to Lunar New Year's Eve was found
  then too, as the New Year season's latest short span);
- a festival's own days before a longer span that holds them (Khmer New Year's three days,
  never ISO week 16), and never the festival beside it (Ramadan is no Eid: they touch);
- "Ramadan 2023 (23 Mar - 20 Apr 2023)": the dates said;
- "Ramadan 2024 vs Ramadan 2023", "Ramadan 2024 vs 2023": each year's (the second, before
  2026-12-06, set the festival against the whole year 2023 and abstained).

Guards: a festival the store holds no figure for gets none (Eid al-Adha 2025; "Eid al-Fitr day
2026" where only a week and a month touching it are held)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company, values

S, R = "Sabra Sweets", "revenue"
FACTS = [
    fact(S, R, "actual", "2023-03-23/2023-04-20", 8_300, "JOD", "2024-02-20"),
    fact(S, R, "actual", "2024-03-11/2024-04-09", 9_400, "JOD", "2025-02-20"),
    fact(S, R, "actual", "2024-04-10/2024-04-12", 2_600, "JOD", "2025-02-20"),
    fact(S, R, "actual", "2025-03-29/2025-03-29", 731, "JOD", "2026-02-20"),
    fact(S, R, "actual", "2025-03-30/2025-04-01", 2_900, "JOD", "2026-02-20"),
    fact(S, R, "actual", "2025-03-17/2025-03-30", 7_315, "JOD", "2026-02-20"),
    fact(S, R, "actual", "2026-02-18/2026-03-19", 11_200, "JOD", "2026-03-25"),
    fact(S, R, "actual", "2026-03-16/2026-03-22", 4_600, "JOD", "2026-03-25"),
    fact(S, R, "actual", "2025-04-14/2025-04-16", 1_086, "JOD", "2026-02-20"),
    fact(S, R, "actual", "2025-04-14/2025-04-20", 2_987, "JOD", "2026-02-20"),
    fact(S, R, "actual", "2026-02-10/2026-02-16", 2_438, "JOD", "2026-03-25"),
    fact(S, R, "actual", "2024-05-03/2024-05-06", 1_210, "JOD", "2025-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, S, "Sabra", FACTS, "2026-03-25")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("sabra sales during ramadan 2024", 9_400),
        ("how much did sabra take over the 3 days of eid al-fitr 2024", 2_600),
        ("sabra ramadan 1447 sales", 11_200),
        ("sabra eid eve 2025 sales", 731),
        ("sabra khmer new year 2025 sales", 1_086),
        ("sabra lunar new year week 2026 sales", 2_438),
        ("sabra orthodox easter weekend 2024 sales", 1_210),
        ("sabra ramadan 2023 sales (23 mar - 20 apr 2023)", 8_300),
        ("sabra iso week 16 2025 sales", 2_987),
    ],
)
def test_the_festival_named(engine, question, value) -> None:
    assert values(engine, question) == [value]


@pytest.mark.parametrize(
    "question",
    ["sabra ramadan 2024 vs ramadan 2023 sales growth", "sabra ramadan 2024 vs 2023 sales"],
)
def test_each_year_of_a_festival(engine, question) -> None:
    # ("ramadan 2024 vs 2023": the festival of the other year, never that whole year)
    answer = engine.ask(question)
    assert sorted(v.fact.value for v in answer.facts) == [8_300, 9_400], answer.text


@pytest.mark.parametrize(
    "question", ["sabra eid al-adha 2025 sales", "sabra sales on eid al-fitr day 2026"]
)
def test_a_festival_not_held_gets_no_figure(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
