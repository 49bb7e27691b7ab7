"""'What did they turn over': the verb of turnover asks for revenue, over a company
invented here.

On the engine this session started from (0d89f48) both questions below answered "I couldn't
tell which of Ferrow Hotels' figures you mean": "turn over" was no word of revenue, though
"turnover", "bring in" and "take in" were. Rooms sold, asked by its own verb, is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

F = "Ferrow Hotels"
FY, H1 = "2024-10-01/2025-09-30", "2025-10-01/2026-03-31"
FACTS = [
    fact(F, "revenue", "actual", FY, 25.31e9, "ZAR", "2025-11-20"),
    fact(F, "revenue", "actual", H1, 13.39e9, "ZAR", "2026-05-14"),
    fact(F, "room nights sold", "actual", FY, 4.1e6, "units", "2025-11-20"),
]
ENTITIES = [
    {"name": F, "aliases": ["Ferrow"], "fiscal_year_end": "09-30", "fiscal_year_named_by": "end"}
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-05-14"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what did ferrow turn over in fy2025", 25.31e9),
        ("how much has ferrow turned over in the six months to march 2026?", 13.39e9),
        ("how many room nights did ferrow sell in fy2025", 4.1e6),
    ],
)
def test_turned_over_is_revenue(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
