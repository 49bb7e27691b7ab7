"""Monthly figures and point-in-time growth, over a company invented here (Qilin Motors,
calendar years, monthly delivery releases; ARR at quarter ends): a month named without its
year is the latest such month held, never no period (which answered a running total
since founding); two such months compare; a month beside a target is when it was stated;
growth "yoy" of a point-in-time figure is against the same point a year before, never
the quarter's own change; "billings" are no revenue."""

from __future__ import annotations

import calendar

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, one_company

Q = "Qilin Motors"


def month(year: int, m: int) -> str:
    return f"{year}-{m:02d}-01/{year}-{m:02d}-{calendar.monthrange(year, m)[1]:02d}"


def day(iso: str) -> str:
    return f"{iso}/{iso}"


FACTS = [
    fact(Q, "vehicle deliveries", "actual", month(2025, 10), 41_200, "units", "2025-11-01"),
    fact(Q, "vehicle deliveries", "actual", month(2025, 9), 38_900, "units", "2025-10-01"),
    fact(Q, "vehicle deliveries", "actual", month(2024, 10), 30_100, "units", "2024-11-01"),
    fact(
        Q, "vehicle deliveries", "actual", "2018-01-01/2025-10-31", 1.205e6, "units", "2025-11-01"
    ),
    fact(Q, "Aurora X6 deliveries", "actual", month(2025, 10), 15_800, "units", "2025-11-01"),
    fact(Q, "ARR", "actual", day("2025-09-30"), 1.42e9, "USD", "2025-11-01"),
    fact(Q, "ARR", "actual", day("2025-06-30"), 1.35e9, "USD", "2025-08-01"),
    fact(Q, "ARR", "actual", day("2024-09-30"), 1.15e9, "USD", "2024-11-01"),
    fact(Q, "revenue", "actual", "2025-07-01/2025-09-30", 24.1e9, "CNY", "2025-11-01"),
    fact(Q, "non-GAAP operating margin", "actual", "2025-07-01/2025-09-30", 8.5, "%", "2025-11-01"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, Q, "Qilin", FACTS, "2025-11-01")


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("qilin deliveries in september", [38_900]),
        ("qilin october deliveries", [41_200]),
        ("qilin deliveries for the month of october", [41_200]),
        ("how many more cars did qilin deliver in october than september", [41_200, 38_900]),
        ("qilin october deliveries yoy growth", [41_200, 30_100]),
    ],
)
def test_a_month_without_its_year(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[: len(values)]] == values, answer.text


def test_a_month_not_held_is_never_another(engine) -> None:
    answer = engine.ask("how many aurora x6 did qilin deliver in september")
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    ("question", "base"),
    [
        ("how much did qilin's ARR grow yoy at the end of q3 2025", 1.15e9),
        ("qilin arr growth y/y q3 2025", 1.15e9),
        ("how much did qilin's ARR grow in q3 2025", 1.35e9),  # the quarter's own change
    ],
)
def test_growth_of_a_point_in_time_figure(engine, question, base) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[:2]] == [1.42e9, base], answer.text


def test_billings_are_no_revenue(engine) -> None:
    answer = engine.ask("qilin q3 2025 billings")
    assert answer.status is not Status.ANSWERED, answer.text


# A figure asked for in a currency is answered in it or not at all: a company reporting
# yuan states no dollars (a conversion is no figure of its own); "dollars" of a company
# reporting in Canadian dollars are its own.
@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("qilin q3 2025 revenue in yuan", True),
        ("qilin q3 2025 revenue in rmb", True),
        ("qilin q3 2025 revenue in dollars", False),
        ("where does qilin's $3.4bn q3 2025 revenue come from", False),
    ],
)
def test_a_currency_asked_for(engine, question, answered) -> None:
    answer = engine.ask(question)
    assert (answer.status is Status.ANSWERED) is answered, answer.text


def test_dollars_are_any_dollar(seed) -> None:
    t = "Tarn Sleds"
    facts = [fact(t, "revenue", "actual", "2025-01-01/2025-12-31", 3.6e9, "CAD", "2026-02-01")]
    engine = one_company(seed, t, "Tarn", facts, "2026-02-01")
    for question in ("tarn 2025 revenue in dollars", "tarn's C$3.6bn 2025 revenue, source?"):
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED, answer.text


# "GAAP" and "non-GAAP" are two figures, whatever else their names share.
@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("qilin non-GAAP operating margin q3 2025", True),
        ("qilin operating margin q3 2025", True),
        ("qilin GAAP operating margin q3 2025", False),
    ],
)
def test_a_negated_qualifier_is_another_figure(engine, question, answered) -> None:
    answer = engine.ask(question)
    assert (answer.status is Status.ANSWERED) is answered, answer.text


