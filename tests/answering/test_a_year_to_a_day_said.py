"""'The year to 20/9/25' of a company counting its year in weeks (52 weeks to 27 September
2025), which also states a figure for the 51 weeks to 20 September: the day said picks
that figure, never the 52-week year that the month (September) stands for; a month said
alone, or the year's own last day, still picks the year. Over a company invented here
(Harbourgate Inns, GBP, a year to late September named by its end).

On b97a921a the day was read only as the month it stands for and the 52-week year's
4.5% answered where 4.6% was asked (a wrong answer in a development set)."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from bot.facts.periods import find_periods
from tests.answering.invented import fact, one_company

H = "Harbourgate Inns"
FACTS = [
    fact(
        H,
        "like-for-like sales growth",
        "actual",
        "2024-09-29/2025-09-20",
        4.6,
        "percent",
        "2025-09-24",
    ),
    fact(
        H,
        "like-for-like sales growth",
        "actual",
        "2024-09-29/2025-09-27",
        4.5,
        "percent",
        "2025-11-20",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, H, "Harbourgate", FACTS, "2025-11-20", "09-30", "end")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("harbourgate lfl in the year to 20/9/25", 4.6),
        ("how did harbourgate's like for likes do in the year to 20 september 2025?", 4.6),
        ("harbourgate lfl in the year to 27/9/25", 4.5),
        ("harbourgate lfl in the year to september 2025", 4.5),
        ("harbourgate lfl fy25", 4.5),
    ],
)
def test_the_day_said_picks_the_weeks_ending_then(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_the_phrase_keeps_its_day() -> None:
    (mention,) = find_periods("the year to 20 September 2025")
    assert str(mention.ref.ends_on) == "2025-09-20"
    (mention,) = find_periods("the year to September 2025")
    assert mention.ref.ends_on is None
    # ("mid-July" stands for the middle of the month, no day the phrase names)
    (mention,) = find_periods("the year to mid-July 2025")
    assert mention.ref.ends_on is None
