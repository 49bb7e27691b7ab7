"""Figures picked by their value, over a company invented here (Marrow Bakeries) whose
results table is written in "USD millions": "where does the 1,846 figure come from" is
the $1,846.0 million the table states, when exactly one figure is written so; a number
no quote writes that way, or that two figures share, picks nothing."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, one_company

M, FY = "Marrow Bakeries", "2024-01-01/2024-12-31"
ROWS = {
    "Bread net sales": ("| Bread | 1,846.0 |", 1846e6),
    "Cakes net sales": ("| Cakes | 1,402.3 |", 1402.3e6),
    "Pastry net sales": ("| Pastry | 1,402.3 |", 1402.3e6),
}
FACTS = [
    fact(M, metric, "actual", FY, value, "USD", "2025-02-10") | {"quote": quote}
    for metric, (quote, value) in ROWS.items()
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = bundle([{"name": M, "aliases": ["Marrow"]}], FACTS, "2025-02-10")
    data["sources"][0]["text"] = "(USD millions)\n" + "\n".join(q for q, _ in ROWS.values())
    return engine_over(seed, data)


def test_a_number_written_in_a_tables_scale_picks_its_figure(engine) -> None:
    answer = engine.ask("where does marrow's 1,846 figure come from")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["Bread net sales"]


@pytest.mark.parametrize(
    "question",
    [
        "where does marrow's 1,402.3 figure come from",  # two figures are written so
        "where does marrow's 1,847 figure come from",  # none is
    ],
)
def test_a_number_that_picks_no_one_figure_is_not_answered(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_number_written_before_a_scale_word_picks_its_figure(seed) -> None:
    # "the 4.35 figure" of 4,350,000 tonnes whose quote writes "4.35 million tonnes", and
    # "the 2,210" of $2.21 billion written "$2,210 million": counts and money alike
    facts = [
        fact(
            "Pellwood Mining",
            "ore shipped (tonnes)",
            "actual",
            FY,
            4_350_000,
            "units",
            "2025-02-10",
        )
        | {"quote": "We shipped 4.35 million tonnes of ore."},
        fact("Pellwood Mining", "revenue", "actual", FY, 2_210_000_000, "USD", "2025-02-10")
        | {"quote": "Revenue was $2,210 million."},
    ]
    data = bundle([{"name": "Pellwood Mining", "aliases": ["Pellwood"]}], facts, "2025-02-10")
    data["sources"][0]["text"] = (
        "We shipped 4.35 million tonnes of ore. Revenue was $2,210 million."
    )
    engine = engine_over(seed, data)
    for question, metric in (
        ("what's the 4.35 figure for pellwood", "ore shipped (tonnes)"),
        ("where does pellwood's 2,210 come from", "revenue"),
    ):
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED, answer.text
        assert [v.fact.metric for v in answer.facts] == [metric], answer.text


# A figure named by its amount with no period ("which month did they deliver 41,200"),
# and a goal named by its amount in a progress question ("the 480,000 target: how far
# along"), are those figures, never the latest period's nor the current goal.
Q = "Quarry Motors"
MONTHLY = [
    fact(Q, "deliveries", "actual", "2025-10-01/2025-10-31", 41_200, "units", "2025-11-01"),
    fact(Q, "deliveries", "actual", "2018-01-01/2025-10-31", 1.2e6, "units", "2025-11-01"),
    fact(Q, "deliveries", "actual", "2025-01-01/2025-10-31", 342_000, "units", "2025-11-01"),
    fact(Q, "deliveries", "target", "2025-01-01/2025-12-31", 480_000, "units", "2025-03-20"),
    fact(Q, "deliveries", "target", "2025-01-01/2025-12-31", 430_000, "units", "2025-08-28"),
]


@pytest.fixture(scope="module")
def monthly(seed) -> Engine:
    return one_company(seed, Q, "Quarry", MONTHLY, "2025-11-01")


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("which month did quarry hit 41,200 deliveries", [41_200]),
        ("quarry's 480,000 target, how far along are ytd deliveries", [342_000, 480_000]),
        ("quarry's 430k target, how far along are ytd deliveries", [342_000, 430_000]),
    ],
)
def test_an_amount_names_its_figure(monthly, question, values) -> None:
    answer = monthly.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == values, answer.text


@pytest.mark.parametrize(
    "question",
    ["which month did quarry hit 41k deliveries", "quarry's 450k target, how far along is it"],
)
def test_an_amount_no_figure_states_is_not_answered(monthly, question) -> None:
    answer = monthly.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_what_a_goal_named_by_its_amount_leaves_for_the_last_quarter(seed) -> None:
    """'If it makes its €90m for 2026, what remains for Q4': the goal the amount names less
    the nine months so far."""
    t = "Tarn & Vale"
    facts = [
        fact(t, "group revenue", "forecast", "2026-01-01/2026-12-31", 90e6, "EUR", "2026-10-20"),
        fact(t, "group revenue", "actual", "2026-01-01/2026-09-30", 63.5e6, "EUR", "2026-10-20"),
    ]
    engine = one_company(seed, t, "Tarn", facts, "2026-10-20")
    answer = engine.ask("if tarn makes its €90m for 2026, what remains for q4?")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [63.5e6, 90e6], answer.text
    assert "26.5 million" in answer.text, answer.text


def test_a_replaced_statement_named_by_its_figure_says_what_replaced_it(seed) -> None:
    """'where does the 28bn come from' for a goal raised since: the 28bn, cited, and the
    goal that now stands in its place."""
    y = "2028-01-01/2028-12-31"
    facts = [
        fact("Aldwick Pharma", "group sales", "target", y, 28e9, "CHF", "2025-02-04"),
        fact("Aldwick Pharma", "group sales", "target", y, 30e9, "CHF", "2025-11-13"),
    ]
    engine = one_company(seed, "Aldwick Pharma", "Aldwick", facts, "2025-11-13")
    answer = engine.ask("where does aldwick's chf 28bn target come from")
    assert answer.facts[0].fact.value == 28e9, answer.text
    assert "it has since been raised to 30 billion CHF (stated 13 Nov 2025)" in answer.text
    current = engine.ask("where does aldwick's chf 30bn target come from")
    assert "since" not in current.text, current.text
    # asked whether it still stands: the statement that stands now
    stands = engine.ask("aldwick's chf 28bn target, still standing?")
    assert stands.facts[0].fact.value == 30e9, stands.text


@pytest.fixture(scope="module")
def turbines(seed) -> Engine:
    q3, nine = "2025-07-01/2025-09-30", "2025-01-01/2025-09-30"
    facts = [
        fact("Skarn Wind", "order intake (MW)", "actual", q3, 4600, "units", "2025-11-05"),
        fact("Skarn Wind", "deliveries (MW)", "actual", q3, 3100, "units", "2025-11-05"),
        fact("Skarn Wind", "deliveries (MW)", "actual", nine, 8700, "units", "2025-11-05"),
        fact("Skarn Wind", "revenue growth", "actual", q3, 12.9, "percent", "2025-11-05"),
        fact("Skarn Wind", "revenue growth", "actual", nine, 11.8, "percent", "2025-11-05"),
    ]
    return one_company(seed, "Skarn Wind", "Skarn", facts, "2025-11-05")


def test_a_source_asked_by_amount_among_every_metric_the_words_could_mean(turbines) -> None:
    """'where does the 4600 MW come from': the unit words fit two metrics; the amount
    says which figure, whichever of them was chosen first."""
    answer = turbines.ask("where does skarn's 4600 MW come from")
    assert [(v.fact.metric, v.fact.value) for v in answer.facts] == [("order intake (MW)", 4600)]


def test_a_range_named_by_its_ends_and_asked_whether_it_stands(seed) -> None:
    """'the 5 to 7 percent range, is that still the guidance?': the low end takes the
    high end's unit, and the guidance that stands now answers."""
    y, n = "2025-01-01/2025-12-31", "Orsolo Pharma"
    facts = [
        fact(n, "sales growth (low end)", "forecast", y, 5, "percent", "2025-07-24"),
        fact(n, "sales growth (high end)", "forecast", y, 7, "percent", "2025-07-24"),
        fact(n, "sales growth (low end)", "forecast", y, 7, "percent", "2025-11-13"),
        fact(n, "sales growth (high end)", "forecast", y, 8, "percent", "2025-11-13"),
        fact(n, "sales growth", "actual", "2025-01-01/2025-06-30", 7, "percent", "2025-07-24"),
    ]
    engine = one_company(seed, n, "Orsolo", facts, "2025-11-13")
    answer = engine.ask("orsolo's 5 to 7 percent sales growth range - is that still the guidance?")
    assert sorted(v.fact.value for v in answer.facts[:2]) == [7, 8], answer.text
    assert all(v.fact.as_of.isoformat() == "2025-11-13" for v in answer.facts[:2])
