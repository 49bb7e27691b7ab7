"""Three letters a report defines as a division's initials ("Industrial Motors (IMD)"),
asked in lower case ("imd revenue"), name the division: never a slip of a word chat
passes over ("mid"), which had answered the whole group's figure. Slips of grammar's
words ("teh") are still passed over.

The two "imd" questions failed on the engine before this change (ee756221): the group's
revenue answered the first, and its EBITDA for the year the second (wrong answers; the
division's EBITDA is held only for nine months). The "teh" question is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Corvara Meccanica"
M9, Y25 = "2025-01-01/2025-09-30", "2025-01-01/2025-12-31"
FACTS = [
    fact(C, "revenue", "actual", M9, 1_284e6, "EUR", "2025-11-06"),
    fact(C, "Industrial Motors revenue", "actual", M9, 301.5e6, "EUR", "2025-11-06"),
    fact(C, "Flow Control revenue", "actual", M9, 412.3e6, "EUR", "2025-11-06"),
    fact(C, "Industrial Motors EBITDA", "actual", M9, 40.7e6, "EUR", "2025-11-06"),
    fact(C, "EBITDA", "actual", Y25, 301.2e6, "EUR", "2026-02-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = bundle([{"name": C, "aliases": ["Corvara"]}], FACTS, "2025-11-06")
    data["sources"][0]["text"] = (
        "Results notes. Industrial Motors (IMD) grew on demand for efficient motors."
    )
    return engine_over(seed, data)


def test_initials_a_report_defines_name_the_division(engine) -> None:
    answer = engine.ask("corvara imd revenue 9m 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 301.5e6, answer.text


def test_the_division_asked_for_a_span_it_lacks_is_not_the_group(engine) -> None:
    answer = engine.ask("imd ebitda full year 2025")
    assert answer.status is Status.UNKNOWN, answer.text
    assert "Industrial Motors" in answer.text, answer.text


def test_a_slip_of_grammar_is_still_passed_over(engine) -> None:
    answer = engine.ask("corvara revenue 9m 2025 teh total")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 1_284e6, answer.text
