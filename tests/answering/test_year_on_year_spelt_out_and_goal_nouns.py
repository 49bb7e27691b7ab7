"""Two kinds of chat wording, over a company invented here (Tallis Kite Works; calendar
years, monthly deliveries by model, a deliveries target named by its amount):

- "year on year", "year over year" written out are "yoy", as "quarter on quarter" is "qoq":
  a change against a year before, never a share ("X over Y");
- a goal named by its amount with any of the lexicon's words for a goal ("the original
  68k objective", "the 68k quota"), not only "target", "goal" or "plan".

On the engine this session started from (abe89aa) "december deliveries year over year %",
"… year on year %" and "… year-over-year" gave the Kite X share of deliveries or the
level, and "against the original 68k objective" gave the target's growth over the year
before: wrong figures, found by a paraphrase probe over the development sets. "yoy" and
"goal" are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tallis Kite Works"
DEC25, DEC24 = "2025-12-01/2025-12-31", "2024-12-01/2024-12-31"
Y25, Y24 = "2025-01-01/2025-12-31", "2024-01-01/2024-12-31"
FACTS = [
    fact(T, "deliveries", "actual", DEC25, 37_105, "units", "2026-01-02"),
    fact(T, "deliveries", "actual", DEC24, 30_971, "units", "2025-01-02"),
    fact(T, "deliveries growth", "actual", DEC25, 19.8, "percent", "2026-01-02"),
    fact(T, "Kite X deliveries", "actual", DEC25, 18_640, "units", "2026-01-02"),
    fact(T, "deliveries", "actual", Y25, 70_900, "units", "2026-01-02"),
    fact(T, "deliveries", "actual", Y24, 55_800, "units", "2025-01-02"),
    fact(T, "deliveries", "target", Y25, 68_000, "units", "2025-01-10"),
    fact(T, "deliveries", "target", Y25, 70_000, "units", "2025-07-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Tallis"]}], FACTS, "2026-01-02"))


@pytest.mark.parametrize(
    "question",
    [
        "tallis december 2025 deliveries year over year %",
        "tallis december 2025 deliveries year on year %",
        "tallis december 2025 deliveries year-over-year",
        "tallis december 2025 deliveries yoy %",
    ],
)
def test_a_change_on_a_year_before_written_out(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "19.8%" in answer.text, answer.text
    assert "Kite X" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "tallis 2025 deliveries against the original 68k objective",
        "tallis 2025 deliveries vs the original 68k quota",
        "tallis 2025 deliveries against the original 68k goal",
    ],
)
def test_a_goal_named_by_its_amount_in_any_goal_word(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "70,900" in answer.text and "2,900" in answer.text, answer.text
