"""A running total asked at a day the store holds none for, over a company invented here
(Ostrander Surgical; fiscal years to September, named by their end).

"Cumulative procedures at the end of FY25" where the store's running total since launch
is of a later day (March 2026): that total less the figures counted since (H1 FY26),
each cited. Where nothing counted since is held, the flow of the year is never given as
the cumulative figure.

On the engine this session started from (3f25a2a) the first case answered the year's
procedures (18,400: a wrong answer) and the second likewise; the total at its own day
and the year's flow asked plainly are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

OST, V = "Ostrander Surgical", "Vantor Robotics"
FY25, H1_26 = "2024-10-01/2025-09-30", "2025-10-01/2026-03-31"
SINCE_LAUNCH = "2021-10-01/2026-03-31"
FACTS = [
    fact(OST, "Arcus procedures", "actual", FY25, 18_400, "units", "2025-11-05"),
    fact(OST, "Arcus procedures", "actual", H1_26, 10_540, "units", "2026-05-06"),
    fact(OST, "Arcus procedures", "actual", SINCE_LAUNCH, 71_300, "units", "2026-05-06"),
    fact(V, "robot procedures", "actual", FY25, 9_100, "units", "2025-11-05"),
    fact(V, "robot procedures", "actual", SINCE_LAUNCH, 40_000, "units", "2026-05-06"),
    fact(V, "robot procedures", "actual", "2025-01-01/2025-10-31", 7_000, "units", "2026-05-06"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": n, "aliases": [n.split()[0]], "fiscal_year_end": "09-30",
         "fiscal_year_named_by": "end"}
        for n in (OST, V)
    ]  # fmt: skip
    return engine_over(seed, bundle(entities, FACTS, "2026-05-06"))


@pytest.mark.parametrize(
    "question",
    [
        "cumulative arcus procedures at the end of fiscal 2025",
        "ostrander's running total of arcus procedures at the end of fy25",
    ],
)
def test_a_running_total_before_the_one_held(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [10_540, 71_300], answer.text
    assert "60,760" in answer.text, answer.text


def test_nothing_counted_since_is_no_cumulative_figure(engine) -> None:
    answer = engine.ask("cumulative vantor robot procedures at the end of fy25")
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("cumulative arcus procedures at the end of march 2026", 71_300),
        ("arcus procedures in fy2025", 18_400),
        # (a span's own total: "cumulative" from its start)
        ("vantor cumulative robot procedures jan to oct 2025", 7_000),
    ],
)
def test_the_total_held_and_the_flow_asked(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many arcus procedures had ostrander done before h1 fy26 started",
        "arcus procedures at ostrander before h1 fy26 began",
    ],
)
def test_a_running_total_to_the_day_a_period_began(engine, question) -> None:
    """'how many had it done before H1 FY26 started': the running total less what was
    counted from that day on (71,300 less 10,540), never the half's own figure (given on
    the engine before 2026-12-05: a wrong answer in a development set)."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [10_540, 71_300], answer.text
    assert "60,760" in answer.text, answer.text


def test_no_running_total_to_the_day_a_period_began(engine) -> None:
    """Vantor holds no figure that ends where its running total does: no answer, and
    never FY25's own figure."""
    answer = engine.ask("how many robot procedures had vantor done before fy25 started")
    assert answer.status is Status.UNKNOWN, answer.text
