"""A change of a range measured "midpoint vs midpoint" ("low end to low end", "mid-to-mid")
is the size of the revision at that point of both statements, never the actual set
against the range. Over a tractor maker invented here (Pampa Tractores). On the engine of
2026-12-06 "what did the june cut amount to, midpoint vs midpoint" answered the year's
deliveries against the range: a wrong answer of a development set. The actual against
the range's midpoint is a guard.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

P = "Pampa Tractores"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(P, "tractors delivered", "target", Y25, 4_200, "units", "2025-02-20", high=4_400),
    fact(P, "tractors delivered", "target", Y25, 3_950, "units", "2025-06-18", high=4_100),
    fact(P, "tractors delivered", "actual", Y25, 3_990, "units", "2026-02-19"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, P, "Pampa", FACTS, "2026-02-19")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "what did the june cut to pampa's 2025 delivery target amount to, midpoint vs midpoint",
            "275 at the midpoint",
        ),
        ("pampa 2025 tractor target cut in june, mid-to-mid?", "275 at the midpoint"),
        (
            "how big was pampa's june cut to the 2025 tractor target, low end to low end",
            "250",
        ),
    ],
)
def test_a_revision_measured_point_to_point(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text
    assert all(v.fact.kind.value == "target" for v in answer.facts), answer.text


def test_the_actual_against_the_midpoint_is_still_the_actual(engine) -> None:
    answer = engine.ask("pampa 2025 tractor deliveries vs midpoint of the target")
    assert answer.status is Status.ANSWERED, answer.text
    assert "35 below the range's midpoint" in answer.text, answer.text
