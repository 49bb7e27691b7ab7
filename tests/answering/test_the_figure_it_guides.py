"""A question about guidance is about the figure the company guides, over a company
invented here.

Orvane Research reports total revenue and net service revenue, and guides only net
service revenue. On the engine this session started from (0d89f48) "did they land inside
their FY2025 revenue range" and "FY2025 revenue guidance" were refused ("I have no target
or forecast for its total revenue"): "revenue" fits total revenue's name first. Total
revenue's own guidance, asked by its words, stays refused (never the other figure's), as
does revenue guidance where only a rate of it is guided (Pellby Parcel's revenue per
parcel); a quarter's revenue, no guidance asked, stays total revenue."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R, P, K, M = "Orvane Research", "Pellby Parcel", "Kessa Uranium", "Marrin Sound"
FY, Q3 = "2025-04-01/2026-03-31", "2025-10-01/2025-12-31"
FACTS = [
    fact(R, "total revenue", "actual", Q3, 815e6, "USD", "2026-02-05"),
    fact(R, "net service revenue", "actual", Q3, 621.8e6, "USD", "2026-02-05"),
    fact(R, "net service revenue", "forecast", FY, 2.43e9, "USD", "2026-02-05", high=2.47e9),
    fact(R, "net service revenue", "actual", FY, 2.448e9, "USD", "2026-05-14"),
    fact(P, "revenue", "actual", FY, 1.2e9, "EUR", "2026-05-14"),
    fact(P, "revenue per parcel", "forecast", "2026-04-01/2027-03-31", 7.05, "EUR", "2026-05-14"),
    fact(K, "revenue", "actual", "2025-01-01/2025-12-31", 1.9e9, "CAD", "2026-02-19"),
    fact(
        K, "U3O8 sales (pounds)", "forecast", "2026-01-01/2026-12-31", 28e6, "units", "2026-02-19"
    ),
    fact(M, "revenue", "actual", FY, 1.62e9, "GBP", "2026-05-14"),
    fact(M, "revenue growth", "actual", FY, 7.6, "percent", "2026-05-14"),
    fact(M, "revenue growth (low end)", "forecast", FY, 7, "percent", "2026-02-04"),
    fact(M, "revenue growth (high end)", "forecast", FY, 8, "percent", "2026-02-04"),
]
ENTITIES = [
    {"name": R, "aliases": ["Orvane"], "fiscal_year_end": "03-31", "fiscal_year_named_by": "start"},
    {"name": P, "aliases": ["Pellby"], "fiscal_year_end": "03-31", "fiscal_year_named_by": "start"},
    {"name": K, "aliases": ["Kessa"]},
    {"name": M, "aliases": ["Marrin"], "fiscal_year_end": "03-31", "fiscal_year_named_by": "start"},
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-05-14"))


def test_inside_the_range_of_the_figure_guided(engine) -> None:
    answer = engine.ask("did orvane land inside its fy2025 revenue range?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("Yes"), answer.text
    assert {v.fact.metric for v in answer.facts} == {"net service revenue"}, answer.text


def test_a_rates_range_ends_come_with_it(engine) -> None:
    # "revenue growth" was read alone, without the ends of its guided range: refused
    answer = engine.ask("did marrin's fy2025 revenue growth land inside its guidance range")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("Yes"), answer.text
    assert sorted(v.fact.value for v in answer.facts) == [7, 7.6, 8], answer.text


def test_sales_guidance_of_the_pounds_guided(engine) -> None:
    # "sales" fits revenue first; the company guides only the pounds it sells
    answer = engine.ask("kessa 2026 sales guidance")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [28e6], answer.text


def test_the_guidance_of_the_figure_guided(engine) -> None:
    answer = engine.ask("orvane fy2025 revenue guidance")
    assert answer.status is Status.ANSWERED, answer.text
    assert [(v.fact.value, v.fact.value_high) for v in answer.facts] == [(2.43e9, 2.47e9)]


@pytest.mark.parametrize(
    ("question", "status", "metric"),
    [
        ("orvane fy2025 total revenue guidance", Status.UNKNOWN, None),
        # a rate of revenue guided is no guidance of revenue
        ("pellby fy2026 revenue guidance", Status.UNKNOWN, None),
        ("orvane q3 fy2025 revenue", Status.ANSWERED, "total revenue"),
    ],
)
def test_guards(engine, question, status, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is status, answer.text
    assert [v.fact.metric for v in answer.facts][:1] == ([metric] if metric else []), answer.text
