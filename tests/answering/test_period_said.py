"""The period a question says picks among figures that fit alike, over a company invented
here (Nakdong Devices, calendar year): "the 2025 smartphone target" is the year's target,
never a quarter's forecast range of the same count; a year before the thing counted is a
year, not an amount. An
average or a rate (RevPAR, a price per unit) is never a half less a quarter, as a revenue
figure is."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

N = "Nakdong Devices"
Y25, Q4, Q2, H1 = (
    "2025-01-01/2025-12-31",
    "2025-10-01/2025-12-31",
    "2025-04-01/2025-06-30",
    "2025-01-01/2025-06-30",
)
Q1 = "2025-01-01/2025-03-31"
FACTS = [
    fact(N, "RevPAR", "actual", H1, 81.4, "GBP", "2025-07-30"),
    fact(N, "RevPAR", "actual", Q1, 84.2, "GBP", "2025-04-30"),
    fact(N, "average selling price", "actual", H1, 410, "USD", "2025-07-30"),
    fact(N, "average selling price", "actual", Q1, 420, "USD", "2025-04-30"),
    fact(N, "order intake", "actual", H1, 5.1e9, "USD", "2025-07-30"),
    fact(N, "order intake", "actual", Q1, 2.4e9, "USD", "2025-04-30"),
    fact(N, "smartphone shipments", "target", Y25, 47e6, "units", "2025-01-30"),
    fact(N, "smartphone shipments", "target", Y25, 44e6, "units", "2025-10-30"),
    fact(N, "smartphone shipments (low end)", "forecast", Q4, 10e6, "units", "2025-10-30"),
    fact(N, "smartphone shipments (high end)", "forecast", Q4, 11e6, "units", "2025-10-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, N, "Nakdong", FACTS, "2025-10-30")


def test_a_year_before_the_thing_counted_is_the_period(engine) -> None:
    answer = engine.ask("what's nakdong's current 2025 smartphone shipment target")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 44e6, answer.text


@pytest.mark.parametrize(
    "question", ["nakdong revpar q2 2025", "nakdong average selling price q2 2025"]
)
def test_an_average_is_never_a_half_less_a_quarter(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text


def test_an_amount_is_a_half_less_a_quarter(engine) -> None:
    answer = engine.ask("nakdong order intake q2 2025")
    assert answer.status is Status.ANSWERED and "2.7 billion" in answer.text, answer.text


def test_no_company_named_the_one_holding_the_period_said(engine) -> None:
    # the seed's company counts smartphones too, but holds no 2025 figure
    answer = engine.ask("what was the 2025 smartphone shipments target?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.entity == N and answer.facts[0].fact.value == 44e6, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "nakdong order intake jan-mar 2025 (q1 2025)",
        "nakdong order intake q1 2025, the march qtr",
    ],
)
def test_one_period_said_twice_is_one_period(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [2.4e9], answer.text


def test_a_compound_said_names_its_term(seed) -> None:
    """'book-to-bill' without 'ratio' is the ratio, never the orders its first word names."""
    q3 = "2025-07-01/2025-09-30"
    facts = [
        fact("Rhenfeld Werke", "book-to-bill ratio", "actual", q3, 1.12, "units", "2025-11-06"),
        fact("Rhenfeld Werke", "order intake", "actual", q3, 0.87e9, "EUR", "2025-11-06"),
    ]
    engine = one_company(seed, "Rhenfeld Werke", "Rhenfeld", facts, "2025-11-06")
    for question in ("rhenfeld book-to-bill q3 2025", "what was rhenfeld's book to bill in q3 25"):
        answer = engine.ask(question)
        assert [v.fact.value for v in answer.facts] == [1.12], (question, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "what was actually the original 2025 smartphone shipments target for nakdong",
        "what's actually nakdong's q4 2025 smartphone shipments range",
    ],
)
def test_actually_as_a_hedge_before_an_expectation(engine, question) -> None:
    """'actually' hedges: beside a range or an original it asks for no actual figure."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.kind.value in ("target", "forecast"), answer.text


def test_since_launch_is_never_one_quarters_figure(seed) -> None:
    """'since launch' asks for a running total: where the words miss it, one quarter's
    count is no answer."""
    q1 = "2025-01-01/2025-03-31"
    facts = [fact("Tuki Cycles", "e-bikes sold", "actual", q1, 7_300, "units", "2025-04-20")]
    engine = one_company(seed, "Tuki Cycles", "Tuki", facts, "2025-04-20")
    answer = engine.ask("how many e-bikes has tuki sold since launch?")
    assert answer.status is not Status.ANSWERED, answer.text
    quarter = engine.ask("how many e-bikes did tuki sell in q1 2025?")
    assert [v.fact.value for v in quarter.facts] == [7_300], quarter.text
