"""The whole a region's or line's share is of, over two companies invented here:

- Skarhamn Trucks states deliveries and order intake for the group and for Europe: "what
  % of Q3 deliveries went to Europe" is Europe's deliveries over all deliveries. Before
  2026-12-04 the whole's "truck" (unsaid) ruled the group's deliveries out, and Europe's
  deliveries were set over Europe's order intake (a wrong answer);
- Aranmore Air states ancillary revenue, its rate per passenger and total revenue: "what
  share of total revenue was ancillary" is the ancillary revenue's share, never the rate
  per passenger's (before, "0.0%": a wrong answer).

Guards: Europe's share of order intake is still of the order intake; a line's daily
average is a part of the whole's ("average daily traffic" is no rate per unit)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

S, A = "Skarhamn Trucks", "Aranmore Air"
Q3, H1 = "2025-07-01/2025-09-30", "2025-04-01/2025-09-30"
FACTS = [
    fact(S, "truck deliveries", "actual", Q3, 13_720, "units", "2025-10-23"),
    fact(S, "Europe truck deliveries", "actual", Q3, 8_110, "units", "2025-10-23"),
    fact(S, "order intake", "actual", Q3, 14_860, "units", "2025-10-23"),
    fact(S, "Europe order intake", "actual", Q3, 8_940, "units", "2025-10-23"),
    fact(A, "total revenue", "actual", H1, 3_412e6, "EUR", "2025-11-03"),
    fact(A, "ancillary revenue", "actual", H1, 1_094e6, "EUR", "2025-11-03"),
    fact(A, "ancillary revenue per passenger", "actual", H1, 29.65, "EUR", "2025-11-03"),
    fact(S, "average daily traffic", "actual", Q3, 421_800, "units", "2025-10-23"),
    fact(S, "Tunnel average daily traffic", "actual", Q3, 68_500, "units", "2025-10-23"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": S, "aliases": ["Skarhamn"]}, {"name": A, "aliases": ["Aranmore"]}]
    return engine_over(seed, bundle(entities, FACTS, "2025-11-03"))


@pytest.mark.parametrize(
    ("question", "operands", "share"),
    [
        ("what % of skarhamn's q3 2025 deliveries went to europe", [8_110, 13_720], "59.1%"),
        ("europe share of skarhamn q3 2025 order intake", [8_940, 14_860], "60.2%"),
        (
            "what % of skarhamn's q3 2025 traffic was on the tunnel",
            [68_500, 421_800],
            "16.2%",
        ),
        (
            "what share of aranmore's apr-sep 2025 total revenue was ancillary",
            [1_094e6, 3_412e6],
            "32.1%",
        ),
    ],
)
def test_the_share_of_its_whole(engine, question, operands, share) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == operands, answer.text
    assert share in answer.text, answer.text
