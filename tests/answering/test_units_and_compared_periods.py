"""Units written either way, and periods set against each other in the order people say
them, over companies invented here.

Brightwell Solar counts megawatts installed in each quarter and its backlog in MW at each
quarter's end, and guides the year's megawatts as a range. Tollan Kart counts its members
at dates and reports a loss ratio for the half and the year (a fiscal year to March).

On the engine this session started from (732f0ca):
- "MW installed" answered the backlog (MW) at the half's end, a wrong figure: "MW" was
  only the backlog's unit tag, never "megawatts";
- "the revenue midpoint" with no word of a forecast was asked of the actuals and refused;
- "h1 payout change vs h1 2024" lost "h1 2024" to its bare "h1" and refused the year;
- "members mid-2024" answered the latest count, a wrong figure;
- "loss ratio full year vs h1 fy25" compared the half with the half before, a wrong figure;
- "the same qtr last year vs q3 2025" answered the whole year, a wrong figure.
The backlog asked by its name and a year named alone are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

B, T = "Brightwell Solar", "Tollan Kart"
FACTS = [
    fact(B, "megawatts installed", "actual", "2025-01-01/2025-03-31", 118.4, "units", "2025-05-06"),
    fact(B, "megawatts installed", "actual", "2025-04-01/2025-06-30", 126.9, "units", "2025-08-07"),
    fact(B, "megawatts installed", "actual", "2024-04-01/2024-06-30", 110.0, "units", "2025-08-07"),
    fact(B, "megawatts installed", "actual", "2025-01-01/2025-06-30", 245.3, "units", "2025-08-07"),
    fact(B, "backlog (MW)", "actual", "2025-03-31/2025-03-31", 412, "units", "2025-05-06"),
    fact(B, "backlog (MW)", "actual", "2025-06-30/2025-06-30", 389, "units", "2025-08-07"),
    fact(B, "revenue (low end)", "forecast", "2025-01-01/2025-12-31", 480e6, "USD", "2025-08-07"),
    fact(B, "revenue (high end)", "forecast", "2025-01-01/2025-12-31", 510e6, "USD", "2025-08-07"),
    fact(B, "revenue", "actual", "2024-01-01/2024-12-31", 455e6, "USD", "2025-02-20"),
    fact(B, "cable laid (km)", "actual", "2025-01-01/2025-06-30", 812, "units", "2025-08-07"),
    fact(T, "members", "actual", "2024-06-30/2024-06-30", 2_020_000, "units", "2024-08-01"),
    fact(T, "members", "actual", "2024-12-31/2024-12-31", 2_180_000, "units", "2025-02-01"),
    fact(T, "members", "actual", "2025-12-31/2025-12-31", 2_450_000, "units", "2026-02-01"),
    fact(T, "loss ratio", "actual", "2025-04-01/2025-09-30", 61.8, "percent", "2025-11-10"),
    fact(T, "loss ratio", "actual", "2024-04-01/2024-09-30", 63.4, "percent", "2024-11-10"),
    fact(T, "loss ratio", "actual", "2025-04-01/2026-03-31", 63.1, "percent", "2026-05-20"),
    fact(T, "payout ratio", "actual", "2025-01-01/2025-06-30", 52.9, "percent", "2025-08-01"),
    fact(T, "payout ratio", "actual", "2024-01-01/2024-06-30", 52.2, "percent", "2024-08-01"),
    fact(T, "washes", "actual", "2025-07-01/2025-09-30", 9_600_000, "units", "2025-11-01"),
    fact(T, "washes", "actual", "2024-07-01/2024-09-30", 9_000_000, "units", "2024-11-01"),
    fact(T, "washes", "actual", "2025-01-01/2025-12-31", 36_900_000, "units", "2026-02-01"),
]
ENTITIES = [
    {"name": B, "aliases": ["Brightwell"]},
    {"name": T, "aliases": ["Tollan"], "fiscal_year_end": "03-31", "fiscal_year_named_by": "start"},
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-05-20"))


def _values(engine: Engine, question: str) -> list[float]:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return [v.fact.value for v in answer.facts]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("brightwell MW installed in q2 2025", 126.9),
        ("brightwell q2 2025 mw installed", 126.9),
        ("brightwell backlog in megawatts at the end of june 2025", 389),
        ("brightwell backlog at end of q1 2025", 412),  # (a guard)
        ("how many kilometres of cable did brightwell lay in h1 2025", 812),
        ("brightwell cable laid km h1 2025", 812),  # (a guard)
    ],
)
def test_a_unit_written_either_way(engine, question, value) -> None:
    assert _values(engine, question)[0] == value


def test_a_unit_alone_is_never_only_the_tagged_name(engine) -> None:
    answer = engine.ask("brightwell h1 2025 mw")
    assert 412 not in [v.fact.value for v in answer.facts], answer.text


def test_a_midpoint_is_of_a_range(engine) -> None:
    answer = engine.ask("brightwell 2025 revenue midpoint")
    assert answer.status is Status.ANSWERED, answer.text
    assert "495 million" in answer.text, answer.text


def test_a_half_against_the_same_half_of_a_named_year(engine) -> None:
    answer = engine.ask("tollan h1 payout ratio change vs h1 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [52.2, 52.9], answer.text


@pytest.mark.parametrize(
    "question", ["tollan members mid-2024", "tollan members in the middle of 2024"]
)
def test_mid_year_is_june(engine, question) -> None:
    assert _values(engine, question) == [2_020_000]


def test_a_year_named_alone(engine) -> None:
    assert _values(engine, "tollan members at the end of 2024") == [2_180_000]


def test_the_full_year_against_its_named_half(engine) -> None:
    answer = engine.ask("tollan loss ratio full year vs h1 fy25 difference")
    assert sorted(v.fact.value for v in answer.facts) == [61.8, 63.1], answer.text


def test_the_same_quarter_a_year_before_said_first(engine) -> None:
    answer = engine.ask("tollan washes same qtr last year vs q3 2025")
    assert sorted(v.fact.value for v in answer.facts) == [9_000_000, 9_600_000], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "tollan members added between end june and end dec 2024",
        "tollan members gained between end-june and end-december 2024",
        "tollan members added between the end of june and the end of december 2024",  # guard
    ],
)
def test_a_change_between_month_ends_said_short(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [2_020_000, 2_180_000], answer.text


def test_a_bare_half_counted_from_a_named_one(engine) -> None:
    answer = engine.ask("tollan first half loss ratio the year before H1 FY2025")
    assert [v.fact.value for v in answer.facts] == [63.4], answer.text
