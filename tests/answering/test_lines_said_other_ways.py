"""Lines, revisions and periods said in other words, over a company invented here
(Harrowgate Distillers, fiscal year to June named by its end year):

- a line's initials said in full ("ready to serve" for the store's RTS line) name it; a
  hyphenated compound the store has no line for ("direct-to-consumer") is never the
  whole company's figure, nor whom it was sold to;
- two lines added up when the measure is said by its verb ("shipped") or another word
  of its family ("output"), and two periods when their total is asked ("total … for Q2
  and Q3", "Q2 + Q3"), never one set against the other;
- a revision named by its month ("in the March revision") is that revision's size; a
  cut "knocked off" a forecast is a cut; the history of a forecast is never a later year's
  target's; "% change in sales they expect" is the expected change, not the revisions;
- "the year before that: Q1 FY25": the period named, never two to compare; "will fall in
  FY26 against FY25, in %" is the expectation against the year's actual, never a share
  of a goal;
- a name's unit tag ("(cases)") is no word of it: "shipments" names "spirits shipments
  (cases)"."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

H = "Harrowgate Distillers"
Q1, Q2, Q3 = "2025-07-01/2025-09-30", "2025-10-01/2025-12-31", "2026-01-01/2026-03-31"
Q1_BEFORE = "2024-07-01/2024-09-30"
FY25, FY26, FY28 = "2024-07-01/2025-06-30", "2025-07-01/2026-06-30", "2027-07-01/2028-06-30"
LATE = "2026-04-20"

FACTS = [
    fact(H, "RTS net sales", "actual", Q3, 41_000_000, "GBP", LATE),
    fact(H, "net sales", "actual", Q3, 390_000_000, "GBP", LATE),
    fact(H, "net sales", "actual", Q2, 405_000_000, "GBP", LATE),
    fact(H, "net sales", "actual", Q1, 371_000_000, "GBP", LATE),
    fact(H, "net sales", "actual", Q1_BEFORE, 352_000_000, "GBP", LATE),
    fact(H, "whisky shipments (cases)", "actual", Q3, 2_400_000, "units", LATE),
    fact(H, "gin shipments (cases)", "actual", Q3, 900_000, "units", LATE),
    fact(H, "Highland production (litres)", "actual", Q3, 6_100_000, "units", LATE),
    fact(H, "Speyside production (litres)", "actual", Q3, 3_300_000, "units", LATE),
    fact(H, "operating profit", "forecast", FY26, 180_000_000, "GBP", "2025-07-30"),
    fact(H, "operating profit", "forecast", FY26, 171_000_000, "GBP", "2025-11-12"),
    fact(H, "operating profit", "forecast", FY26, 160_000_000, "GBP", "2026-03-04"),
    fact(H, "operating profit", "target", FY28, 240_000_000, "GBP", "2025-11-12"),
    fact(H, "net sales change", "forecast", FY26, -2.5, "percent", "2026-03-04"),
    fact(H, "net sales", "forecast", FY26, 1_520_000_000, "GBP", "2025-07-30"),
    fact(H, "net sales", "forecast", FY26, 1_500_000_000, "GBP", "2026-03-04"),
    fact(H, "take rate", "actual", Q1, 0.52, "percent", LATE),
    fact(H, "net sales", "actual", "2024-07-01/2024-12-31", 760_000_000, "GBP", LATE),
    fact(H, "take rate", "actual", Q1_BEFORE, 0.55, "percent", LATE),
    fact(H, "spirits shipments (cases)", "forecast", FY26, 9_800_000, "units", "2025-07-30"),
    fact(H, "spirits shipments (cases)", "forecast", FY26, 9_500_000, "units", "2026-03-04"),
    fact(H, "spirits shipments (cases)", "actual", FY25, 10_000_000, "units", "2025-07-30"),
    fact(H, "gross bookings growth", "actual", FY25, 6.2, "percent", "2025-07-30"),
    fact(H, "organic net sales growth", "actual", FY25, 4.1, "percent", "2025-07-30"),
    fact(H, "net sales", "actual", "2023-07-01/2024-06-30", 1_400_000_000, "GBP", "2025-07-30"),
    fact(H, "net sales", "actual", FY25, 1_470_000_000, "GBP", "2025-07-30"),
    fact(H, "gross bookings growth (low end)", "forecast", FY25, 5.0, "percent", "2024-09-02"),
    fact(H, "gross bookings growth (high end)", "forecast", FY25, 7.0, "percent", "2024-09-02"),
    fact(H, "gross bookings", "actual", FY25, 5_480_000_000, "GBP", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = bundle(
        [
            {
                "name": H,
                "aliases": ["Harrowgate"],
                "fiscal_year_end": "06-30",
                "fiscal_year_named_by": "end",
            }
        ],
        FACTS,
        published=LATE,
    )
    return engine_over(seed, data)


def answered(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return answer


def values(engine: Engine, question: str) -> list[float]:
    return [v.fact.value for v in answered(engine, question).facts]


@pytest.mark.parametrize(
    "question",
    ["harrowgate ready to serve net sales q3 fy26", "harrowgate ready-to-serve net sales q3 fy26"],
)
def test_initials_said_in_full(engine, question) -> None:
    assert values(engine, question) == [41_000_000]


@pytest.mark.parametrize(
    "question",
    [
        "harrowgate direct-to-consumer net sales q3 fy26",  # no such line held
        "harrowgate made-to-order net sales q3 fy26",
    ],
)
def test_a_compound_the_store_lacks_is_no_whole(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("how many cases of whisky and gin did harrowgate ship combined in q3 fy26", 3_300_000),
        ("harrowgate whisky + gin shipments q3 fy26", 3_300_000),
        ("harrowgate highland and speyside output combined in q3 fy26", 9_400_000),
    ],
)
def test_two_lines_added_up(engine, question, total) -> None:
    answer = answered(engine, question)
    assert sorted(v.fact.value for v in answer.facts) == sorted(
        v for v in (2_400_000, 900_000, 6_100_000, 3_300_000) if v in total_parts(total)
    )
    assert f"{total / 1e6:g} million" in answer.text, answer.text


def total_parts(total: float) -> tuple[float, ...]:
    return (2_400_000, 900_000) if total == 3_300_000 else (6_100_000, 3_300_000)


@pytest.mark.parametrize(
    "question",
    [
        "total harrowgate net sales for q1 and q2 fy26",
        "harrowgate net sales q1 fy26 + q2 fy26",
        "harrowgate net sales q1 fy26 plus q2 fy26",
    ],
)
def test_two_periods_totalled(engine, question) -> None:
    answer = answered(engine, question)
    assert sorted(v.fact.value for v in answer.facts) == [371_000_000, 405_000_000]
    assert "£776 million" in answer.text, answer.text


def test_two_periods_set_against_each_other_are_not_totalled(engine) -> None:
    answer = answered(engine, "harrowgate total net sales q2 fy26 vs q1 fy26")
    assert "776" not in answer.text, answer.text


def test_a_revision_named_by_its_month(engine) -> None:
    answer = answered(
        engine, "by how much did harrowgate cut its operating profit forecast in the march revision"
    )
    assert answer.facts[0].fact.value == 160_000_000, answer.text
    lowered = "lowered by £11 million (6.4%; 6.43% to 2 dp) from £171 million"
    assert lowered in answer.text, answer.text


def test_taken_off_a_forecast_is_a_cut(engine) -> None:
    answer = answered(engine, "how many cases did harrowgate knock off its fy26 shipments forecast")
    assert "300,000" in answer.text, answer.text


def test_the_history_of_a_forecast_is_never_a_later_target(engine) -> None:
    answer = answered(engine, "how has harrowgate's operating profit forecast been revised")
    assert {v.fact.period.end.year for v in answer.facts} == {2026}, answer.text


def test_an_expected_change_of_a_figure(engine) -> None:
    assert values(engine, "which % change in net sales is harrowgate forecasting for fy26") == [
        -2.5
    ]


def test_a_period_restating_one_counted_back(engine) -> None:
    assert values(engine, "harrowgate take rate, the year before that: q1 fy25") == [0.55]
    # counted from a period said first, both are read
    assert values(engine, "harrowgate take rate q1 fy26 and the year before that") == [0.52, 0.55]


def test_a_head_noun_past_a_unit_tag(engine) -> None:
    assert values(engine, "harrowgate shipments forecast fy26")[:1] == [9_500_000]


def test_an_expected_drop_in_percent_is_no_progress(engine) -> None:
    answer = answered(
        engine, "by how much will harrowgate's spirits shipments fall in fy26 against fy25, in %"
    )
    assert "-5.0%" in answer.text, answer.text


def test_a_growth_rate_against_its_growth_guidance(engine) -> None:
    answer = answered(
        engine,
        "by how much did harrowgate's fy25 gross bookings growth beat the bottom of its guidance",
    )
    assert answer.facts[0].fact.value == 6.2, answer.text
    assert "1.2 percentage points" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "harrowgate h1 net sales, same half of the year before fy26",
        "harrowgate h1 net sales in the same period of fy25",
    ],
)
def test_a_part_in_the_same_period_of_a_year(engine, question) -> None:
    assert values(engine, question) == [760_000_000]


@pytest.mark.parametrize(
    "question",
    [
        "harrowgate net sales q1 fy26, sorry, q1 fy25",  # a period put right
        "harrowgate net sales q2 fy26 - i mean q1 fy25",
    ],
)
def test_a_period_put_right_is_the_one_asked(engine, question) -> None:
    assert values(engine, question) == [352_000_000]


def test_a_basis_ruled_out(engine) -> None:
    # "(not organic)": the growth as reported, never the organic rate
    fy25 = "harrowgate net sales growth fy25 (not organic)"
    answer = engine.ask(fy25)
    assert all("organic" not in v.fact.metric for v in answer.facts), answer.text


def test_months_listed_with_plus_signs_are_all_added(seed) -> None:
    monthly = [
        fact(H, "net sales", "actual", f"2026-0{m}-01/2026-0{m}-{d}", v, "GBP", LATE)
        for m, d, v in ((1, 31, 120e6), (2, 28, 125e6), (3, 31, 130e6))
    ]
    data = bundle([{"name": H, "aliases": ["Harrowgate"]}], monthly, published=LATE)
    answer = engine_over(seed, data).ask("harrowgate net sales jan+feb+mar 2026 added up")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [120e6, 125e6, 130e6], answer.text
    assert "net sales in Q1 2026 (Jan – Mar 2026) add up to £375 million" in answer.text
