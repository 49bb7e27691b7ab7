"""Chat forms of a question, over companies invented here (Tan Lam Pipes, calendar years,
a plant count at a day beside pipes sold over a quarter; a capex budget replaced):

- a request's opening ("i need …", "can you tell me …", "do you know …") says nothing of
  the figure: "i need the 135bn capex figure" asks no growth still needed;
- the period said first and the verb last ("in Q3, how many pipes did they sell?") is a
  count of what was done, as "… sell in Q3" is: never a count held at a day;
- a company's name misspelt on its first letter is a key next to it: "hong ha plastics"
  (a company the store lacks) is no "Tan Lam"'s neighbour "Hong" for "Song".

On the engine this session started from (abe89aa) "i need …" gave the budget named, not
the one before it; "in Q3, how many plants did they build?" gave the plant count held at
the quarter's end; "hong lam pipes" answered for Song Lam Pipes (wrong figures, found by a
paraphrase probe over the development sets). The other forms are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

S = "Song Lam Pipes"
Q3, Y25 = "2025-07-01/2025-09-30", "2025-01-01/2025-12-31"
FACTS = [
    fact(S, "pipes sold", "actual", Q3, 21_400, "units", "2025-10-20"),
    fact(S, "plants", "actual", "2025-09-30/2025-09-30", 9, "units", "2025-10-20"),
    fact(S, "capital expenditure", "target", Y25, 120e9, "VND", "2025-02-10"),
    fact(S, "capital expenditure", "target", Y25, 135e9, "VND", "2025-08-13"),
    fact(S, "net profit", "actual", Q3, 64e9, "VND", "2025-10-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": S, "aliases": ["Song Lam"]}], FACTS, "2025-10-20"))


@pytest.mark.parametrize(
    "opening", ["", "i need ", "can you tell me ", "do you know ", "i'd like to know "]
)
def test_a_requests_opening(engine, opening) -> None:
    answer = engine.ask(
        f"{opening}the 135bn song lam capex figure - what was the budget before that?"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 120e9, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many pipes did song lam sell in q3 2025",
        "in q3 2025, how many pipes did song lam sell?",
    ],
)
def test_the_verb_last(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 21_400, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "in q3 2025, how many plants did song lam build?",
        "how many plants did song lam build in q3 2025",
    ],
)
def test_a_count_at_a_day_is_no_count_of_what_was_done(engine, question) -> None:
    answer = engine.ask(question)
    assert not (answer.facts and answer.facts[0].fact.value == 9), answer.text


def test_a_first_letter_typed_for_a_far_key_is_another_company(engine) -> None:
    answer = engine.ask("hong lam pipes net profit in q3 2025")
    assert answer.status is not Status.ANSWERED, answer.text
