"""A month that ends a span ("between end-2024 and end-March 2026") is that span's end,
never the date a figure was stated, over a company invented here (Sunmere Rooftops;
fiscal years to June, named by their end; a running total of systems installed).

On the engine this session started from (3f25a2a) the month was read as a statement
date, so only what had been stated by then could answer: both questions were answered
with one figure (the total at the end of 2024, a year's installs: wrong answers). The
span's two running totals answer it, or nothing does (today: nothing; the difference of
two totals across a fiscal calendar's "end-2024" is not worked out yet)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

S = "Sunmere Rooftops"
FACTS = [
    fact(S, "cumulative systems installed", "actual", "2012-01-01/2024-12-31", 141_880, "units",
         "2025-01-30"),
    fact(S, "cumulative systems installed", "actual", "2012-01-01/2026-03-31", 174_570, "units",
         "2026-04-30"),
    fact(S, "systems installed", "actual", "2023-07-01/2024-06-30", 28_300, "units",
         "2024-08-20"),
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": S, "aliases": ["Sunmere"], "fiscal_year_end": "06-30",
                 "fiscal_year_named_by": "end"}]  # fmt: skip
    return engine_over(seed, bundle(entities, FACTS, "2026-04-30"))


@pytest.mark.parametrize(
    "question",
    [
        "systems added to sunmere's running total between end-2024 and end-march 2026",
        "how many systems did sunmere add between end-2024 and end-march 2026",
    ],
)
def test_the_span_or_nothing(engine, question) -> None:
    answer = engine.ask(question)
    if answer.status is Status.ANSWERED:
        assert sorted(v.fact.value for v in answer.facts) == [141_880, 174_570], answer.text
        assert "32,690" in answer.text, answer.text
