"""Kinds of question met on companies nobody had seen, over companies invented here:

- a restaurant chain's 52/53-week year of 16-, 12-, 12- and 13-week quarters: "the
  fourth quarter (13 weeks)" is the quarter named, its length only said; "the first 40
  weeks" of a year is the year less its last quarter where no 40-week figure is
  held; "as Q1 closed" is the count held on the day its 16-week first quarter ended;
- of several figures stating an amount, the one of the kind and period said beside it
  ("the 92.5% combined ratio target");
- "value" is a word of a figure's name ("net new orders value"): the count is the one
  asked plainly, the value the one asked by that word;
- a 53-week year is set against the 52 weeks before it ("operating income in fiscal 2025, up by
  how much"); weeks said in an aside on the period ("(a 14-week quarter)") are
  no span of their own.

Each failed on the engine this session started from (abfcaa4), except the guards: the
quarter and year-to-date asked without their weeks."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

G = "Hollin Grill"  # fiscal years end on the last Tuesday of December
FY24, FY23 = "2023-12-27/2024-12-31", "2022-12-28/2023-12-26"
Q1, Q3, Q4 = "2023-12-27/2024-04-16", "2024-07-10/2024-10-01", "2024-10-02/2024-12-31"
FORTY = "2023-12-27/2024-10-01"
W = "Wickham Toys"  # 52/53 weeks to the Saturday nearest 31 December, named by its start
W25, W24, W25_Q4 = "2024-12-29/2026-01-03", "2023-12-31/2024-12-28", "2025-09-28/2026-01-03"

Z = "Zandvoort Assurance"
H = "Hexley Homes"
Y24, Y25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
Q1_24, Q3_25 = "2024-01-01/2024-03-31", "2025-07-01/2025-09-30"

FACTS = [
    fact(G, "system-wide sales", "actual", Q1, 1_126_400_000, "USD", "2024-04-25"),
    fact(G, "system-wide sales", "actual", Q3, 779_200_000, "USD", "2024-10-10"),
    fact(G, "system-wide sales", "actual", FORTY, 2_671_000_000, "USD", "2024-10-10"),
    fact(G, "system-wide sales", "actual", FY24, 3_640_000_000, "USD", "2025-02-20"),
    fact(G, "total revenues", "actual", FY24, 1_380_000_000, "USD", "2025-02-20"),
    fact(G, "total revenues", "actual", FY23, 1_290_000_000, "USD", "2024-02-20"),
    fact(G, "total revenues", "actual", Q4, 352_400_000, "USD", "2025-02-20"),
    fact(
        G, "franchised restaurants", "actual", "2023-12-26/2023-12-26", 1_093, "units", "2024-02-20"
    ),
    fact(
        G, "franchised restaurants", "actual", "2024-04-16/2024-04-16", 1_108, "units", "2024-04-25"
    ),
    fact(
        G, "franchised restaurants", "actual", "2024-10-01/2024-10-01", 1_131, "units", "2024-10-10"
    ),
    fact(Z, "combined ratio", "target", Y25, 92.5, "percent", "2025-02-20"),
    fact(Z, "combined ratio", "actual", Q1_24, 92.5, "percent", "2024-05-10"),
    fact(Z, "combined ratio", "actual", Y24, 94.1, "percent", "2025-02-20"),
    fact(H, "net new orders", "actual", Q3_25, 3_612, "units", "2025-10-20"),
    fact(H, "net new orders value", "actual", Q3_25, 1_710_000_000, "USD", "2025-10-20"),
    fact(W, "operating income", "actual", W25, 318_000_000, "USD", "2026-02-12"),
    fact(W, "operating income", "actual", W24, 296_000_000, "USD", "2025-02-13"),
    fact(W, "net sales", "actual", W25_Q4, 846_000_000, "USD", "2026-02-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": G,
            "aliases": ["Hollin"],
            "fiscal_year_end": "12-31",
            "fiscal_year_named_by": "start",
        },
        {"name": Z, "aliases": ["Zandvoort"]},
        {"name": H, "aliases": ["Hexley"]},
        {
            "name": W,
            "aliases": ["Wickham"],
            "fiscal_year_end": "12-31",
            "fiscal_year_named_by": "start",
        },
    ]
    return engine_over(seed, bundle(entities, FACTS, "2025-10-20"))


@pytest.mark.parametrize(
    "question",
    [
        "hollin's fiscal 2024 fourth quarter (13 weeks): system-wide sales?",
        "hollin's fiscal 2024 fourth quarter: system-wide sales?",
    ],
)
def test_weeks_said_after_a_quarter_only_say_its_length(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "$969 million" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "hollin system-wide sales, year to date through q3 2024 (40 wks)",
        "hollin system-wide sales, year to date through q3 2024",
    ],
)
def test_a_year_to_date_with_its_weeks_said(engine, question) -> None:
    assert values(engine, question) == [2_671_000_000]


def test_the_first_weeks_of_a_year_are_the_year_less_its_last_quarter(engine) -> None:
    answer = engine.ask("hollin revenue, first 40 weeks of its fiscal 2024")
    assert sorted(v.fact.value for v in answer.facts) == [352_400_000, 1_380_000_000], answer.text
    assert "1,027,600,000" in answer.text, answer.text


def test_a_count_at_the_end_of_a_week_counted_quarter(engine) -> None:
    assert values(engine, "hollin franchised restaurants as q1 fy2024 closed") == [1_108]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("source of zandvoort's 92.5% combined ratio target?", "target"),
        ("source of zandvoort's 92.5% combined ratio for q1 2024?", "actual"),
    ],
)
def test_an_amount_named_with_its_kind_or_period(engine, question, kind) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.kind.value for v in answer.facts] == [kind], answer.text


def test_value_names_a_figure_of_its_own(engine) -> None:
    assert values(engine, "hexley q3 2025: net new orders?") == [3_612]
    assert values(engine, "hexley q3 2025: net new orders value?") == [1_710_000_000]


def test_a_53_week_year_against_the_52_weeks_before(engine) -> None:
    answer = engine.ask("wickham fiscal 2025 operating income - up by how much on the year before?")
    assert [v.fact.value for v in answer.facts] == [318_000_000, 296_000_000], answer.text
    assert "$22 million" in answer.text, answer.text


def test_weeks_in_an_aside_on_the_period(engine) -> None:
    assert values(engine, "wickham net sales for q4 fy25 (a 14-week quarter)") == [846_000_000]
