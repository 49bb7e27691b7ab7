"""A season named by its number in a year, over a fishing company invented here
(Caleta Azul Pesquera; calendar year; anchovy landed and fishmeal sold for the year and
for the year's first fishing season, April – July):

- "fishmeal sold in the first season 2025", "anchovy landed in the 2nd fishing season of
  2025" name one of a year's seasons, which no period reading names: the year's whole
  figure is no answer, and nothing is answered;
- the year asked plainly is answered as before.

On the engine this session started from (8c847878) the first was answered with the
year's figure (wrong answers of this kind in a development set written that day by a
helper who read no engine code); the others are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

C = "Caleta Azul Pesquera"
Y25, FIRST = "2025-01-01/2025-12-31", "2025-04-01/2025-07-31"
FACTS = [
    fact(C, "anchovy landed", "actual", Y25, 863_280, "units", "2026-02-26"),
    fact(C, "anchovy landed", "actual", FIRST, 342_720, "units", "2026-02-26"),
    fact(C, "fishmeal sales volume", "actual", Y25, 192_620, "units", "2026-02-26"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, C, "Caleta Azul", FACTS, "2026-02-26")


@pytest.mark.parametrize(
    "question",
    [
        "how much fishmeal did caleta azul sell during the first season 2025",
        "anchovy landed by caleta azul in the 2nd fishing season of 2025",
    ],
)
def test_a_numbered_season_is_never_the_year(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert not answer.facts


def test_the_year_asked_plainly(engine) -> None:
    answer = engine.ask("caleta azul anchovy landed 2025")
    assert [v.fact.value for v in answer.facts] == [863_280]
