"""Two ways a question asks for less than a figure held, and is refused rather than
answered with the figure, over Gannet Cove Parks (calendar year) and Bahia Pesca (a
fishery with a catch quota) invented here:

- a span opened on a day said without its year ("rides between july 1 and the end of the
  2025 season", "attendance between april 1 and the end of 2025") is not the period that
  closes it: on 3ed23597 the first was answered with the whole season's rides and the
  second with the year's attendance (wrong answers);
- a figure's rest said as a state left undone after a verb of remaining ("how much of
  its allocation did it leave unfished", "how many went unsold") is not the figure: on
  3ed23597 the allocation itself was the answer.
- guards: the whole period is still answered, a day with its year is a date, and "left
  unchanged" says how a figure moved, never a rest."""

from __future__ import annotations

import pytest

from bot.answering import Status
from bot.answering.english.words import tokenize
from bot.answering.reading.word_roles import left_undone
from tests.answering.invented import fact, one_company, values

P, F = "Gannet Cove Parks", "Bahia Pesca"


@pytest.fixture(scope="module")
def parks(seed):
    facts = [
        fact(P, "coaster rides", "actual", "2025-05-17/2025-06-30", 1.3e6, "units", "2025-08-06"),
        fact(P, "coaster rides", "actual", "2025-05-17/2025-11-02", 3.4e6, "units", "2026-02-25"),
        fact(P, "attendance", "actual", "2025-01-01/2025-12-31", 26.9e6, "units", "2026-02-25"),
    ]
    return one_company(seed, P, "Gannet Cove", facts, "2026-02-25")


@pytest.mark.parametrize(
    "question",
    [
        "how many gannet cove coaster rides between july 1 and the end of the 2025 season",
        "gannet cove attendance between april 1 and the end of 2025",
        "gannet cove attendance from 1st april to the end of 2025",
    ],
)
def test_a_span_opened_on_a_day_unread(parks, question) -> None:
    answer = parks.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_the_whole_period_is_still_answered(parks) -> None:
    assert values(parks, "gannet cove coaster rides in the 2025 season") == [3.4e6]
    assert values(parks, "gannet cove attendance 2025") == [26.9e6]


@pytest.fixture(scope="module")
def fishery(seed):
    facts = [
        fact(
            F,
            "anchovy quota allocation",
            "actual",
            "2025-04-01/2025-07-31",
            410_400,
            "units",
            "2025-08-20",
        ),
        fact(
            F, "anchovy landed", "actual", "2025-04-01/2025-07-31", 342_720, "units", "2025-08-20"
        ),
    ]
    return one_company(seed, F, "Bahia Pesca", facts, "2025-08-20")


def test_a_rest_left_undone(fishery) -> None:
    question = "how much of its first season 2025 allocation did bahia pesca leave unfished"
    answer = fishery.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_the_allocation_is_still_answered(fishery) -> None:
    assert values(fishery, "bahia pesca anchovy quota allocation first season 2025") == [410_400]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("how many phones went unsold in q3", "unsold"),
        ("how much of the budget stayed unspent", "unspent"),
        ("was the target left unchanged", None),
        ("the target unveiled in march", None),
    ],
)
def test_what_leaves_a_rest(text, word) -> None:
    assert left_undone(text, tokenize(text)) == word
