"""Lines, months and amounts said the plain way, over a company invented here (Tavor
Defence Systems; calendar years, monthly revenue, revenue by segment with proper names,
service revenue by country, an operating EBIT, a unit target, core FFO per share):

- "july 2025 revenue vs june", "vs the month before": the month set against is in the
  named month's year (the month before it), never the same month a year earlier;
- "land revenue" is the "Land Systems" segment's, though "land" is a verb of winning
  orders ("land a contract"): the first word of a line's proper name before its noun;
- "kenya data revenue" is no service revenue: a noun of chat ("data") right before a
  word of revenue names a line of it; "group revenue" is still the whole company's;
- "EBIT incl fair value adjustment" is no operational EBIT: an item a profit is taken
  with changes the measure; "harvest incl exports" is still the harvest;
- "the 3,1 mn target": a decimal comma before a scale;
- "what share of 2025 leasing came in the first half" is never a figure per share;
- "rostering module ARR", "coking coal production": a verb's -ing form before a thing
  counted names a kind of it, never the store's other kind ("Payroll module ARR");
- "DACH + UK gmv": lines added up whose shared measure is said by its initials.

On the engine this session started from (29f5342) each first case but the last gave a
wrong figure or none (found in development sets written this session); the others, and
the share asked (wrong so in a development set, not here), are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

T = "Tavor Defence Systems"
Y25, H1 = "2025-01-01/2025-12-31", "2025-01-01/2025-06-30"
FACTS = [
    fact(T, "revenue", "actual", "2025-06-01/2025-06-30", 9_415e6, "USD", "2025-07-10"),
    fact(T, "revenue", "actual", "2025-07-01/2025-07-31", 9_842e6, "USD", "2025-08-10"),
    fact(T, "revenue", "actual", "2024-07-01/2024-07-31", 8_716e6, "USD", "2025-08-10"),
    fact(T, "revenue", "actual", Y25, 1_312e6, "USD", "2026-02-20"),
    fact(T, "Land Systems revenue", "actual", Y25, 389e6, "USD", "2026-02-20"),
    fact(T, "Airborne Systems revenue", "actual", Y25, 712e6, "USD", "2026-02-20"),
    fact(T, "Kenya service revenue", "actual", Y25, 298e6, "USD", "2026-02-20"),
    fact(T, "customer management revenue", "actual", Y25, 318e6, "USD", "2026-02-20"),
    fact(T, "Payroll module ARR", "actual", Y25, 46.7e6, "USD", "2026-02-20"),
    fact(T, "coal production", "actual", Y25, 51.6e6, "units", "2026-02-20"),
    fact(T, "Fizzhollow brand volume (litres)", "actual", Y25, 247.9e6, "units", "2026-02-20"),
    fact(T, "DACH gross merchandise volume", "actual", Y25, 5.6e9, "USD", "2026-02-20"),
    fact(T, "UK gross merchandise volume", "actual", Y25, 2.9e9, "USD", "2026-02-20"),
    fact(T, "revenue", "actual", "2025-04-01/2025-06-30", 2_310e6, "USD", "2025-07-30"),
    fact(T, "revenue", "actual", "2025-07-01/2025-09-30", 2_960e6, "USD", "2025-10-30"),
    fact(T, "stores opened (low end)", "target", Y25, 100, "units", "2025-08-27"),
    fact(T, "stores opened (low end)", "target", Y25, 120, "units", "2025-11-04"),
    fact(T, "operational EBIT", "actual", Y25, 104e6, "USD", "2026-02-20"),
    fact(T, "harvest volume", "actual", Y25, 41_800, "units", "2026-02-20"),
    fact(T, "export units sold", "target", Y25, 3_100_000, "units", "2025-03-01"),
    fact(
        T, "export units sold", "target", "2026-01-01/2026-12-31", 3_300_000, "units", "2026-02-20"
    ),
    fact(T, "core FFO per share", "actual", H1, 0.95, "USD", "2025-07-30"),
    fact(T, "core FFO per share", "actual", Y25, 1.91, "USD", "2026-02-20"),
    fact(T, "leased square feet", "actual", H1, 12_200_000, "units", "2025-07-30"),
    fact(T, "leased square feet", "actual", Y25, 23_600_000, "units", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, T, "Tavor", FACTS, "2026-02-20")


def _answer(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return answer


@pytest.mark.parametrize(
    "question",
    [
        "tavor july 2025 revenue growth vs june",
        "tavor july 2025 revenue vs the month before",
        "tavor july 2025 revenue vs prior month",
    ],
)
def test_a_month_set_against_another_said_without_its_year(engine, question) -> None:
    answer = _answer(engine, question)
    assert {v.fact.period.start.month for v in answer.facts} == {6, 7}, answer.text
    assert {v.fact.period.start.year for v in answer.facts} == {2025}, answer.text


def test_a_year_earlier_is_still_the_year_before(engine) -> None:
    answer = _answer(engine, "tavor july 2025 revenue vs a year earlier")
    assert {v.fact.period.start.year for v in answer.facts} == {2024, 2025}, answer.text


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("tavor land revenue 2025", "Land Systems revenue"),
        ("tavor airborne revenue 2025", "Airborne Systems revenue"),
        ("tavor group revenue 2025", "revenue"),
        ("tavor harvest incl exports 2025", "harvest volume"),
    ],
)
def test_a_line_by_the_first_word_of_its_name(engine, question, metric) -> None:
    assert _answer(engine, question).facts[0].fact.metric == metric


def test_a_noun_the_stores_names_write_or_an_adjective_is_no_line(engine) -> None:
    assert _answer(engine, "tavor customer management revenue 2025").facts[0].fact.value == 318e6
    assert _answer(engine, "tavor july 2025 monthly revenue").facts[0].fact.value == 9_842e6


def test_periods_added_up_with_plus(engine) -> None:
    for question in ("tavor q2 plus q3 2025 revenue", "tavor q2 2025 revenue plus q3 2025 revenue"):
        answer = _answer(engine, question)
        assert "5.27 billion" in answer.text, answer.text


def test_months_of_two_statements_stay_statements(engine) -> None:
    # ("the plan in Nov 2025 vs August": when each was stated, never an August period)
    answer = engine.ask(
        "by how much did tavor lift the low end of its store plan in nov 2025 vs august"
    )
    assert not any(v.fact.period.start.month == 8 for v in answer.facts), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "tavor kenya data revenue 2025",
        "tavor ebit incl fair value adjustment 2025",
        # (a verb's -ing form before a thing counted names a kind of it)
        "tavor rostering module arr 2025",
        "tavor coking coal production 2025",
    ],
)
def test_a_line_or_a_measure_the_store_lacks(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text


@pytest.mark.parametrize(("amount", "year"), [("3,1 mn", 2025), ("3.3 mn", 2026)])
def test_a_decimal_comma_before_a_scale(engine, amount, year) -> None:
    answer = _answer(engine, f"where does the {amount} export target for tavor come from")
    assert answer.facts[0].fact.period.start.year == year, answer.text


def test_a_share_asked_is_never_a_figure_per_share(engine) -> None:
    answer = _answer(engine, "what share of tavor's 2025 leasing came in the first half")
    assert {v.fact.metric for v in answer.facts} == {"leased square feet"}, answer.text
    assert "51.7%" in answer.text, answer.text


def test_lines_added_up_whose_measure_is_said_by_its_initials(engine) -> None:
    answer = _answer(engine, "DACH + UK gmv in 2025 for tavor")
    assert "8.5 billion" in answer.text, answer.text
    assert _answer(engine, "tavor payroll module arr 2025").facts[0].fact.value == 46.7e6
    # (an -ing word before a unit: litres of the kind the name says)
    assert _answer(engine, "tavor fizzhollow sparkling litres 2025").facts[0].fact.value == 247.9e6
