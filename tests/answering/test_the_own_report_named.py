"""A question that names the company's own reporting as its source ("… according to their
latest report", "per the latest results, …", "as per Tavira's last filing"), over a
company invented here (Tavira Ceramics, calendar years, a tiles target cut once).

Before 2026-12-06 "per their latest results" read as a rate (tiles per result) and was
refused for the words before it, "in their most recent report" was refused for
"report", and "latest" turned "the original target … according to their latest report"
into the current target: of 686 development questions answered right, a consistency
probe appending such phrases lost 645 – 679 each, and five were answered with another
figure. Guards: a dated report ("the March report") stays a statement date, and
someone else's ("according to analysts") is never taken for the company's.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.reading.own_source import without_own_source
from tests.answering.invented import bundle, engine_over, fact, values

T = "Tavira Ceramics"
Y24 = "2024-01-01/2024-12-31"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(T, "revenue", "actual", Y24, 412e6, "EUR", "2025-02-20"),
    fact(T, "tiles sold", "actual", Y24, 38.5e6, "units", "2025-02-20"),
    fact(T, "tiles sold", "target", Y25, 42e6, "units", "2025-02-20"),
    fact(T, "tiles sold", "target", Y25, 40e6, "units", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": T, "aliases": ["Tavira"]}
    return engine_over(seed, bundle([entity], FACTS, "2025-07-30"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tavira revenue 2024 per their latest results", 412e6),
        ("per the latest results, what was tavira's revenue in 2024?", 412e6),
        ("tavira tiles sold 2024 in their most recent report?", 38.5e6),
        ("revenue 2024 as per Tavira's last filing", 412e6),
    ],
)
def test_the_own_report_named_is_answered(engine: Engine, question: str, value: float):
    assert values(engine, question) == [value]


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("tavira's original 2025 tiles target", " according to their latest report?"),
        ("tavira's 2025 tiles target", " according to the company's latest update"),
        ("how many tiles did tavira sell in 2024", ", per its latest results"),
    ],
)
def test_the_own_report_named_changes_nothing(engine: Engine, question: str, source: str):
    plain, sourced = engine.ask(question), engine.ask(question + source)
    assert sourced.status is plain.status is Status.ANSWERED
    assert sourced.text == plain.text


def test_someone_elses_figure_is_never_the_companys(engine: Engine):
    answer = engine.ask("tavira revenue 2025 according to analysts")
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "revenue 2024 according to analysts",
        "the target in the march report",
        "revenue according to last year's report",
        "the ebitda range in the annual report",
    ],
)
def test_only_the_latest_own_report_is_dropped(question: str):
    assert without_own_source(question) == question
