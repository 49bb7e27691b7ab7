"""A whole with two parts or more taken out ("cigarette volume outside Europe and the
Americas") is never one part less another, nor the whole less one of them: with no way
to take several parts out, the engine says so. Over a company invented here (Brennock
Tobacco, calendar years).

On the engine this session started from (6c5a4a2) Europe's volume less the Americas'
answered (a wrong figure). Two parts added up are a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

B, H1 = "Brennock Tobacco", "2025-01-01/2025-06-30"
FACTS = [
    fact(B, "cigarette volume", "actual", H1, 98.4e9, "units", "2025-07-30"),
    fact(B, "Europe cigarette volume", "actual", H1, 41.2e9, "units", "2025-07-30"),
    fact(B, "Americas cigarette volume", "actual", H1, 22.9e9, "units", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": B, "aliases": ["Brennock"]}], FACTS, "2025-07-30"))


def test_two_parts_taken_out_are_never_one_less_the_other(engine) -> None:
    answer = engine.ask("brennock h1 2025 cigarette volume outside europe and the americas")
    assert answer.status is not Status.ANSWERED, answer.text
    assert "18.3" not in answer.text, answer.text


def test_parts_added_up(engine) -> None:  # (a guard)
    answer = engine.ask("brennock europe and americas cigarette volume together in h1 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "64.1 billion" in answer.text, answer.text
