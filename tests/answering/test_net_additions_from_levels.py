"""'Net adds in Q1 2026' where the company states its member net additions for another
quarter only and its members at each quarter's end: the change of the level over the
period, both ends cited. Over companies invented here (calendar years).

On the engine this session started from (6c5a4a2) the stated net additions missing for
that quarter was the answer ("I don't have … net additions for Q1 2026"). The quarter
stated is answered as stated, and a company holding no levels still gets no figure
(guards)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C, D = "Cantle Music", "Dunmore Radio"
Q4, Q1 = "2025-10-01/2025-12-31", "2026-01-01/2026-03-31"
FACTS = [
    fact(C, "member net additions", "actual", Q4, 1_700_000, "units", "2026-02-05"),
    fact(C, "members", "actual", "2025-12-31/2025-12-31", 48_600_000, "units", "2026-02-05"),
    fact(C, "members", "actual", "2026-03-31/2026-03-31", 50_900_000, "units", "2026-05-05"),
    fact(D, "member net additions", "actual", Q4, 300_000, "units", "2026-02-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": C, "aliases": ["Cantle"]}, {"name": D, "aliases": ["Dunmore"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-05-05"))


def test_net_additions_worked_out_from_the_levels(engine) -> None:
    answer = engine.ask("cantle net adds q1 2026")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [48_600_000, 50_900_000], answer.text
    assert "2.3 million" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "answered"),
    [("cantle net adds q4 2025", True), ("dunmore net adds q1 2026", False)],
)
def test_stated_or_none(engine, question, answered) -> None:  # (guards)
    answer = engine.ask(question)
    assert (answer.status is Status.ANSWERED) is answered, answer.text
