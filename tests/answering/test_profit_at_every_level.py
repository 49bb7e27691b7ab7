"""A bare "profit" of a company that states several levels of it for one period, over a
company invented here (Maelbeek Pralines, fiscal year to March named by its end year:
REBIT, profit before tax and net profit for FY2025, net profit alone for FY2024).

Before 2026-12-06 "what profit did they make in FY25" was answered with net profit alone,
and the asker never saw that "profit" may mean the recurring operating profit the
company leads with (two data authors, independently, held such answers wrong). Now net
profit comes first and the other levels stated for the period are named and cited
beside it. Guards: a level named ("net profit", "REBIT") is answered alone, as is a
period with one level, and "REBIT" is the reporting vocabulary's operating profit.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.facts import reporting
from tests.answering.invented import bundle, engine_over, fact

M = "Maelbeek Pralines"
FY25 = "2024-04-01/2025-03-31"
FY24 = "2023-04-01/2024-03-31"
FACTS = [
    fact(M, "REBIT", "actual", FY25, 48.9e6, "EUR", "2025-06-05"),
    fact(M, "profit before tax", "actual", FY25, 39.5e6, "EUR", "2025-06-05"),
    fact(M, "net profit", "actual", FY25, 29.4e6, "EUR", "2025-06-05"),
    fact(M, "net profit", "actual", FY24, 26.1e6, "EUR", "2025-06-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {
        "name": M,
        "aliases": ["Maelbeek"],
        "fiscal_year_end": "03-31",
        "fiscal_year_named_by": "end",
    }
    return engine_over(seed, bundle([entity], FACTS, "2025-06-05"))


def test_a_bare_profit_names_every_level_stated(engine: Engine) -> None:
    answer = engine.ask("what profit did maelbeek make in fy25")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["net profit", "REBIT", "profit before tax"]
    assert "29.4" in answer.text and "48.9" in answer.text and "39.5" in answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("maelbeek net profit fy25", 29.4e6),
        ("maelbeek rebit fy25", 48.9e6),
        ("maelbeek profit fy24", 26.1e6),
    ],
)
def test_a_level_named_or_alone_is_answered_alone(engine: Engine, question: str, value: float):
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_rebit_is_operating_profit() -> None:
    family = reporting.family_of("REBIT")
    assert family is not None and family.key == "operating_profit"
