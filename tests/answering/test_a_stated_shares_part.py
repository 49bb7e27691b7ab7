"""A share the company states ("electric share of school bus deliveries") answers a
question about a share only where the question's own part is that share's part, over a
company invented here (Prairiewind Coach, calendar year; deliveries in all, school buses
delivered, and the electric share of school bus deliveries):

- "school buses' share of deliveries" and "what share of deliveries were school buses"
  name as their part words of the stated share's whole: the school buses over all
  deliveries is worked out; on the engine this session started from (768d1894) the
  electric share was given, a wrong answer (in a development set written this session);
- guards: the stated share asked by its part ("electric share of school buses") is given
  as stated, and "share of volume" naming no part still asks which stated share
  (test_shares_of_a_measure.py)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

P = "Prairiewind Coach"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(P, "units delivered", "actual", Y25, 17_955, "units", "2026-01-20"),
    fact(P, "school buses delivered", "actual", Y25, 11_960, "units", "2026-01-20"),
    fact(P, "electric share of school bus deliveries", "actual", Y25, 7.5, "percent", "2026-01-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, P, "Prairiewind", FACTS, "2026-01-20")


@pytest.mark.parametrize(
    "question",
    [
        "school buses share of prairiewind 2025 deliveries",
        "what share of prairiewind deliveries were school buses in 2025",
    ],
)
def test_a_share_whose_part_is_the_stated_ones_whole(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [11_960, 17_955], answer.text
    assert "66.6%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["electric share of prairiewind school buses 2025", "prairiewind electric share 2025"],
)
def test_the_stated_share_asked_by_its_part(engine, question) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [7.5], answer.text


def test_the_wholes_unit_is_no_unit_of_the_share(seed) -> None:
    """'digital share of software units': "units" names what the share is of, never the
    unit of the answer, which is the stated share (before 2026-12-05 the stated share
    was refused as no count, and the catalog units' share of all was worked out instead:
    a wrong answer in a development set)."""
    c = "Tamsin Games"
    nine = "2025-04-01/2025-12-31"
    facts = [
        fact(c, "game software unit sales", "actual", nine, 37_600_000, "units", "2026-02-05"),
        fact(c, "catalog software unit sales", "actual", nine, 24_700_000, "units", "2026-02-05"),
        fact(c, "digital share of software unit sales", "actual", nine, 71, "percent",
             "2026-02-05"),
    ]  # fmt: skip
    engine = one_company(seed, c, "Tamsin", facts, "2026-02-05")
    answer = engine.ask("tamsin digital share of software units, 9 months to dec 2025")
    assert [v.fact.value for v in answer.facts] == [71], answer.text
    answer = engine.ask("tamsin catalog software units in the 9 months to dec 2025")
    assert [v.fact.value for v in answer.facts] == [24_700_000], answer.text