# No company named and only a verb of what is counted ("move", "sell"): no company's
# figure by default, however few companies hold one.
@pytest.mark.parametrize(
    "question", ["by how much did the low end move in the june update", "how much did they sell"]
)
def test_a_bare_verb_names_no_company(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
    assert "which company" in answer.text, answer.text


def test_a_span_asked_is_a_figure_for_the_span_not_a_point_at_its_end(seed) -> None:
    """No metric named: '9M 2025 vs 9M 2024' is the nine months' revenue, never the
    order book at their end; asked at a day, the point in time it is."""
    o = "Orrin Kitchens"
    facts = [
        fact(o, "revenue", "actual", "2025-01-01/2025-09-30", 408e6, "GBP", "2025-10-20"),
        fact(o, "revenue", "actual", "2024-01-01/2024-09-30", 379e6, "GBP", "2024-10-20"),
        fact(o, "order book", "actual", "2025-09-30/2025-09-30", 164e6, "GBP", "2025-10-20"),
    ]
    engine = one_company(seed, o, "Orrin", facts, "2025-10-20")
    answer = engine.ask("9m 2025 vs 9m 2024 at orrin, the increase in £")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [408e6, 379e6], answer.text


def test_dollar_revenue_is_the_figure_in_dollars(seed) -> None:
    """'Dollar revenue' of a company reporting rupees and a USD line is the USD line: the
    vocabulary's 'dollar sales' never names revenue kept in rupees."""
    s = "Sarn Infotech"
    q = "2025-01-01/2025-03-31"
    facts = [
        fact(s, "revenue from operations", "actual", q, 104.8e9, "INR", "2025-04-17"),
        fact(s, "USD revenue", "actual", q, 1.24e9, "USD", "2025-04-17"),
    ]
    engine = one_company(seed, s, "Sarn", facts, "2025-04-17")
    answer = engine.ask("sarn q1 2025 dollar revenue")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 1.24e9, answer.text


@pytest.mark.parametrize(
    "question",
    ["qilin deliveries last month", "qilin's deliveries this month", "qilin deliveries"],
)
def test_the_latest_month_never_a_running_total(engine, question) -> None:
    """ "Last month" is the latest month held, as "last quarter" is the latest quarter; no
    period at all is never the running total since founding, though it ends that day."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 41_200, answer.text


def test_the_last_month_of_a_period_is_no_latest_month(engine) -> None:
    answer = engine.ask("qilin deliveries in the last month of q3 2025")
    assert all(v.fact.value != 41_200 for v in answer.facts), answer.text


@pytest.mark.parametrize(
    "question",
    ["qilin cumulative deliveries through october", "qilin deliveries since founding"],
)
def test_a_running_total_asked_for(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 1.205e6, answer.text


def test_a_frequency_word_is_no_unknown_thing(engine) -> None:
    answer = engine.ask("qilin monthly deliveries october")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 41_200, answer.text


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("qilin arr at the end of q3", [1.42e9]),
        ("how much higher was qilin's arr at the end of q3 than the end of q2", [1.42e9, 1.35e9]),
    ],
)
def test_a_point_in_time_figure_at_the_end_of_a_named_quarter(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[: len(values)]] == values, answer.text


def test_whom_a_company_sells_to_and_a_threshold_in_a_name(seed) -> None:
    """ "1,510 customers" names no units sold (a family phrase "customer deliveries" holds
    the word); "over 100k" in "customers over $100k ARR" is a word of the name, not an
    amount asked about."""
    c, q3 = "Lumen Cloud", "2025-10-31/2025-10-31"
    facts = [
        fact(c, "customers over $100k ARR", "actual", q3, 1_510, "units", "2025-12-03"),
        fact(
            c, "subscription revenue", "actual", "2025-08-01/2025-10-31", 338e6, "USD", "2025-12-03"
        ),
    ]
    engine = one_company(seed, c, "Lumen", facts, "2025-12-03")
    for question in ("what's the source for 1,510 customers", "lumen customers over 100k"):
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED, answer.text
        assert answer.facts[0].fact.value == 1_510, answer.text


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("ekholm q3 2025 order intake in MSEK", True),
        ("ekholm q3 2025 order intake, SEK bn", True),
        ("ekholm q3 2025 order intake in kronor", True),
        ("ekholm q3 2025 order intake in dollars", False),
        ("ekholm q3 2025 order intake in R$", False),
    ],
)
def test_any_currency_by_its_code_scale_or_name(seed, question, answered) -> None:
    """A currency from the world's list (babel's CLDR data), written as chat writes it,
    is the figure in that currency, or nothing."""
    e, q3 = "Ekholm Industrial", "2025-07-01/2025-09-30"
    facts = [fact(e, "order intake", "actual", q3, 14.82e9, "SEK", "2025-10-23")]
    answer = one_company(seed, e, "Ekholm", facts, "2025-10-23").ask(question)
    assert (answer.status is Status.ANSWERED) is answered, answer.text


def test_a_dollar_sign_with_its_country_is_no_region(seed) -> None:
    """ "npat growth yoy nz$": New Zealand dollars, never a New Zealand figure."""
    k, h1, h1_24 = "Kaimai Dairy", "2025-01-01/2025-06-30", "2024-01-01/2024-06-30"
    facts = [
        fact(k, "net profit after tax", "actual", h1, 682e6, "NZD", "2025-03-20"),
        fact(k, "net profit after tax", "actual", h1_24, 611e6, "NZD", "2024-03-20"),
    ]
    engine = one_company(seed, k, "Kaimai", facts, "2025-03-20")
    answer = engine.ask("kaimai h1 2025 npat growth yoy nz$")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [682e6, 611e6], answer.text
    assert engine.ask("kaimai h1 2025 npat in us$").status is not Status.ANSWERED


@pytest.mark.parametrize(
    ("question", "values"),
    [
        # a range of months is both months, added up, never the later one alone
        ("qilin deliveries sep-oct 2025", [38_900, 41_200]),
        ("qilin sep and oct 2025 deliveries added up", [38_900, 41_200]),
    ],
)
def test_a_range_of_months_is_every_month_in_it(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == values, answer.text


def test_a_goal_as_first_stated_and_a_stated_change_for_a_date(seed) -> None:
    """ "how far short of the original target": the goal as first stated, not as cut; "how
    much was inventory down yoy at 30 April" with no year-before level: the change the
    company states for that date."""
    t, year = "Tianmu Auto", "2025-01-01/2025-12-31"
    facts = [
        fact(
            t,
            "vehicle deliveries",
            "actual",
            "2025-01-01/2025-10-31",
            342_000,
            "units",
            "2025-11-01",
        ),
        fact(t, "vehicle deliveries", "target", year, 480_000, "units", "2025-03-20"),
        fact(t, "vehicle deliveries", "target", year, 430_000, "units", "2025-08-28"),
        fact(
            t, "dealer inventory", "actual", "2025-04-30/2025-04-30", 35_300, "units", "2025-06-04"
        ),
        fact(
            t,
            "dealer inventory change",
            "actual",
            "2025-04-30/2025-04-30",
            -12.0,
            "%",
            "2025-06-04",
        ),
    ]
    engine = one_company(seed, t, "Tianmu", facts, "2025-11-01")
    short = engine.ask("how far short of the original target were tianmu's ytd deliveries")
    assert [v.fact.value for v in short.facts] == [342_000, 480_000], short.text
    assert "138,000 to go" in short.text and "original target" in short.text, short.text
    down = engine.ask("how much was tianmu dealer inventory down yoy at april 30 2025")
    assert [v.fact.value for v in down.facts] == [-12.0], down.text


def test_a_year_to_date_runs_to_the_day_beside_it(seed) -> None:
    """ "copper ytd to end of March 2026", "ytd as at 31 Dec 2025": the year to date up to
    that day, never a statement date before which nothing was said."""
    m = "Marra Gold"
    entity = {
        "name": m,
        "aliases": ["Marra"],
        "fiscal_year_end": "06-30",
        "fiscal_year_named_by": "end",
    }
    facts = [
        fact(
            m, "copper production", "actual", "2025-07-01/2026-03-31", 18_170, "units", "2026-04-23"
        ),
        fact(
            m, "copper production", "actual", "2025-07-01/2025-12-31", 12_040, "units", "2026-01-28"
        ),
    ]
    engine = engine_over(seed, bundle([entity], facts, "2026-04-23"))
    for question, value in (
        ("marra copper ytd to end of march 2026", 18_170),
        ("marra copper ytd as at 31 dec 2025", 12_040),
    ):
        answer = engine.ask(question)
        assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_what_is_left_for_the_last_months_of_a_target_year(seed) -> None:
    """'how many does it need in Nov-Dec to hit the target': the target less the months
    counted so far, the last months named without their year."""
    y = "2025-01-01/2025-12-31"
    facts = [
        fact(Q, "vehicle deliveries", "target", y, 430_000, "units", "2025-08-28"),
        fact(
            Q,
            "vehicle deliveries",
            "actual",
            "2025-01-01/2025-10-31",
            342_000,
            "units",
            "2025-11-01",
        ),
    ]
    engine = one_company(seed, Q, "Qilin", facts, "2025-11-01")
    answer = engine.ask("how many vehicles does qilin need in nov-dec to hit the target")
    assert [v.fact.value for v in answer.facts] == [342_000, 430_000], answer.text
    assert "88,000" in answer.text, answer.text
