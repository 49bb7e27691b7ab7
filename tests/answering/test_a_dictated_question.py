"""Questions dictated to a phone, over a company invented here (Corrow Hospitals, a
private-hospital group whose fiscal year ends in June, named by its end year): numbers
said in words wherever they stand ("one point two billion", "thirty june twenty twenty
five", "two thousand beds"), a period's letters heard as words ("queue three", "hey
two"), and words heard for others that sound the same ("sails", "prophet", "revenew").

Before 2026-12-06 each was refused for a word nothing explained, or read "two thousand
beds" as the year 2000 (a development set of voice-typed chat: 68 of 93 answered, 82
after). Guards: a word that sounds like none of the store's stays unexplained, a word
starting with another letter is never taken for a store word ("cells" is no "sales"), a
typed question's unknown word is a name the store lacks, never a word heard for another
("honda", "soles" of development sets), and a lone number word keeps its meaning.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

T = "Corrow Hospitals"
FY25 = "2024-07-01/2025-06-30"
H1 = "2024-07-01/2024-12-31"
H2 = "2025-01-01/2025-06-30"
Q3 = "2025-01-01/2025-03-31"
JUNE30 = "2025-06-30/2025-06-30"
FACTS = [
    fact(T, "revenue", "actual", FY25, 2.47e9, "AUD", "2025-08-27"),
    fact(T, "revenue", "actual", H2, 1.25e9, "AUD", "2025-08-27"),
    fact(T, "net profit", "actual", H1, 61.2e6, "AUD", "2025-02-20"),
    fact(T, "pathology sales", "actual", Q3, 88.4e6, "AUD", "2025-04-29"),
    fact(T, "operating beds", "actual", JUNE30, 2140, "units", "2025-08-27"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {
        "name": T,
        "aliases": ["Corrow"],
        "fiscal_year_end": "06-30",
        "fiscal_year_named_by": "end",
    }
    return engine_over(seed, bundle([entity], FACTS, "2025-08-27"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what was corrow revenew four the year fy twenty five", 2.47e9),
        ("corrow net prophet first half of fy twenty five", 61.2e6),
        ("corrow pathology sails queue three fy twenty five", 88.4e6),
        ("corrow revenue hey two fy twenty five", 1.25e9),
        ("how many beds did corrow have at thirty june twenty twenty five", 2140),
        ("um were corrow over two thousand beds at thirty june twenty twenty five", 2140),
    ],
)
def test_a_dictated_question_is_answered(engine: Engine, question: str, value: float):
    assert values(engine, question) == [value]


@pytest.mark.parametrize(
    "question",
    [
        "corrow widgetry revenue fy twenty five",
        "corrow cells fy twenty five",
        # typed, its numbers in digits: an unknown word is a name the store lacks
        "corrow pathology sails q3 fy25",
    ],
)
def test_a_word_heard_for_nothing_stays_unexplained(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("one point two billion", "1.2 billion"),
        ("two thousand beds", "2,000 beds"),
        ("q three twenty twenty five", "q3 2025"),
        ("which one was bigger", "which one was bigger"),
        ("the three months to june", "the three months to june"),
    ],
)
def test_numbers_said_in_words_are_written_in_digits(said: str, written: str):
    from bot.answering.reading.spoken_numbers import every_number_in_digits

    assert every_number_in_digits(said) == written
