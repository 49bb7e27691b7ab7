"""'How many broadband subs did they add in Q3' of a company stating its "broadband net
additions" for Q3 beside its subscribers at each quarter's end: the additions it states,
quoted in its own words, never a change worked out from two counts (the same figure, but
not the company's sentence). Over companies invented here (calendar years).

On the engine before this change the two counts were the answer ("went up 52,000 from
30 Jun 2025 to 30 Sep 2025"), each end cited, and the sentence that states the additions
never. A quarter whose additions go unstated is still worked out from the counts, and
additions named for another kind of count ("postpaid") never answer for the whole
(guards)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Kestrelnet"
Q3 = "2025-07-01/2025-09-30"
MAR, JUN, SEP = "2025-03-31/2025-03-31", "2025-06-30/2025-06-30", "2025-09-30/2025-09-30"
FACTS = [
    fact(C, "broadband subscribers", "actual", MAR, 900_000, "units", "2025-05-01"),
    fact(C, "broadband subscribers", "actual", JUN, 930_000, "units", "2025-08-01"),
    fact(C, "broadband subscribers", "actual", SEP, 982_000, "units", "2025-11-01"),
    fact(C, "broadband net additions", "actual", Q3, 52_000, "units", "2025-11-01"),
    fact(C, "mobile subscribers", "actual", JUN, 2_400_000, "units", "2025-08-01"),
    fact(C, "mobile subscribers", "actual", SEP, 2_380_000, "units", "2025-11-01"),
    fact(C, "postpaid net additions", "actual", Q3, 15_000, "units", "2025-11-01"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Kestrel"]}], FACTS, "2025-11-01"))


@pytest.mark.parametrize(
    "question",
    [
        "how many broadband subs did kestrel add in q3 2025",
        "kestrel broadband subscribers added in 3q25",
    ],
)
def test_the_stated_additions_answer(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["broadband net additions"], answer.text
    assert answer.facts[0].fact.value == 52_000, answer.text


def test_a_quarter_unstated_is_worked_out_from_the_counts(engine) -> None:  # (guard)
    answer = engine.ask("how many broadband subs did kestrel add in q2 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [900_000, 930_000], answer.text


def test_another_kinds_additions_never_answer_for_the_whole(engine) -> None:  # (guard)
    answer = engine.ask("how many mobile subs did kestrel lose in q3 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "postpaid" not in answer.text.lower(), answer.text
    assert sorted(v.fact.value for v in answer.facts) == [2_380_000, 2_400_000], answer.text


def test_a_change_between_two_days_is_the_counts(engine) -> None:  # (guard)
    question = "how much did kestrel broadband subs grow between end of q2 and end of q3 2025"
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [930_000, 982_000], answer.text
