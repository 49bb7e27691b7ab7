"""What a question asks of two figures, never one of them given for it:

- a percentage asked ("what % of its kilos", "qué % de", "Japan's share of 9M sales") is
  never answered with a level alone: the share worked out, or no answer;
- "orders vs revenue ratio" is orders over revenue, as "ratio of orders to revenue" is
  (never revenue as a share of orders);
- three lines listed with slashes ("storage / transport / port %") are a mix, never the
  first over the second;
- a rate of change and a level are never set against each other ("EBITDA margin less
  revenue growth" is no figure);
- "total revenue in dollars" is never a line stated in dollars (exports) of a company
  reporting its total in another currency, nor "the order book in rupiah" a count;
- a share the company states ("Japan share of plywood sold") is the answer, never one
  worked out beside it from rounded levels.

Each was a development set's wrong answer on arrival. The ratio, the mix, the change
against a level, the count in money and the stated share fail on the engine of f6464d57
here; the two percentages and the total in dollars pass on it over this small store
(their sets' stores made the wrong pick) and, with the plain questions, are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

K = "Kerinci Panel"
M = "Malindi Reefer"
H1, Q3, NINE = "2025-01-01/2025-06-30", "2025-07-01/2025-09-30", "2025-01-01/2025-09-30"
FY = "2024-04-01/2025-03-31"

FACTS = [
    fact(K, "revenue", "actual", H1, 2_000e9, "IDR", "2025-08-28"),
    fact(K, "revenue", "actual", Q3, 950e9, "IDR", "2025-10-30"),
    fact(K, "Japan revenue", "actual", H1, 845e9, "IDR", "2025-08-28"),
    fact(K, "Japan revenue", "actual", Q3, 410e9, "IDR", "2025-10-30"),
    fact(K, "plywood sold (m3)", "actual", NINE, 300_000, "units", "2025-10-30"),
    fact(K, "export plywood sold (m3)", "actual", NINE, 255_000, "units", "2025-10-30"),
    fact(K, "order intake", "actual", NINE, 3_670e9, "IDR", "2025-10-30"),
    fact(K, "export revenue", "actual", NINE, 180e6, "USD", "2025-10-30"),
    fact(K, "revenue", "actual", NINE, 2_950e9, "IDR", "2025-10-30"),
    fact(K, "Japan plywood sold (m3)", "actual", NINE, 120_000, "units", "2025-10-30"),
    fact(K, "Japan share of plywood sold (m3)", "actual", NINE, 40.2, "percent", "2025-10-30"),
    fact(K, "order book (m3)", "actual", "2025-09-30/2025-09-30", 88_000, "units", "2025-10-30"),
    fact(M, "storage revenue", "actual", FY, 3_140e6, "KES", "2025-06-12"),
    fact(M, "transport revenue", "actual", FY, 2_220e6, "KES", "2025-06-12"),
    fact(M, "port services revenue", "actual", FY, 1_080e6, "KES", "2025-06-12"),
    fact(M, "port services revenue growth", "actual", FY, 24.7, "percent", "2025-06-12"),
    fact(M, "EBITDA margin", "actual", FY, 31.0, "percent", "2025-06-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": K, "aliases": ["Kerinci"]},
        {
            "name": M,
            "aliases": ["Malindi"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "end",
        },
    ]
    return engine_over(seed, bundle(entities, FACTS, "2025-10-30"))


@pytest.mark.parametrize(
    "question",
    [
        "kerinci japan share of sales for the nine months to sept 2025",
        "qué % de los m3 vendió kerinci como export en los 9m 2025",
    ],
)
def test_a_percentage_asked_is_never_a_level(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED or "%" in answer.text, answer.text


def test_a_vs_b_ratio_is_a_over_b(engine) -> None:
    for question in [
        "kerinci 9m 2025 orders vs revenue ratio",
        "kerinci ratio of orders to revenue 9m 2025",
    ]:
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED, answer.text
        assert "1.24" in answer.text, answer.text  # (3,670 over 2,950)


def test_three_lines_listed_with_slashes_are_no_ratio(engine) -> None:
    answer = engine.ask("malindi revenue mix fy25: storage / transport / port %")
    assert answer.status is not Status.ANSWERED or "1.41" not in answer.text, answer.text
    ratio = engine.ask("malindi storage / transport revenue fy25")  # (a guard: two is a ratio)
    assert "1.41" in ratio.text, ratio.text


def test_a_change_and_a_level_are_never_set_against_each_other(engine) -> None:
    answer = engine.ask("malindi ebitda margin vs port services revenue growth fy25, gap")
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_total_asked_in_a_currency_is_never_a_line_stated_in_it(engine) -> None:
    answer = engine.ask("kerinci 9m 2025 total revenue in us dollars")
    assert answer.status is not Status.ANSWERED, answer.text
    line = engine.ask("kerinci 9m 2025 export revenue in us dollars")  # (a guard)
    assert [v.fact.value for v in line.facts] == [180e6], line.text


def test_a_count_asked_in_money_is_no_count(engine) -> None:
    answer = engine.ask("value of kerinci's order book in rupiah at end sept 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    count = engine.ask("kerinci order book end sept 2025")  # (a guard)
    assert [v.fact.value for v in count.facts] == [88_000], count.text


def test_a_share_the_company_states_is_the_answer(engine) -> None:
    answer = engine.ask("what % of kerinci plywood volume was japan in 9m 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [40.2], answer.text
