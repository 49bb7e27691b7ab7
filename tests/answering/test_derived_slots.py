"""Derived answers check every operand against the question's slots, over two companies
invented here: Quillon Medical (fiscal year to September, named by its end year) and Rowan
Stores (fiscal year to January, named by its start year). Each has figures for quarters and
years, a forecast revised twice (as a range, or first as one figure then as a range) and a
change stated on its own basis ('organic revenue growth')."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

Q, R = "Quillon Medical", "Rowan Stores"
Q23, Q24, Q25 = "2022-10-01/2023-09-30", "2023-10-01/2024-09-30", "2024-10-01/2025-09-30"
R23, R24, R25 = "2023-02-01/2024-01-31", "2024-02-01/2025-01-31", "2025-02-01/2026-01-31"


FACTS = [
    fact(Q, "revenue", "actual", Q23, 4.0e9, "USD", "2023-11-10"),
    fact(Q, "revenue", "actual", Q24, 4.4e9, "USD", "2024-11-10"),
    fact(Q, "revenue", "forecast", Q24, 4.3e9, "USD", "2023-11-10"),
    fact(Q, "revenue", "actual", "2023-10-01/2023-12-31", 1.0e9, "USD", "2024-02-01"),
    fact(Q, "revenue", "actual", "2024-10-01/2024-12-31", 1.2e9, "USD", "2025-02-01"),
    fact(Q, "revenue (low end)", "forecast", Q25, 4.6e9, "USD", "2024-11-10"),
    fact(Q, "revenue (high end)", "forecast", Q25, 4.8e9, "USD", "2024-11-10"),
    fact(Q, "revenue (low end)", "forecast", Q25, 4.7e9, "USD", "2025-02-01"),
    fact(Q, "revenue (high end)", "forecast", Q25, 4.9e9, "USD", "2025-02-01"),
    fact(Q, "revenue (low end)", "forecast", Q25, 4.5e9, "USD", "2025-05-01"),
    fact(Q, "revenue (high end)", "forecast", Q25, 4.75e9, "USD", "2025-05-01"),
    # a range of which only the low end was revised, and its actual
    fact(Q, "operating income (low end)", "forecast", Q24, 0.70e9, "USD", "2023-11-10"),
    fact(Q, "operating income (high end)", "forecast", Q24, 0.75e9, "USD", "2023-11-10"),
    fact(Q, "operating income (low end)", "forecast", Q24, 0.72e9, "USD", "2024-05-01"),
    fact(Q, "operating income", "actual", Q24, 0.78e9, "USD", "2024-11-10"),
    # one figure revised twice, up then down
    fact(Q, "devices sold", "target", Q25, 2.3e6, "units", "2024-11-10"),
    fact(Q, "devices sold", "target", Q25, 2.4e6, "units", "2025-02-01"),
    fact(Q, "devices sold", "target", Q25, 2.2e6, "units", "2025-05-01"),
    # a change on another basis than the levels': never the levels' growth
    fact(Q, "organic revenue growth", "actual", Q24, 5.0, "percent", "2024-11-10"),
    fact(R, "revenue", "actual", R23, 10e9, "GBP", "2024-03-20"),
    fact(R, "revenue", "actual", R24, 10.5e9, "GBP", "2025-03-20"),
    fact(R, "revenue", "forecast", R24, 10.8e9, "GBP", "2024-03-20"),
    fact(R, "revenue", "forecast", R24, 10.6e9, "GBP", "2024-09-20"),
    fact(R, "revenue", "actual", "2023-11-01/2024-01-31", 3.0e9, "GBP", "2024-03-20"),
    fact(R, "revenue", "actual", "2024-11-01/2025-01-31", 3.2e9, "GBP", "2025-03-20"),
    # a quarter's change stated as a percentage beside its levels
    fact(R, "revenue change", "actual", "2024-11-01/2025-01-31", 6.7, "percent", "2025-03-20"),
    # first guided as one figure, then as a range, then the range cut
    fact(R, "operating profit", "forecast", R25, 1.0e9, "GBP", "2025-03-20"),
    fact(R, "operating profit (low end)", "forecast", R25, 0.9e9, "GBP", "2025-06-20"),
    fact(R, "operating profit (high end)", "forecast", R25, 0.95e9, "GBP", "2025-06-20"),
    fact(R, "operating profit (low end)", "forecast", R25, 0.85e9, "GBP", "2025-09-20"),
    fact(R, "operating profit (high end)", "forecast", R25, 0.9e9, "GBP", "2025-09-20"),
]
ENTITIES = [
    {
        "name": Q,
        "aliases": ["Quillon"],
        "fiscal_year_end": "09-30",
        "fiscal_year_named_by": "end",
    },
    {
        "name": R,
        "aliases": ["Rowan"],
        "fiscal_year_end": "01-31",
        "fiscal_year_named_by": "start",
    },
]
BUNDLE = bundle(ENTITIES, FACTS, published="2025-09-20")


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, BUNDLE)


# Each derived answer: the figures it must state, in every calendar kind.
@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        # growth of the levels, not a change stated on an unnamed basis ("organic")
        ("how much did quillon's revenue grow in fiscal 2024", ["$400 million", "10.0%"]),
        ("how much did rowan's revenue grow in fiscal 2024", ["£500 million", "5.0%"]),
        # the same quarter a year earlier, in each calendar
        ("year-on-year change in quillon's q1 fy2025 revenue", ["$200 million"]),
        ("rowan q4 revenue year on year change", ["6.7%"]),  # the change as stated
        # a quarter with no year, then two years compared: that quarter of each
        ("rowan q4 revenue in fiscal 2024 vs fiscal 2023", ["£200 million"]),
        # an amount asked for ("in pounds", "how many more"): the levels, not the percentage
        (
            "how much did rowan's q4 revenue rise in fiscal 2024 vs 2023, in pounds",
            ["£200 million"],
        ),
        # two kinds of one period named: the actual against the forecast
        ("how far was quillon's fy2024 actual revenue from the outlook", ["$100 million"]),
        ("difference between rowan's fy2024 revenue forecast and the actual", ["£100 million"]),
        # the size of a revision named by its month: that step, not the latest
        (
            "how much did quillon raise its fy2025 revenue guidance in february",
            ["$100 million at the low end"],
        ),
        # one period's actual against its own forecast is no growth, whichever is named first
        ("how much higher was quillon's fy2024 revenue than its fy2024 forecast", ["beating"]),
        # asked against the original forecast: that verdict first, the revised one after
        (
            "how far did rowan's fy2024 revenue miss the original forecast",
            ["£300 million", "£10.8 billion", "£100 million"],
        ),
        # a revision that moved one end only: that end's move, the other kept
        (
            "how much did quillon raise its fy2024 operating income guidance",
            ["low end raised by $20 million", "high end unchanged"],
        ),
        # "how far from" an end of a range: the actual against it
        (
            "how far was quillon's fy2024 operating income from the top of its guidance",
            ["$780 million", "$30 million"],
        ),
        # "more than it guided": the actual against its own period's expectation
        ("how much more revenue did quillon post in fy2024 than it guided for", ["beating"]),
        ("how much lower were rowan's fy2024 sales than forecast", ["£100 million"]),
        # a range cut after a range that replaced one figure: the latest step first
        (
            "how big was rowan's september cut to fiscal 2025 operating profit guidance",
            [
                "lowered from £900 million to £950 million",
                "£50 million at the low end",
                "£1 billion",
            ],
        ),
        # the original range's end, when the original was a range
        ("what was the top end of quillon's original fy2025 revenue guidance", ["$4.8 billion"]),
        # an end's original, revised twice: its own later statements, never "a range" of
        # two statements of one end
        (
            "what was the high end of the revenue range quillon first guided for fy2025",
            ["$4.8 billion", "lowered by $50 million", "$4.75 billion"],
        ),
        # "the first time": the first step of several, then the whole way
        (
            "how much did quillon raise its fy2025 device target the first time",
            ["first raised by 100,000", "in all lowered by 100,000"],
        ),
        # "the first range" names the range, not the one figure before it
        ("what was the upper end of rowan's first fy2025 op profit range", ["£950 million"]),
    ],
)
def test_derived_answers_agree_with_every_slot(engine, question, phrases) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    for phrase in phrases:
        assert phrase in answer.text, answer.text
    where = [answer.text.index(p) for p in phrases]
    assert where == sorted(where), answer.text  # the step asked about comes first


# Questions whose slots no single stated figure fills: never answered with one.
@pytest.mark.parametrize(
    ("question", "never"),
    [
        # the original guidance was one figure: its "top end" is not the first range's
        ("top end of rowan's original fiscal 2025 operating profit guidance", "950"),
        # the size of a cut made in a month is not the figure stated then
        ("how much did rowan cut its fiscal 2025 operating profit guidance in june", "950"),
        # a quarter against the year it ends is no change of anything
        ("how much did rowan's fourth-quarter revenue grow in fiscal 2024", "69.5"),
        # a stated growth on another basis never answers for the levels' growth
        ("how much did quillon's revenue grow in fiscal 2024", "5%"),
    ],
)
def test_no_operand_outside_the_slots(engine, question, never) -> None:
    answer = engine.ask(question)
    assert never not in answer.text or answer.status is not Status.ANSWERED, answer.text
