"""A name that spells out a change the family's own word already means: "same-restaurant
sales growth" is what chat calls "comps", "like-for-like sales growth" is "LFL". The
growth word after such a family's words is part of what the short word stands for, so
"comps" covers the whole name (a channel or owner word before it still says which one).

Companies invented here. The guidance and the two-channel cases failed before (and
"same" alone read as a comparable-sales word on one development question); the others
are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

B, H, K = "Birchmoor Diners", "Hallam Outfitters", "Kiyose Drug"
Q3, YEAR = "2026-07-01/2026-09-30", "2026-01-01/2026-12-31"
STATED = "2026-10-20"

FACTS = [
    fact(B, "company-operated same-restaurant sales growth", "actual", Q3, 1.2, "percent", STATED),
    fact(B, "franchised same-restaurant sales growth", "actual", Q3, -0.6, "percent", STATED),
    fact(
        B,
        "company-operated same-restaurant sales growth",
        "forecast",
        YEAR,
        2.0,
        "percent",
        STATED,
        high=3.0,
    ),
    fact(B, "system-wide sales", "actual", Q3, 1_450_000_000, "USD", STATED),
    fact(H, "like-for-like sales growth", "actual", Q3, 3.4, "percent", STATED),
    fact(H, "revenue", "actual", Q3, 880_000_000, "GBP", STATED),
    fact(
        K, "existing-store sales growth", "actual", "2026-10-01/2026-10-31", -0.7, "percent", STATED
    ),
    fact(K, "all-store sales growth", "actual", "2026-12-01/2026-12-31", 2.2, "percent", STATED),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    names = [{"name": B, "aliases": []}, {"name": H, "aliases": []}, {"name": K, "aliases": []}]
    return engine_over(seed, bundle(names, FACTS, published=STATED))


def test_the_short_word_covers_the_name_with_its_growth_word(engine) -> None:
    # only the company-operated comps are guided: the guidance asked for is theirs
    answer = engine.ask("birchmoor 2026 comps guidance")
    assert answer.status is Status.ANSWERED, answer.text
    assert [(v.fact.value, v.fact.value_high) for v in answer.facts] == [(2.0, 3.0)]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("birchmoor franchised comps q3 2026", -0.6),
        ("hallam lfl q3 2026", 3.4),
        ("hallam like-for-like sales growth q3 2026", 3.4),
    ],
)
def test_a_channel_or_the_whole_name_still_says_which(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value]


def test_both_channels_held_and_neither_said_asks_which(engine) -> None:
    answer = engine.ask("birchmoor comps q3 2026")
    assert answer.status is Status.AMBIGUOUS, answer.text
    assert {v.fact.value for v in answer.facts} == {1.2, -0.6}


def test_same_alone_names_no_comparable_figure(engine) -> None:
    # "the same span a year later": "same" narrows a figure, never names one alone
    answer = engine.ask("birchmoor system-wide sales for the same q3 2026 period")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["system-wide sales"]


@pytest.mark.parametrize(
    "question", ["kiyose same-store sales oct 2026", "kiyose comps october 2026"]
)
def test_existing_store_sales_are_comparable_sales(engine, question) -> None:
    # (a Japanese retailer's "existing-store sales": on 19d2d969 "same-store sales" and
    # "comps" were refused, "store" read as the all-store figure's word)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [-0.7]
