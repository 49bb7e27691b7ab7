"""Period notations in questions, one table over three companies invented here:

- Dunmore Tools, calendar years;
- Marlow Foods, fiscal year to June named by its end year (FY2025 = Jul 2024 - Jun 2025);
- Hartwell Outdoor, a retailer whose 52/53-week year ends near 31 January, named by its
  start year (FY2024 = Feb 2024 - Jan 2025), which reports holiday spans in weeks;
- Fenwick Books, fiscal year to February, whose quarters split the holiday season.

A notation without a year ('9m sales', 'h1', 'ytd') is the latest such period the store
holds for that company and metric, in the company's own (fiscal) naming; the answer says
which period it is."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

D, M, H, F = "Dunmore Tools", "Marlow Foods", "Hartwell Outdoor", "Fenwick Books"

FACTS = [
    fact(D, "revenue", "actual", "2024-01-01/2024-09-30", 7.1e9, "USD", "2024-10-30"),
    fact(D, "revenue", "actual", "2025-01-01/2025-06-30", 5.0e9, "USD", "2025-07-30"),
    fact(D, "revenue", "actual", "2025-07-01/2025-09-30", 2.6e9, "USD", "2025-10-30"),
    fact(D, "revenue", "actual", "2025-01-01/2025-09-30", 7.6e9, "USD", "2025-10-30"),
    fact(D, "revenue", "actual", "2024-01-01/2024-12-31", 9.8e9, "USD", "2025-02-10"),
    fact(D, "revenue", "actual", "2024-10-01/2024-12-31", 2.7e9, "USD", "2025-02-10"),
    fact(D, "revenue", "actual", "2024-11-03/2025-01-04", 1.5e9, "USD", "2025-01-09"),
    fact(M, "revenue", "actual", "2023-07-01/2024-06-30", 4.1e9, "AUD", "2024-08-20"),
    fact(M, "revenue", "actual", "2024-07-01/2024-12-31", 2.2e9, "AUD", "2025-02-18"),
    fact(M, "revenue", "actual", "2024-10-01/2024-12-31", 1.15e9, "AUD", "2025-02-18"),
    fact(M, "revenue", "actual", "2025-01-01/2025-03-31", 1.05e9, "AUD", "2025-04-22"),
    fact(M, "revenue", "actual", "2024-07-01/2025-03-31", 3.25e9, "AUD", "2025-04-22"),
    fact(M, "revenue", "actual", "2025-04-01/2025-06-30", 1.1e9, "AUD", "2025-08-19"),
    fact(M, "revenue", "actual", "2025-01-01/2025-06-30", 2.15e9, "AUD", "2025-08-19"),
    fact(M, "revenue", "actual", "2024-07-01/2025-06-30", 4.35e9, "AUD", "2025-08-19"),
    fact(H, "net sales", "actual", "2023-02-01/2024-01-31", 6.0e9, "USD", "2024-03-12"),
    fact(H, "net sales", "actual", "2024-02-01/2025-01-31", 6.3e9, "USD", "2025-03-11"),
    fact(H, "net sales", "actual", "2024-02-01/2024-07-31", 2.7e9, "USD", "2024-09-03"),
    fact(H, "net sales", "actual", "2024-08-01/2024-10-31", 1.4e9, "USD", "2024-12-03"),
    fact(H, "net sales", "actual", "2024-02-01/2024-10-31", 4.1e9, "USD", "2024-12-03"),
    fact(H, "net sales", "actual", "2024-09-01/2025-01-04", 2.9e9, "USD", "2025-01-09"),
    fact(H, "net sales", "actual", "2024-11-03/2025-01-04", 1.9e9, "USD", "2025-01-09"),
    fact(H, "net sales", "actual", "2024-11-01/2025-01-31", 2.2e9, "USD", "2025-03-11"),
    fact(M, "order backlog", "actual", "2024-06-30/2024-06-30", 800e6, "AUD", "2024-08-20"),
    fact(M, "order backlog", "actual", "2025-06-30/2025-06-30", 900e6, "AUD", "2025-08-19"),
    fact(M, "order backlog", "actual", "2025-09-30/2025-09-30", 950e6, "AUD", "2025-10-20"),
    # a year to February splits the holiday season between two quarters
    fact(F, "revenue", "actual", "2024-09-01/2024-11-30", 310e6, "GBP", "2025-01-10"),
    fact(F, "revenue", "actual", "2024-12-01/2025-02-28", 290e6, "GBP", "2025-04-10"),
]
ENTITIES = [
    {"name": D, "aliases": ["Dunmore"]},
    {"name": M, "aliases": ["Marlow"], "fiscal_year_end": "06-30", "fiscal_year_named_by": "end"},
    {
        "name": H,
        "aliases": ["Hartwell"],
        "fiscal_year_end": "01-31",
        "fiscal_year_named_by": "start",
    },
    {"name": F, "aliases": ["Fenwick"], "fiscal_year_end": "02-28", "fiscal_year_named_by": "end"},
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2025-10-30"))


@pytest.mark.parametrize(
    ("question", "period", "said"),
    [
        # a part of a year with no year: the latest one held, named in the answer
        ("what were dunmore's 9m sales", "2025-01-01/2025-09-30", "Sep 2025"),
        ("dunmore nine-month revenue", "2025-01-01/2025-09-30", "Sep 2025"),
        ("marlow 9m revenue", "2024-07-01/2025-03-31", "Mar 2025"),
        ("marlow h1 revenue", "2024-07-01/2024-12-31", "H1 FY2025"),
        ("hartwell q3 net sales", "2024-08-01/2024-10-31", "Q3 FY2024"),
        ("hartwell sales for the first nine months", "2024-02-01/2024-10-31", "Oct 2024"),
        ("dunmore 6m revenue", "2025-01-01/2025-06-30", "H1 2025"),
        # year to date: the months since the (fiscal) year began, the latest held
        ("dunmore ytd revenue", "2025-01-01/2025-09-30", "Sep 2025"),
        ("dunmore revenue so far this year", "2025-01-01/2025-09-30", "Sep 2025"),
        ("marlow year-to-date revenue", "2024-07-01/2025-03-31", "Mar 2025"),
        # halves and quarters of a named fiscal year, and of a month
        ("marlow revenue in the back half of fiscal 2025", "2025-01-01/2025-06-30", "H2"),
        ("marlow revenue in the second half of FY25", "2025-01-01/2025-06-30", "H2"),
        ("marlow sales in the december quarter", "2024-10-01/2024-12-31", "Dec 2024"),
        # spans counted back from a month or a day
        (
            "marlow revenue for the three months to March 31, 2025",
            "2025-01-01/2025-03-31",
            "Q3 FY2025",
        ),
        ("marlow revenue for the six months to december", "2024-07-01/2024-12-31", "Dec 2024"),
        ("marlow revenue, 12 months to june 2025", "2024-07-01/2025-06-30", "FY2025"),
        ("hartwell sales in the 18 weeks to 4 january", "2024-09-01/2025-01-04", "4 Jan 2025"),
        (
            "marlow revenue between the end of march and the end of june 2025",
            "2025-04-01/2025-06-30",
            "Jun 2025",
        ),
        # a 52/53-week year by its last day, and fiscal years named by their start year
        ("hartwell net sales for the year ended 1 february 2025", "2024-02-01/2025-01-31", "2024"),
        ("hartwell net sales in fiscal 2024", "2024-02-01/2025-01-31", "FY2024"),
        ("hartwell fy2023 sales", "2023-02-01/2024-01-31", "FY2023"),
        # a point in time with no year: the latest such day held, never a later one
        ("marlow order backlog at the end of june", "2025-06-30/2025-06-30", "30 Jun 2025"),
        ("marlow backlog as of the end of june", "2025-06-30/2025-06-30", "30 Jun 2025"),
        ("marlow backlog by end-june 2024", "2024-06-30/2024-06-30", "30 Jun 2024"),
        # beside a named period, a month's end says when, not what
        ("as of the end of june, what was marlow's fy2025 revenue", "2024-07-01/2025-06-30", "FY"),
        # the holiday quarter: the one quarter of the company's year that holds the season
        ("hartwell net sales in the holiday quarter", "2024-11-01/2025-01-31", "Q4 FY2024"),
        ("dunmore revenue in the holiday quarter", "2024-10-01/2024-12-31", "Q4 2024"),
    ],
)
def test_period_notations_in_questions(engine, question, period, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.period.iso() == period
    assert said in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "hartwell ytd net sales in fiscal 2022",  # a year the store does not hold
        "dunmore sales for the 18 weeks to 4 january",  # no such span held
        "marlow revenue between the end of may and the end of july 2025",
        "fenwick revenue in the holiday quarter",  # its quarters split the season
        "marlow backlog at the end of may",
        "hartwell net sales in the 13 weeks until 4 january",
    ],
)
def test_a_period_the_store_lacks_is_never_answered_with_another(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


# A part of a year and one year in the same question: that part of that year; set against
# a year, the same part of it (never the whole year against a part).
@pytest.mark.parametrize(
    ("question", "periods"),
    [
        ("what were dunmore's 9m sales in 2024", ["2024-01-01/2024-09-30"]),
        ("in 2024, what were dunmore's 9m sales", ["2024-01-01/2024-09-30"]),
        ("marlow h1 revenue in fiscal 2025", ["2024-07-01/2024-12-31"]),
        ("marlow ytd revenue fy2025 through march", ["2024-07-01/2025-03-31"]),
        ("hartwell 9m net sales fy2024", ["2024-02-01/2024-10-31"]),
        (
            "dunmore 9m revenue 2025 vs 2024",
            ["2025-01-01/2025-09-30", "2024-01-01/2024-09-30"],
        ),
        ("dunmore 9m revenue vs 2024", ["2025-01-01/2025-09-30", "2024-01-01/2024-09-30"]),
        (
            "how did dunmore's 9m revenue compare with 2024",
            ["2025-01-01/2025-09-30", "2024-01-01/2024-09-30"],
        ),
    ],
)
def test_a_part_of_a_year_beside_a_year(engine, question, periods) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [f.fact.period.iso() for f in answer.facts] == periods


@pytest.mark.parametrize(
    "question",
    ["dunmore 9m 2025 revenue vs full year 2024", "dunmore 9m 2025 revenue vs 2024 full year"],
)
def test_a_part_set_against_a_whole_year_said_so(engine, question) -> None:
    """The whole year said, before the year or after it: the whole year, never the same
    nine months of it (spans of different lengths, so no change of revenue is measured).
    Said after it, it was the nine months on 2de7fc9; said before, a guard."""
    answer = engine.ask(question)
    assert "$7.1 billion" not in answer.text, answer.text
    assert "$9.8 billion" in answer.text, answer.text


def test_a_part_set_against_a_year_it_lacks_is_not_the_whole_year(engine) -> None:
    answer = engine.ask("dunmore h1 2025 revenue vs 2024")  # no H1 2024 held
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "dunmore revenue in the same quarter last year as q4 2025",
        "what was dunmore's revenue in the same quarter a year earlier than q4 2025",
    ],
)
def test_the_same_part_a_year_before_the_one_named(engine, question) -> None:
    """'The same quarter last year as Q4 2025': Q4 2024 alone, never the two years (as the
    first wording was read on 2de7fc9; the second is a guard)."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [f.fact.period.iso() for f in answer.facts] == ["2024-10-01/2024-12-31"], answer.text
