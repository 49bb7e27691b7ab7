"""Spans counted in weeks, ranges named by both ends, shares of the whole, segments beside
group figures, and goals set against what was done, over companies invented here.

A 52/53-week retailer (Kessa Stores, year to late June, named by its end) reports its
first 12 weeks: "the first 12 weeks of the year" is that span, never the half or the
year; a span of weeks the store holds no figure for is said to be missing. A group
(Tovik Freight) gives a range "2.6-3.4bn": both ends named are that range. "Rest of
Africa" is a share of the company's whole, never of "South Africa". "Ports EBIT
margin" is a segment's margin: never the group's. "more than it delivered in FY25" sets
the goal against the actual."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

K, T, H = "Kessa Stores", "Tovik Freight", "Harrow Homes"
W12, W12_PRIOR = "2025-06-29/2025-09-20", "2024-06-30/2024-09-21"
H1, FY26 = "2025-06-29/2025-12-27", "2025-06-29/2026-06-27"
Y25 = "2025-01-01/2025-12-31"

FACTS = [
    fact(K, "merchandise sales", "actual", W12, 9.84e9, "ZAR", "2025-11-04"),
    fact(K, "merchandise sales", "actual", H1, 20.51e9, "ZAR", "2026-02-20"),
    fact(K, "South Africa merchandise sales", "actual", W12, 8.63e9, "ZAR", "2025-11-04"),
    fact(K, "Rest of Africa merchandise sales", "actual", W12, 1.21e9, "ZAR", "2025-11-04"),
    fact(K, "stores opened", "actual", W12, 29, "units", "2025-11-04"),
    fact(K, "stores opened", "actual", H1, 58, "units", "2026-02-20"),
    fact(K, "stores opened (low end)", "target", FY26, 95, "units", "2026-02-20"),
    fact(K, "stores opened (high end)", "target", FY26, 110, "units", "2026-02-20"),
    fact(K, "Korin merchandise sales growth", "actual", W12, 9.2, "percent", "2025-11-04"),
    fact(K, "Korin merchandise sales growth", "actual", H1, 8.8, "percent", "2026-02-20"),
    fact(T, "underlying EBIT (low end)", "forecast", Y25, 2.6e9, "USD", "2025-11-06"),
    fact(T, "underlying EBIT (high end)", "forecast", Y25, 3.4e9, "USD", "2025-11-06"),
    fact(
        T, "underlying EBIT margin", "actual", "2025-07-01/2025-09-30", 7.2, "percent", "2025-11-06"
    ),
    fact(T, "Ports EBIT", "actual", "2025-07-01/2025-09-30", 140e6, "USD", "2025-11-06"),
    fact(H, "homes delivered", "actual", "2024-12-01/2025-11-30", 11_318, "units", "2026-01-10"),
    fact(H, "backlog", "actual", "2025-08-31/2025-08-31", 4_270, "units", "2025-09-20"),
    fact(H, "backlog value", "actual", "2025-08-31/2025-08-31", 2.08e9, "USD", "2025-09-20"),
    fact(
        H,
        "homes delivered (low end)",
        "forecast",
        "2024-12-01/2025-11-30",
        11_200,
        "units",
        "2025-09-20",
    ),
    fact(
        H,
        "homes delivered (low end)",
        "forecast",
        "2025-12-01/2026-11-30",
        11_900,
        "units",
        "2026-01-10",
    ),
    fact(
        H,
        "homes delivered (high end)",
        "forecast",
        "2025-12-01/2026-11-30",
        12_400,
        "units",
        "2026-01-10",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": K,
            "aliases": ["Kessa"],
            "fiscal_year_end": "06-30",
            "fiscal_year_named_by": "end",
        },
        {"name": T, "aliases": ["Tovik"]},
        {
            "name": H,
            "aliases": ["Harrow"],
            "fiscal_year_end": "11-30",
            "fiscal_year_named_by": "end",
        },
    ]
    return engine_over(seed, bundle(entities, FACTS, published="2026-02-20"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("korin growth at kessa over the first 12 weeks of the year", 9.2),
        ("how many stores did kessa open in the opening 12 weeks of its 2026 financial year", 29),
        ("kessa 12-week merchandise sales", 9.84e9),
        ("kessa store openings in the first 12 weeks", 29),  # the noun of "opened"
    ],
)
def test_a_span_counted_in_weeks_is_the_one_held(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


def test_a_span_of_weeks_not_held_is_never_another_period(engine) -> None:
    answer = engine.ask("kessa merchandise sales in the first 9 weeks")
    assert answer.status is Status.UNKNOWN, answer.text


def test_both_ends_named_are_one_range(engine) -> None:
    answer = engine.ask("midpoint of the 2.6-3.4bn range, please")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts[:2]) == [2.6e9, 3.4e9], answer.text
    assert "midpoint $3 billion" in answer.text, answer.text


def test_a_share_is_of_the_whole_not_a_sibling_region(engine) -> None:
    answer = engine.ask("what percentage of kessa's 12-week sales came from rest of africa")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [
        "Rest of Africa merchandise sales",
        "merchandise sales",
    ], answer.text


def test_a_segment_before_a_measure_is_never_the_groups_figure(engine) -> None:
    answer = engine.ask("ports ebit margin in q3 2025 at tovik")
    assert not (
        answer.status is Status.ANSWERED and answer.facts[0].fact.metric == "underlying EBIT margin"
    ), answer.text


def test_a_goal_against_what_was_done(engine) -> None:
    answer = engine.ask(
        "at the low end, how many more homes does harrow guide for in fy26"
        " than it delivered in fy25"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [11_318, 11_900], answer.text
    assert "582" in answer.text, answer.text


def test_a_goal_named_by_its_amount_against_an_actual(engine) -> None:
    answer = engine.ask(
        "the 11,900 figure at harrow: how far above fiscal 2025's deliveries does it sit?"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [11_318, 11_900], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "kessa's sales in the same 12 weeks a year earlier",
        "kessa merchandise sales, comparable 12 weeks of last yr",
    ],
)
def test_a_span_of_weeks_a_year_earlier(seed, question) -> None:
    facts = [
        *FACTS,
        fact(K, "merchandise sales", "actual", W12_PRIOR, 9.02e9, "ZAR", "2025-11-04"),
    ]
    engine = engine_over(
        seed,
        bundle(
            [
                {
                    "name": K,
                    "aliases": ["Kessa"],
                    "fiscal_year_end": "06-30",
                    "fiscal_year_named_by": "end",
                }
            ],
            facts[:10] + facts[-1:],
            published="2026-02-20",
        ),
    )
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [9.02e9], answer.text


def test_two_regions_set_against_each_other_are_two_figures(engine) -> None:
    answer = engine.ask(
        "in the 12 weeks, how much bigger were kessa's south africa sales than rest of africa's"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.metric for v in answer.facts) == [
        "Rest of Africa merchandise sales",
        "South Africa merchandise sales",
    ], answer.text


def test_what_replaced_a_statement_is_the_next_one(seed) -> None:
    y = "2025-01-01/2025-12-31"
    facts = [
        fact(T, "underlying EBIT", "forecast", y, 0.8e9, "USD", "2025-02-06", high=2.2e9),
        fact(T, "underlying EBIT", "forecast", y, 1.9e9, "USD", "2025-08-05", high=3.1e9),
        fact(T, "underlying EBIT", "forecast", y, 2.6e9, "USD", "2025-11-06", high=3.4e9),
    ]
    engine = engine_over(seed, bundle([{"name": T, "aliases": ["Tovik"]}], facts, "2025-11-06"))
    answer = engine.ask("tovik's february ebit guidance, what replaced it?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 1.9e9, answer.text


def test_a_region_word_of_another_regions_figure_is_read_without_error(engine) -> None:
    """ "Africa" is a word of "South Africa merchandise sales", which names another region
    than the one asked about: that figure is no candidate, and the question is answered
    (here: said to be missing), never failed."""
    answer = engine.ask("kessa rest of africa stores opened in the first 12 weeks")
    assert answer.status in (Status.UNKNOWN, Status.ANSWERED), answer.text
    assert "could not be answered" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kessa merchandise sales for the half", 20.51e9),  # the latest half held
        ("kessa merchandise sales in the half to december 2025", 20.51e9),
    ],
)
def test_a_half_named_by_its_kind_alone(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_a_rate_from_the_weeks_to_the_full_half(seed) -> None:
    facts = [
        fact(K, "comparable-store sales growth", "actual", W12, 4.2, "percent", "2025-11-04"),
        fact(K, "comparable-store sales growth", "actual", H1, 4.7, "percent", "2026-02-20"),
    ]
    entity = {
        "name": K,
        "aliases": ["Kessa"],
        "fiscal_year_end": "06-30",
        "fiscal_year_named_by": "end",
    }
    engine = engine_over(seed, bundle([entity], facts, published="2026-02-20"))
    answer = engine.ask(
        "from the 12 weeks to the full half, did kessa's comparable store sales growth speed up?"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "0.5 percentage points" in answer.text, answer.text


def test_what_a_thing_is_worth_is_its_amount_of_money(engine) -> None:
    """A count ("backlog") and an amount of money ("backlog value"): "worth" asks for the
    money; the name said plainly is the count's, since "value" names the other."""
    answer = engine.ask("harrow's backlog at 31 aug 2025, what was it worth")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 2.08e9, answer.text
    assert values(engine, "harrow backlog at 31 aug 2025") == [4270]
