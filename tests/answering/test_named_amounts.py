"""A figure named by its amount, over a company invented here (Pell Ridge Foods, calendar
year): "the 640m EBITDA, what was it the year before?" counts the year from that figure;
"they did €1.11bn in Q2, the same quarter a year earlier?" asks of the series the amount
names; "the 4.2bn revenue" that no figure states is said to be missing, never answered
with another revenue figure. And two neighbours of naming, over a hotel group invented here
(Corvina Hotels): "revenue growth %" is plain revenue's, never a narrower line's stated
growth; "did Corvina's shares move" names shares, which the store lacks; "open rooms" said
word for word is the count of rooms open, not the "rooms opened" in a period."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

PELL = "Pell Ridge Foods"
FY25, FY24 = "2025-01-01/2025-12-31", "2024-01-01/2024-12-31"
Q2, Q2_24, Q1 = "2025-04-01/2025-06-30", "2024-04-01/2024-06-30", "2025-01-01/2025-03-31"
H1 = "2025-01-01/2025-06-30"
FACTS = [
    fact(PELL, "revenue", "actual", FY25, 4.1e9, "EUR", "2026-02-20"),
    fact(PELL, "revenue", "actual", FY24, 3.8e9, "EUR", "2026-02-20"),
    fact(PELL, "revenue", "actual", Q2, 1.11e9, "EUR", "2025-07-30"),
    fact(PELL, "revenue", "actual", Q2_24, 1.07e9, "EUR", "2025-07-30"),
    fact(PELL, "revenue", "actual", Q1, 1.02e9, "EUR", "2025-04-30"),
    fact(PELL, "revenue", "actual", H1, 2.13e9, "EUR", "2025-07-30"),
    fact(PELL, "EBITDA", "actual", FY25, 640e6, "EUR", "2026-02-20"),
    fact(PELL, "Dairy revenue", "actual", H1, 820e6, "EUR", "2025-07-30"),
    fact(PELL, "Snacks revenue", "actual", H1, 690e6, "EUR", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, PELL, "Pell", FACTS, "2026-02-20")


def values(answer) -> list[float]:
    return [v.fact.value for v in answer.facts]


def test_the_year_before_counts_from_the_figure_named(engine) -> None:
    # (the year before FY2025 holds no EBITDA: never FY2025's own figure for it)
    answer = engine.ask("the 640m ebitda - what was it the year before?")
    assert answer.status is Status.UNKNOWN, answer.text
    revenue = engine.ask("pell's 4.1bn revenue, what was it the year before?")
    assert values(revenue)[:1] == [3.8e9], revenue.text


def test_an_amount_without_a_metric_names_the_series_asked_of(engine) -> None:
    for question in (
        "pell did €1.11bn in q2 2025 - what was the same quarter a year earlier?",
        "the 1.11bn quarter at pell, what was it a year earlier?",
    ):
        answer = engine.ask(question)
        assert values(answer)[:1] == [1.07e9], (question, answer.text)
    before = engine.ask("the 1.11bn quarter at pell - and the quarter before?")
    assert values(before)[:1] == [1.02e9], before.text


def test_an_amount_no_figure_states_is_said_missing(engine) -> None:
    for question in ("what was pell's 4.2bn revenue from?", "is the 620m figure pell's dairy?"):
        answer = engine.ask(question)
        assert answer.status is Status.UNKNOWN, (question, answer.text)
        assert "I have no figure of" in answer.text and "units" not in answer.text.split(".")[0]


def test_a_figure_said_rounded_or_as_a_threshold_still_answers(engine) -> None:
    rounded = engine.ask("pell's 4bn revenue in 2025, what was it exactly?")
    assert values(rounded)[:1] == [4.1e9], rounded.text
    named = engine.ask("where does pell's 4.1bn figure come from?")
    assert values(named)[:1] == [4.1e9], named.text
    # an amount set against a figure names no figure
    passed = engine.ask("did pell revenue pass 4bn in 2025?")
    assert passed.status is Status.ANSWERED and 4.1e9 in values(passed), passed.text


DEC, MAR, Q1_26 = "2025-12-31/2025-12-31", "2026-03-31/2026-03-31", "2025-10-01/2025-12-31"


@pytest.fixture(scope="module")
def hotels(seed) -> Engine:
    h1, h1_24 = "2025-10-01/2026-03-31", "2024-10-01/2025-03-31"
    facts = [
        fact("Corvina Hotels", "revenue", "actual", h1, 3.31e9, "GBP", "2026-05-19"),
        fact("Corvina Hotels", "revenue", "actual", h1_24, 3.1e9, "GBP", "2026-05-19"),
        fact("Corvina Hotels", "fee revenue growth", "actual", h1, 8.1, "%", "2026-05-19"),
        fact("Corvina Hotels", "fee revenue", "actual", h1, 0.7e9, "GBP", "2026-05-19"),
        fact("Corvina Hotels", "Americas RevPAR growth", "actual", h1, 1.4, "%", "2026-05-19"),
        fact("Corvina Hotels", "open rooms", "actual", DEC, 201_500, "units", "2026-01-28"),
        fact("Corvina Hotels", "open rooms", "actual", MAR, 205_900, "units", "2026-05-19"),
        fact("Corvina Hotels", "rooms opened", "actual", Q1_26, 5_100, "units", "2026-01-28"),
        fact("Corvina Hotels", "rooms opened", "actual", h1, 9_300, "units", "2026-05-19"),
    ]
    return one_company(seed, "Corvina Hotels", "Corvina", facts, "2026-05-19")


def test_growth_in_percent_of_the_line_said_not_a_narrower_one(hotels) -> None:
    # "revenue growth": worked out from revenue, never the stated growth of fee revenue
    answer = hotels.ask("corvina revnue growth oct 2025 to mar 2026 in %")
    assert [v.fact.value for v in answer.facts[:2]] == [3.31e9, 3.1e9], answer.text
    assert "6.8%" in answer.text, answer.text
    fee = hotels.ask("corvina fee revenue growth oct 2025 to mar 2026 in %")
    assert values(fee)[:1] == [8.1], fee.text


def test_a_word_after_a_possessive_names_a_thing(hotels) -> None:
    # ("did Corvina's shares move": shares are owned, not a verb the auxiliary waits for)
    answer = hotels.ask("how much did corvina's shares move after the results?")
    assert answer.status is Status.UNKNOWN and "shares" in answer.text, answer.text


def test_a_change_from_the_figure_named(engine) -> None:
    # the named figure is the base; the period asked (else the latest after it) is set
    # against it, never the same period a year earlier
    higher = engine.ask("the 1.02bn q1 number - how much higher was q2 2025 revenue than that?")
    assert values(higher)[:2] == [1.11e9, 1.02e9], higher.text
    assert "€90 million" in higher.text, higher.text
    since = engine.ask("the €1.07bn revenue figure - how much has it grown since then?")
    assert values(since)[:2] == [1.11e9, 1.07e9], since.text  # the latest quarter, no year
    alone = engine.ask("the €640m ebitda figure - how much did it grow since then?")
    assert alone.status is Status.UNKNOWN, alone.text


def test_a_metric_said_word_for_word_among_alike_ones(hotels) -> None:
    net = hotels.ask("how many open rooms did corvina add, net, jan to mar 2026")
    assert values(net)[:2] == [205_900, 201_500], net.text
    opened = hotels.ask("how many rooms did corvina open jan to mar 2026")
    assert 9_300 in values(opened) and 5_100 in values(opened), opened.text


def test_an_amount_unlike_the_one_a_metric_is_named_by(seed) -> None:
    """A count named by a threshold answers only for that threshold."""
    at = "2025-10-31/2025-10-31"
    engine = one_company(
        seed,
        "Tallis Cloud",
        "Tallis",
        [
            fact(
                "Tallis Cloud",
                "customers over $100k ARR",
                "actual",
                at,
                1510,
                "units",
                "2025-12-02",
            )
        ],
        "2025-12-02",
    )
    other = engine.ask("tallis customers over $1m arr at 31 oct 2025")
    assert other.status is Status.UNKNOWN and "$100k" in other.text, other.text
    same = engine.ask("how many $100k customers did tallis have at 31 oct 2025")
    assert values(same) == [1510], same.text


def test_a_half_against_the_year_befores_added_up_from_its_quarters(seed) -> None:
    """The later half stated whole, the earlier one only as its two quarters."""
    h1, q1, q2 = "2025-01-01/2025-06-30", "2024-01-01/2024-03-31", "2024-04-01/2024-06-30"
    facts = [
        fact("Brisa Foods", "revenue", "actual", h1, 2.13e9, "EUR", "2025-07-30"),
        fact("Brisa Foods", "revenue", "actual", q1, 0.98e9, "EUR", "2024-04-30"),
        fact("Brisa Foods", "revenue", "actual", q2, 1.07e9, "EUR", "2024-07-30"),
    ]
    engine = one_company(seed, "Brisa Foods", "Brisa", facts, "2025-07-30")
    asked = ("brisa h1 2025 revenue growth yoy", "how much did brisa's h1 2025 revenue grow")
    for question in asked:
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED and "€80 million" in answer.text, answer.text
