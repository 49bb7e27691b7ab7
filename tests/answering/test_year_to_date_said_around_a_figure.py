"""'ytd' said around a figure's words: "ytd containers through q3 2025" and "ytd boxes after
q2" run the year to the part's end; "9m 2025 volume ytd" and "jan-oct 2025 ytd" say one
span twice, never two spans set against each other (spans of different lengths, which had
left the question unanswered).

Each failed on the engine this session started from (2de7fc9); the last, a nine-month
span set against last year's ("9m 2025 ytd vs 9m 2024"), with a wrong answer (the ten
months to date against the nine)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

H = "Harbourline Terminals"
FACTS = [
    fact(
        H, "containers handled", "actual", "2025-01-01/2025-09-30", 1_350_000, "units", "2025-10-20"
    ),
    fact(
        H, "containers handled", "actual", "2024-01-01/2024-09-30", 1_290_000, "units", "2024-10-20"
    ),
    fact(
        H, "containers handled", "actual", "2025-01-01/2025-06-30", 862_000, "units", "2025-07-20"
    ),
    fact(
        H, "containers handled", "actual", "2025-01-01/2025-10-31", 1_520_000, "units", "2025-11-20"
    ),
    fact(
        H, "containers handled", "actual", "2025-07-01/2025-09-30", 488_000, "units", "2025-10-20"
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": H, "aliases": ["Harbourline"]}], FACTS, "2025-11-20"))


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("harbourline ytd containers handled through q3 2025", "2025-01-01/2025-09-30"),
        ("ytd containers handled at harbourline after q2 2025", "2025-01-01/2025-06-30"),
        ("harbourline 9m 2025 containers handled ytd", "2025-01-01/2025-09-30"),
        ("harbourline containers handled jan-oct 2025 ytd", "2025-01-01/2025-10-31"),
    ],
)
def test_one_span_to_date(engine, question, period) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.period.iso() for v in answer.facts] == [period], answer.text


def test_a_span_to_date_set_against_another(engine) -> None:
    answer = engine.ask("harbourline 9m 2025 containers handled ytd vs 9m 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert "60,000" in answer.text, answer.text
