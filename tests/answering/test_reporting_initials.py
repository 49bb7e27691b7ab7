"""Reporting terms said by their initials ("cc" for constant currency, "fcf" for free cash
flow), and a growth rate's own guidance, over a company invented here (Halden Systems,
fiscal year April – March named by its end year)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, one_company

H = "Halden Systems"
Q3, FY25, FY26 = "2024-10-01/2024-12-31", "2024-04-01/2025-03-31", "2025-04-01/2026-03-31"
FACTS = [
    fact(H, "constant currency revenue growth", "actual", Q3, 5.6, "percent", "2025-01-16"),
    fact(H, "revenue growth", "actual", Q3, 6.8, "percent", "2025-01-16"),
    fact(H, "BFSI constant currency revenue growth", "actual", Q3, 7.2, "percent", "2025-01-16"),
    fact(H, "free cash flow", "actual", FY25, 1.9e9, "USD", "2025-04-17"),
    fact(H, "steel shipped", "actual", FY25, 2.1e6, "units", "2025-04-17"),
    fact(H, "revenue", "actual", Q3, 1.25e9, "USD", "2025-01-16"),
    fact(H, "revenue", "actual", "2024-07-01/2024-09-30", 1.20e9, "USD", "2024-10-17"),
    fact(H, "EUR revenue", "actual", Q3, 1.15e9, "EUR", "2025-01-16"),
    fact(H, "revenue", "actual", FY25, 5.0e9, "USD", "2025-04-17"),
    fact(H, "revenue", "actual", "2025-01-01/2025-03-31", 1.3e9, "USD", "2025-04-17"),
    fact(
        H,
        "constant currency revenue growth (low end)",
        "forecast",
        FY26,
        1.5,
        "percent",
        "2025-04-17",
    ),
    fact(
        H,
        "constant currency revenue growth (high end)",
        "forecast",
        FY26,
        3.5,
        "percent",
        "2025-04-17",
    ),
]
ENTITY = {
    "name": H,
    "aliases": ["Halden"],
    "fiscal_year_end": "03-31",
    "fiscal_year_named_by": "end",
}


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([ENTITY], FACTS, "2025-04-17"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the whole company's rate: the initials say "constant currency", no segment
        ("halden yoy cc growth q3 fy25", 5.6),
        ("halden cc revenue growth in q3 fy25", 5.6),
        ("halden bfsi cc growth q3 fy25", 7.2),
        ("halden revenue growth q3 fy25", 6.8),
        ("halden fcf fy25", 1.9e9),
        # a unit of mass says how a figure was measured, not what was counted
        ("how many tonnes of steel did halden ship in fy25", 2.1e6),
        ("halden fy25 kgs of steel shipped", 2.1e6),
        # the word for a segment, and a reflexive, name nothing
        ("halden bfsi vertical cc growth q3 fy25", 7.2),
        ("how much did halden's bfsi business itself grow in cc terms in q3 fy25", 7.2),
        ("halden fy25 free cash flow in crore", 1.9e9),
        # a growth rate's guidance is the rate expected, not a revision of it
        ("whats halden's fy26 cc revenue growth guidance low end", 1.5),
        ("halden fy26 constant currency revenue growth guidance top end", 3.5),
    ],
)
def test_a_term_said_by_its_initials(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "halden revenue qoq q3 fy25",
        "halden q3 fy25 revenue growth qoq",
        "halden q3 fy25 sales qoq %",
    ],
)
def test_qoq_is_growth_against_the_quarter_before(engine, question) -> None:
    """Never the rate stated year on year (6.8%): the quarter against the one before."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[:2]] == [1.25e9, 1.20e9], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("halden revenue in q3 fy25", 1.25e9),  # no currency named: the company's own
        ("halden q3 fy25 revenue in euro terms", 1.15e9),
        ("Q3FY25 eur revenue halden", 1.15e9),
    ],
)
def test_a_currency_named_picks_the_figure_in_it(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


def test_a_part_taken_out_of_its_period_leaves_the_rest(engine) -> None:
    answer = engine.ask("halden fy25 revenue excluding q4")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[:2]] == [5.0e9, 1.3e9], answer.text
    assert "Apr – Dec 2024" in answer.text, answer.text
    # a quarter from the middle leaves two spans: the year less the quarter, never a
    # growth of one against the other ("outside" takes it out too; on 2de7fc9 this was
    # refused, and "outside" answered the quarter alone)
    for question in ("halden fy25 revenue excluding q2", "halden fy25 revenue outside q2"):
        inside = engine.ask(question)
        assert inside.status is Status.ANSWERED, inside.text
        assert inside.intent == "difference", inside.text
        assert "$3.8 billion" in inside.text and "outside" in inside.text, inside.text


def test_leading_months_run_to_the_month_named_after_the_figure(engine) -> None:
    """'9m revenue to December 2024': nine months ending then, carved from the year."""
    answer = engine.ask("halden 9m revenue to december 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[:2]] == [5.0e9, 1.3e9], answer.text


def test_one_figure_named_twice_is_no_difference_of_two_metrics(engine) -> None:
    """'revenue less revenue' across two periods: never EUR revenue less another."""
    answer = engine.ask("halden q3 fy25 revenue less q2 fy25 revenue")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts[:2]] == ["revenue", "revenue"], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "halden q2 revenue, the prior quarter (q2 fy25)",
        "halden q2 revenue for the prior year (q2 fy25)",
        # a relative head on the part, the part restated in brackets after the metric
        "halden revenue in the year-ago september quarter (q2 fy25)",
        "halden q2 revenue the year before (jul-sep 2024)",
        # a relative period after a named one counts from it, the amount said only context
        "halden revenue for q3 fy25, what was it the quarter before?",
        "halden said revenue was $1.25bn for q3 fy25, what was it the quarter before?",
    ],
)
def test_a_period_restated_is_one_period(engine, question) -> None:
    """A relative phrase with the period it means in brackets, a part named twice: one
    figure, never a growth of one against the other."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [1.20e9], answer.text


def test_a_year_against_a_quarter_inside_it_is_no_growth(engine) -> None:
    answer = engine.ask("halden fy25 revenue vs q2 fy25 revenue")
    assert answer.status is not Status.ANSWERED, answer.text


def test_initials_that_are_no_term_of_the_store_name_nothing_held(engine) -> None:
    """'ocf' (operating cash flow) is not free cash flow: never answered with it."""
    answer = engine.ask("halden ocf fy25")
    assert answer.status is not Status.ANSWERED, answer.text


def test_initials_pass_over_small_linking_words(seed) -> None:
    """'RASM' is 'revenue per available seat mile' (the 'per' passed over), and initials
    the store's own names hold are never respelt toward a currency's ('ARS m')."""
    q1 = "2025-01-01/2025-03-31"
    facts = [
        fact(
            "Gannet Air",
            "revenue per available seat mile",
            "actual",
            q1,
            0.1421,
            "USD",
            "2025-04-24",
        ),
        fact("Gannet Air", "total operating revenue", "actual", q1, 612.4e6, "USD", "2025-04-24"),
    ]
    engine = one_company(seed, "Gannet Air", "Gannet", facts, "2025-04-24")
    for question in ("gannet RASM q1 2025", "gannet rasm for the jan-mar quarter 2025"):
        answer = engine.ask(question)
        assert [v.fact.value for v in answer.facts] == [0.1421], answer.text
